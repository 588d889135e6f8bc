import {describe, expect, it} from "vitest";
import {layerViolations, LAYERS} from "../scripts/check-layers.ts";

describe("the layout", () => {
  it(`imports run down the flow only: ${LAYERS.join(" → ")}`, () => {
    expect(layerViolations(new URL("..", import.meta.url).pathname)).toEqual([]);
  });
});
