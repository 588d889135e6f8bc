import {describe, expect, it} from "vitest";
import {datasetYears} from "../../src/model/dataset-years.ts";
import {summarise} from "../../src/model/indicator-summary.ts";
import {fillTemplate, fillText} from "../../src/model/narrative.ts";
import {en} from "../../src/i18n/en.ts";
import {formatFigure} from "../../src/i18n/format-figure.ts";
import {formatNumber} from "../../src/i18n/format-number.ts";
import {zh} from "../../src/i18n/zh.ts";
import {observation, realData} from "../real-data.ts";

function strings(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

function shape(value: unknown): unknown {
  if (typeof value === "string") return "string";
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "units").map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

describe("messages", () => {
  it("no text shown to people contains a digit: every number comes from the data", () => {
    for (const [lang, messages] of [["zh", zh], ["en", en]] as const) {
      const withDigits = strings(messages).filter(([, text]) => /[0-9]/.test(text));
      expect(withDigits, `${lang}: ${withDigits.map(([p, t]) => `${p}: ${t}`).join("\n")}`).toEqual([]);
    }
  });

  it("zh and en have the same keys, and the same number of narrative paragraphs", () => {
    expect(shape(en)).toEqual(shape(zh));
  });

  it("every narrative slot resolves against the real data, in both languages", () => {
    const {observations, indicators} = realData();
    const summaries = new Map(summarise(observations, indicators).map((s) => [s.indicator.id, s]));
    const years = datasetYears(observations);
    for (const [lang, messages] of [["zh", zh], ["en", en]] as const) {
      const context = {lang, messages, summaries, years};
      for (const chapter of Object.values(messages.chapters)) {
        expect(() => fillText(chapter.title, context)).not.toThrow();
        for (const paragraph of chapter.narrative) {
          const pieces = fillTemplate(paragraph, context);
          expect(pieces.map((p) => (typeof p === "string" ? p : p.text)).join("")).not.toMatch(/[{}]/);
        }
      }
      for (const body of [messages.comparisons.dongcheng.body, messages.comparisons.notComparable.body, messages.dek]) expect(() => fillText(body, context)).not.toThrow();
    }
  });

  it("fills figures from the data, linked to their observations", () => {
    const {observations, indicators} = realData();
    const summaries = new Map(summarise(observations, indicators).map((s) => [s.indicator.id, s]));
    const context = {lang: "zh" as const, messages: zh, summaries, years: datasetYears(observations)};
    const pieces = fillTemplate("目标{target:preschool-enrolment-rate}，{year:actual}年为{actual:preschool-enrolment-rate}（{status:preschool-enrolment-rate}）", context);
    expect(pieces.map((p) => (typeof p === "string" ? p : p.text)).join("")).toBe("目标90%以上，2022年为90%（已达成）");
    expect(pieces[1]).toMatchObject({observation: {observation_id: "plan-2021/preschool-enrolment-rate-2025"}});
  });
});

describe("number formats", () => {
  it.each([
    [160000, "zh", "16万"], [160000, "en", "160,000"], [112800000000, "zh", "1128亿"], [112800000000, "en", "112.8 billion"],
    [32000, "zh", "3.2万"], [15.85, "en", "15.85"], [3000, "zh", "3000"]
  ] as const)("%d in %s is %s", (value, lang, text) => {
    expect(formatNumber(value, lang)).toBe(text);
  });

  it("shows a figure as written in zh, and in words in en", () => {
    const {observations} = realData();
    const places = observation(observations, "school-places-added", "target");
    expect(formatFigure(places, "zh")).toBe("16万个左右");
    expect(formatFigure(places, "en")).toBe("about 160,000");
    const degree = observation(observations, "compulsory-teacher-degree-share", "target");
    expect([formatFigure(degree, "zh"), formatFigure(degree, "en")]).toEqual(["超过96%", "more than 96%"]);
    const visits = observation(observations, "winter-sports-visits", "actual");
    expect(formatFigure(visits, "en")).toBe("more than 2,100,000 person-times");
  });
});
