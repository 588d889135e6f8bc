import {describe, expect, it} from "vitest";
import {cssString} from "../../src/formats/css-string.ts";

describe("cssString", () => {
  it("quotes any text as one CSS string, escaping what would end it", () => {
    expect(cssString("Beijing's plan")).toBe(`"Beijing's plan"`);
    expect(cssString('a "quoted" \\ title')).toBe(`"a \\"quoted\\" \\\\ title"`);
    expect(cssString("line\nbreak\u0000")).toBe(`"line break "`);
    expect(cssString("北京教育“十四五”规划")).toBe(`"北京教育“十四五”规划"`);
  });
});
