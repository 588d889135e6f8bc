import {describe, expect, it} from "vitest";
import {scanMentions} from "../../../src/build/extract/scan-mentions.ts";
import {suggestAccount} from "../../../src/build/extract/suggest-account.ts";

const texts = (text: string) => scanMentions(text).map((m) => m.text);

describe("scanMentions", () => {
  it("reports Arabic numbers once, with their decimals, ranges and formula-like names", () => {
    expect(texts("2.3 万名师生，68 所高校，2-3 岁托班，“4+N”政策，1+8+X 共同体，5G，2020-2021学年")).toEqual(["2.3", "68", "2-3", "4+N", "1+8+X", "5G", "2020-2021"]);
  });

  it("treats a Chinese multiplier after an Arabic number as part of it", () => {
    expect(texts("2.4 万余人，210 多万人次，1128亿元")).toEqual(["2.4", "210", "1128"]);
  });

  it("reports Chinese numerals before a classifier, in runs, and as ordinals", () => {
    expect(texts("建成三所学校，引导百万学生，第十八届课改，“十四五”时期，增加一倍以上")).toEqual(["三", "百万", "第十八", "十四五", "一"]);
  });

  it("leaves numerals that are part of words alone", () => {
    expect(texts("统一领导，一体化设计，进一步完善，一流大学，十分关心")).toEqual([]);
  });

  it("gives offsets into the text", () => {
    const [m] = scanMentions("入园率达到 90%");
    expect(m).toEqual({text: "90", start: 6, end: 8, kind: "arabic"});
  });
});

describe("suggestAccount", () => {
  const suggest = (text: string, at = 0) => suggestAccount(text, scanMentions(text)[at]);
  it.each([
    ["入园率达到 90%", 0, "figure"],
    ["新增学位3.6万个", 0, "figure"],
    ["2022年1月14日", 0, "date"],
    ["2022年1月14日", 1, "date"],
    ["（2021—2025年）", 0, "period"],
    ["第十八届东城区", 0, "ordinal"],
    ["“4+N”政策体系", 0, "name"],
    ["\n1. 稳步推进", 0, "section-number"],
    ["形成一批特色学校", 0, "idiom"]
  ] as const)("%j (mention %d) looks like a %s", (text, at, expected) => {
    expect(suggest(text, at)).toBe(expected);
  });
});
