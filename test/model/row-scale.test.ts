import {describe, expect, it} from "vitest";
import {rowDomain} from "../../src/model/row-scale.ts";

describe("rowDomain", () => {
  it("starts counts at zero, with room above the largest", () => {
    expect(rowDomain("个", [36000, 32000])).toEqual({domain: [0, 40000], zoomed: false});
    expect(rowDomain("所", [0])).toEqual({domain: [0, 1], zoomed: false});
  });

  it("zooms a rate to the range that holds its figures, at least 10 points wide, so 15.85% and 16% differ", () => {
    const {domain, zoomed} = rowDomain("%", [15.85, 16]);
    expect(zoomed).toBe(true);
    expect(domain[0]).toBeLessThan(15.85);
    expect(domain[1]).toBeGreaterThan(16);
    expect(domain[1] - domain[0]).toBeGreaterThanOrEqual(10);
    expect(domain[1] - domain[0]).toBeLessThanOrEqual(20);
  });

  it("never leaves 0–100% for a rate", () => {
    expect(rowDomain("%", [99, 99]).domain[1]).toBe(100);
    expect(rowDomain("%", [1, 2]).domain[0]).toBe(0);
  });

  it("goes back to zero when the figures fill most of the scale anyway", () => {
    expect(rowDomain("%", [20, 80])).toEqual({domain: [0, 100], zoomed: false});
  });

  it("zooms years too, and says nothing is there when nothing is", () => {
    expect(rowDomain("年", [12.5, 13]).zoomed).toBe(true);
    expect(rowDomain("%", [])).toEqual({domain: [0, 1], zoomed: false});
  });
});
