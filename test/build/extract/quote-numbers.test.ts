import {describe, expect, it} from "vitest";
import {englishNumbers, quoteNumbers, strayNumbers} from "../../../src/build/extract/quote-numbers.ts";

describe("quoteNumbers: what a Chinese quote states", () => {
  it("reads each Arabic number as written and in full before 万 or 亿", () => {
    expect([...quoteNumbers("2.4 万余人参与校长教师交流轮岗，占符合条件总数的 43%")].sort((a, b) => a - b)).toEqual([2.4, 43, 24000]);
    expect(quoteNumbers("中小学生上冰上雪 210 多万人次").has(2100000)).toBe(true);
    expect(quoteNumbers("2020年全市教育财政经费投入达到1128亿元").has(112800000000)).toBe(true);
  });

  it("reads Chinese numerals", () => {
    expect(quoteNumbers("引导百万学生参与冰雪运动").has(1000000)).toBe(true);
    expect(quoteNumbers("每年近万名学生受益").has(10000)).toBe(true);
    expect(quoteNumbers("建成三所“交钥匙”学校并投入使用").has(3)).toBe(true);
  });
});

describe("englishNumbers and strayNumbers: a translation states only the quote's numbers", () => {
  it("reads digits, separators, scale words and numbers in words, but not the plans' names", () => {
    expect(englishNumbers("More than 2.1 million visits, 24,000 people, 43% and three schools")).toEqual([2.1e6, 24000, 43, 3]);
    expect(englishNumbers("Guide a million students; the Fourteenth Five-Year Plan's five-year target")).toEqual([1e6]);
    expect(englishNumbers("112.8 billion yuan")).toEqual([112.8e9]);
  });

  it("names a number the quote does not state", () => {
    expect(strayNumbers("More than 24,000 principals and teachers took part in rotation, 43% of those eligible", "2.4 万余人参与校长教师交流轮岗，占符合条件总数的 43%")).toEqual([]);
    expect(strayNumbers("In 2022, more than 24,000 principals took part", "2.4 万余人参与校长教师交流轮岗")).toEqual([2022]);
    expect(strayNumbers("About 25,000 principals took part", "2.4 万余人参与校长教师交流轮岗")).toEqual([25000]);
    expect(strayNumbers("Guide a million students into ice and snow sports", "引导百万学生参与冰雪运动")).toEqual([]);
  });
});
