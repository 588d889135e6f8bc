import {describe, expect, it} from "vitest";
import {folderViolations, LAYERS, layerViolations} from "../tools/layers.ts";

const root = new URL("..", import.meta.url).pathname;

describe("the layout", () => {
  it(`imports run down the flow only: ${LAYERS.join(" → ")}`, () => {
    expect(layerViolations(root)).toEqual([]);
  });

  it("scripts/ and test/ never import each other; what both need is in tools/, which imports neither", () => {
    expect(folderViolations(root)).toEqual([]);
  });
});
