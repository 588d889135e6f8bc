import {describe, expect, it} from "vitest";
import {fitLabel, labelWidth} from "../../src/charts/fit-label.ts";

const font = 13;
const bounds = {left: 0, right: 300};
const reach = {left: 7, right: 7};

describe("fitLabel", () => {
  it("puts a label on the right of its mark when it fits there, else on the left, never past the chart's edge", () => {
    expect(fitLabel("2022 90%", {x: 100, reach, bounds, font})).toEqual({side: "right", x: 111, lines: ["2022 90%"]});
    expect(fitLabel("2022 90%", {x: 280, reach, bounds, font})).toEqual({side: "left", x: 269, lines: ["2022 90%"]});
  });

  it("gives a called-out label the room its bold text and its box take: one that fits plain goes left when called out", () => {
    // Room on the right: 300 - (218 + 7 + 4) = 71 px. Plain, "2022 90%" takes about 67 px; called out, over 80.
    const x = 218;
    expect(labelWidth("2022 90%", font) * 1.08).toBeLessThan(71);
    expect(fitLabel("2022 90%", {x, reach, bounds, font}).side).toBe("right");
    expect(fitLabel("2022 90%", {x, reach, bounds, font, callout: true}).side).toBe("left");
  });

  it("measures a called-out line's per-cent signs at their bold width", () => {
    expect(labelWidth("90%", font, {callout: true})).toBeGreaterThan(labelWidth("90%", font) * 1.08);
    expect(labelWidth("2022", font, {callout: true})).toBeCloseTo(labelWidth("2022", font) * 1.08);
  });
});
