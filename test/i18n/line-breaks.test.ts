import {describe, expect, it} from "vitest";
import {breakLang, brokenBetween, keepPieces, keptRuns, unbreakablePieces} from "../../src/i18n/line-breaks.ts";

const runs = (text: string, lang?: "zh" | "en") => keptRuns(text, lang).map(([a, b]) => text.slice(a, b));

describe("keptRuns: what stays on one line", () => {
  it("keeps a Chinese figure with its qualifiers and unit", () => {
    expect(runs("2025年目标 90%以上")).toEqual(["2025年", "90%以上"]);
    expect(runs("五年16万个左右，平均每年约3.2万个")).toEqual(["五年", "16万个左右", "约3.2万个"]);
    expect(runs("中小学生上冰上雪210多万人次")).toEqual(["210多万人次"]);
    expect(runs("2.4万余人，超过96%，近9万名")).toEqual(["2.4万余人", "超过96%", "近9万名"]);
    expect(runs("引导百万学生参与")).toEqual(["百万"]);
  });

  it("keeps an English figure with its qualifier and the word it counts", () => {
    expect(runs("2025 target at least 90%")).toEqual(["2025 target", "at least 90%"]);
    expect(runs("2022 at least 99%")).toEqual(["2022", "at least 99%"]);
    expect(runs("about 32,000 a year needed (about 160,000 over five years)")).toEqual(["about 32,000 a year", "about 160,000", "over five years"]);
    expect(runs("more than 2.1 million visits")).toEqual(["more than 2.1 million visits"]);
    expect(runs("15.7 years")).toEqual(["15.7 years"]);
    expect(runs("(about 160,000 over five years)")).toEqual(["about 160,000", "over five years"]);
  });

  it("keeps a Chinese term whole inside English text", () => {
    expect(runs("Coverage of school groups (集团化办学)", "en")).toEqual(["集团化办学"]);
  });
});

describe("unbreakablePieces: where a line may end", () => {
  it("breaks English at spaces, never inside a hyphenated word or a range, nor inside a figure", () => {
    expect(unbreakablePieces("person-times in 2021–2025")).toEqual(["person-times ", "in ", "2021–2025"]);
    expect(unbreakablePieces("2025 target at least 90%")).toEqual(["2025 target ", "at least 90%"]);
    expect(unbreakablePieces("15.8 years")).toEqual(["15.8 years"]);
  });

  it("breaks Chinese between characters, never before closing or after opening punctuation, nor inside a figure", () => {
    expect(unbreakablePieces("目标90%以上。")).toEqual(["目", "标", "90%以上。"]);
    expect(unbreakablePieces("要求“保持”")).toEqual(["要", "求", "“保", "持”"]);
    expect(unbreakablePieces("100个左右")).toEqual(["100个左右"]);
  });
});

describe("brokenBetween: a drawn break the rules forbid", () => {
  it("finds a figure split from its unit or qualifier", () => {
    expect(brokenBetween("2025年目标 90%以", "上")).toBe(true);
    expect(brokenBetween("100个左", "右")).toBe(true);
    expect(brokenBetween("15.8", "years")).toBe(true);
    expect(brokenBetween("2025 target at", "least 90%")).toBe(true);
    expect(brokenBetween("person-", "times")).toBe(true);
    expect(brokenBetween("Compulsory-", "education")).toBe(true);
  });

  it("lets through breaks at spaces and between Chinese characters", () => {
    expect(brokenBetween("2025 target", "at least 90%")).toBe(false);
    expect(brokenBetween("Coverage of", "public-benefit kindergartens")).toBe(false);
    expect(brokenBetween("2025年目标", "90%以上")).toBe(false);
    expect(brokenBetween("普惠性幼儿园", "覆盖率")).toBe(false);
  });

  it("reads a text as English once Latin letters outnumber Chinese characters", () => {
    expect(breakLang("Coverage (集团化办学)")).toBe("en");
    expect(breakLang("东城2022年目标 85%以上")).toBe("zh");
  });
});

describe("keepPieces: what a page draws unbroken", () => {
  const shape = (text: string, lang?: "zh" | "en") => keepPieces(text, lang).map((p) => (p.keep ? `[${p.text}]` : p.text)).join("");

  it("wraps only what a browser would break against the rules", () => {
    expect(shape("In 2022, at least 99% of pupils went to a school near home.")).toBe("In 2022, [at least 99%] of pupils went to a school near home.");
    expect(shape("2025 target: 15.8 years")).toBe("[2025 target:] [15.8 years]");
    expect(shape("有2022年实际数的3项主要目标")).toBe("有[2022年]实际数的[3项]主要目标");
    expect(shape("入园率90%以上。")).toBe("入园率[90%以上。]");
    expect(shape("person-times", "en")).toBe("[person-times]");
  });

  it("keeps an English qualifier, number and unit word together when the number is already glued to its word", () => {
    // tracker-rows writes "2.1\u00a0million": the no-break space must not end the kept run before the unit word.
    expect(shape("more than 2.1\u00a0million visits", "en")).toBe("[more than 2.1\u00a0million visits]");
    expect(shape("about 150\u00a0schools", "en")).toBe("[about 150\u00a0schools]");
    expect(shape("In 2022, about 150\u00a0schools were built.", "en")).toBe("In 2022, [about 150\u00a0schools] were built.");
    // Nor may a line end after a no-break space.
    expect(unbreakablePieces("2.1\u00a0million", "en")).toEqual(["2.1\u00a0million"]);
  });
});
