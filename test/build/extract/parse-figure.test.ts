import {describe, expect, it} from "vitest";
import {FigureError, parseFigure} from "../../../src/build/extract/parse-figure.ts";

// Every phrase below is written as it stands in one of the three sources.
const PHRASES: Array<[phrase: string, value: number, unit: string, comparator: string, valueBase: number, unitBase: string]> = [
  ["超过96%", 96, "%", "gt", 96, "%"],
  ["超过70%", 70, "%", "gt", 70, "%"],
  ["99%以上", 99, "%", "ge", 99, "%"],
  ["99% 以上", 99, "%", "ge", 99, "%"],
  ["保持在90%以上", 90, "%", "ge", 90, "%"],
  ["85%以上", 85, "%", "ge", 85, "%"],
  ["达到90%", 90, "%", "eq", 90, "%"],
  ["达到 88%", 88, "%", "eq", 88, "%"],
  ["82%", 82, "%", "eq", 82, "%"],
  ["100%", 100, "%", "eq", 100, "%"],
  ["15.85%", 15.85, "%", "eq", 15.85, "%"],
  ["49.3%", 49.3, "%", "eq", 49.3, "%"],
  ["15.7年", 15.7, "年", "eq", 15.7, "年"],
  ["16万个左右", 16, "万个", "approx", 160000, "个"],
  ["5万个左右", 5, "万个", "approx", 50000, "个"],
  ["150所左右", 150, "所", "approx", 150, "所"],
  ["17所左右", 17, "所", "approx", 17, "所"],
  ["210 多万人次", 210, "万人次", "gt", 2100000, "人次"],
  ["133 万人次", 133, "万人次", "eq", 1330000, "人次"],
  ["400 余名", 400, "名", "gt", 400, "名"],
  ["近8000名", 8000, "名", "approx", 8000, "名"],
  ["近 8000 名", 8000, "名", "approx", 8000, "名"],
  ["近9万名", 9, "万名", "approx", 90000, "名"],
  ["近万名", 10000, "名", "approx", 10000, "名"],
  ["1128亿元", 1128, "亿元", "eq", 112800000000, "元"],
  ["150多亿", 150, "亿", "gt", 15000000000, ""],
  ["1300多万美元", 1300, "万美元", "gt", 13000000, "美元"],
  ["2.3 万名", 2.3, "万名", "eq", 23000, "名"],
  ["2.4 万余人", 2.4, "万人", "gt", 24000, "人"],
  ["1.7 万余名", 1.7, "万名", "gt", 17000, "名"],
  ["226 万余个", 226, "万个", "gt", 2260000, "个"],
  ["1 万余份", 1, "万份", "gt", 10000, "份"],
  ["3万余名", 3, "万名", "gt", 30000, "名"],
  ["2000 多万", 2000, "万", "gt", 20000000, ""],
  ["200 多项", 200, "项", "gt", 200, "项"],
  ["200 余家", 200, "家", "gt", 200, "家"],
  ["100余项", 100, "项", "gt", 100, "项"],
  ["近 20 个", 20, "个", "approx", 20, "个"],
  ["不少于1课时", 1, "课时", "ge", 1, "课时"],
  ["不少于16学时", 16, "学时", "ge", 16, "学时"],
  ["百万学生", 1000000, "名", "eq", 1000000, "名"],
  ["三所", 3, "所", "eq", 3, "所"],
  ["一倍以上", 1, "倍", "ge", 1, "倍"],
  ["2.4 倍", 2.4, "倍", "eq", 2.4, "倍"],
  ["347 址", 347, "址", "eq", 347, "址"],
  ["10 轮", 10, "轮", "eq", 10, "轮"],
  ["4574 支", 4574, "支", "eq", 4574, "支"],
  ["一小时", 1, "小时", "eq", 1, "小时"],
  ["44项", 44, "项", "eq", 44, "项"]
];

describe("parseFigure", () => {
  it.each(PHRASES)("reads %s", (phrase, value, unit, comparator, valueBase, unitBase) => {
    expect(parseFigure(phrase)).toEqual({value, unit, comparator, valueBase, unitBase});
  });

  it("reads a qualifier that stands in the quote just before the figure", () => {
    expect(parseFigure("96%", {before: "本科及以上学历人员比例超过"}).comparator).toBe("gt");
    expect(parseFigure("8000 名", {before: "完成近 "}).comparator).toBe("approx");
    expect(parseFigure("1课时", {before: "平均每周不少于"}).comparator).toBe("ge");
  });

  it("reads a qualifier that stands in the quote just after the figure", () => {
    expect(parseFigure("99%", {after: " 以上，取得"}).comparator).toBe("ge");
    expect(parseFigure("16万个", {after: "左右。充分"}).comparator).toBe("approx");
  });

  it("reads a range as its floor and keeps the ceiling", () => {
    expect(parseFigure("1—2所")).toEqual({value: 1, unit: "所", comparator: "ge", valueBase: 1, unitBase: "所", upper: 2, upperBase: 2});
    expect(parseFigure("1.5—2万个")).toMatchObject({value: 1.5, upper: 2, valueBase: 15000, upperBase: 20000});
  });

  it("converts to the base unit without float noise", () => {
    expect(parseFigure("2.3 万名").valueBase).toBe(23000);
    expect(parseFigure("1.4 万名").valueBase).toBe(14000);
    // 1.1 * 10000 is 11000.000000000002 in floating point.
    expect(parseFigure("1.1万个").valueBase).toBe(11000);
  });

  it("refuses contradictory qualifiers rather than guessing", () => {
    expect(() => parseFigure("近99%以上")).toThrow(FigureError);
    expect(() => parseFigure("近99%以上")).toThrow(/conflicting qualifiers/);
  });

  it("refuses a figure with no number, or with two", () => {
    expect(() => parseFigure("若干所")).toThrow(/no number/);
    expect(() => parseFigure("24所，新增学位3.6万个")).toThrow(/more than one number/);
  });
});
