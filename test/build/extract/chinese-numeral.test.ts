import {describe, expect, it} from "vitest";
import {parseChineseNumeral} from "../../../src/build/extract/chinese-numeral.ts";

describe("parseChineseNumeral", () => {
  it.each([
    ["一", 1], ["两", 2], ["三", 3], ["十", 10], ["十四", 14], ["二十", 20], ["四十二", 42], ["五十四", 54],
    ["百", 100], ["万", 10000], ["百万", 1000000], ["一万", 10000], ["三千", 3000], ["一亿", 100000000],
    ["二〇三五", 2035], ["十一", 11]
  ])("%s is %d", (text, value) => {
    expect(parseChineseNumeral(text as string)).toBe(value);
  });

  it("rejects anything else", () => {
    expect(() => parseChineseNumeral("三所")).toThrow(/not a Chinese numeral/);
    expect(() => parseChineseNumeral("")).toThrow();
  });
});
