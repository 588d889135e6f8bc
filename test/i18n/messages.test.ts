import {describe, expect, it} from "vitest";
import {fillTemplate, fillText, type NarrativeContext} from "../../src/model/narrative.ts";
import {en} from "../../src/i18n/en.ts";
import {formatFigure} from "../../src/i18n/format-figure.ts";
import {formatNumber, pluralForm} from "../../src/i18n/format-number.ts";
import {zh} from "../../src/i18n/zh.ts";
import {README_MESSAGES} from "../../src/i18n/readme-messages.ts";
import {observation, realData} from "../real-data.ts";

function strings(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** Plural forms (src/i18n/format-number.ts) differ by language: each is one message, whatever forms its language has. */
const PLURAL_KEYS = new Set(["zero", "one", "two", "few", "many", "other"]);
const isPlural = (value: object) => "other" in value && Object.keys(value).every((k) => PLURAL_KEYS.has(k));

function shape(value: unknown): unknown {
  if (typeof value === "string" || (value && typeof value === "object" && !Array.isArray(value) && isPlural(value))) return "string";
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "units").map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

/** The prose of the content files, by language: the explainer's, each chapter's and each story's. */
function prose(lang: "zh" | "en") {
  const {content} = realData().data;
  return {
    explainer: {dek: content.explainer.dek[lang], scoreboard: content.explainer.scoreboard[lang], comparisons: content.explainer.comparisons[lang], verdicts: Object.values(content.explainer.verdicts ?? {}).map((v) => v[lang])},
    chapters: content.chapters.map((c) => ({...c[lang], verdicts: Object.values(c.verdicts ?? {}).map((v) => v[lang])})),
    stories: content.stories.map((s) => ({...s[lang], verdicts: Object.values(s.verdicts ?? {}).map((v) => v[lang])}))
  };
}

describe("messages", () => {
  it("no text shown to people contains a digit: every number comes from the data", () => {
    for (const [lang, messages] of [["zh", zh], ["en", en]] as const) {
      const withDigits = [...strings(messages), ...strings(README_MESSAGES[lang], "readme"), ...strings(prose(lang), "content")].filter(([, text]) => /[0-9]/.test(text));
      expect(withDigits, `${lang}: ${withDigits.map(([p, t]) => `${p}: ${t}`).join("\n")}`).toEqual([]);
    }
  });

  it("zh and en have the same keys, and the same number of narrative paragraphs", () => {
    expect(shape(en)).toEqual(shape(zh));
    expect(shape(README_MESSAGES.en)).toEqual(shape(README_MESSAGES.zh));
    // Verdict wordings may cover different statuses per language (the rest fall to "other"), so only their count is compared.
    const withoutVerdictKeys = (p: ReturnType<typeof prose>) => JSON.parse(JSON.stringify(p, (k, v) => (k === "verdicts" ? v.length : v)));
    expect(shape(withoutVerdictKeys(prose("en")))).toEqual(shape(withoutVerdictKeys(prose("zh"))));
  });

  it("every narrative slot resolves against the real data, in both languages", () => {
    const {summaries, years, content} = realData().data;
    const filled = (pieces: ReturnType<typeof fillTemplate>) => pieces.map((p) => (typeof p === "string" ? p : p.text)).join("");
    for (const [lang, messages] of [["zh", zh], ["en", en]] as const) {
      const context = (verdicts = content.explainer.verdicts): NarrativeContext => ({lang, messages, summaries, years, verdicts});
      for (const chapter of content.chapters) {
        expect(fillText(chapter[lang].title, context(chapter.verdicts))).not.toMatch(/[{}]/);
        expect(chapter[lang].narrative.length).toBeGreaterThan(0);
        for (const paragraph of chapter[lang].narrative) expect(filled(fillTemplate(paragraph, context(chapter.verdicts)))).not.toMatch(/[{}]/);
      }
      const {comparisons, dek, scoreboard} = content.explainer;
      const board = scoreboard[lang];
      for (const body of [...Object.values(comparisons[lang].scopes).map((s) => s.body), comparisons[lang].noCounterpart.body, dek[lang], board.heading, board.intro, board.subtitle, board.noDataTitle, board.noDataIntro]) expect(fillText(body, context())).not.toMatch(/[{}]/);
      const values = {count: 12, met: 3, onTrack: 1, behind: 1, movingAway: 0, noData: 7, breakdown: "…"};
      const {lead} = content.tracker[lang];
      for (const finding of [board.title, lead.none, lead.some, lead.all]) expect(fillText(finding, {...context(), values: {...values, checkable: 4, total: 16, main: 12, totals: 4}})).not.toMatch(/[{}]/);
    }
  });

  it("fills figures from the data, linked to their observations", () => {
    const {summaries, years} = realData().data;
    const context = {lang: "zh" as const, messages: zh, summaries, years};
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
    const {observations} = realData().data;
    const places = observation(observations, "school-places-added-five-year", "target");
    expect(formatFigure(places, "zh")).toBe("16万个左右");
    expect(formatFigure(places, "en")).toBe("about 160,000");
    const degree = observation(observations, "compulsory-teacher-degree-share", "target");
    expect([formatFigure(degree, "zh"), formatFigure(degree, "en")]).toEqual(["超过96%", "more than 96%"]);
    const visits = observation(observations, "winter-sports-visits", "actual");
    expect(formatFigure(visits, "en")).toBe("more than 2.1 million");
    // 近 is "nearly"; a round million is written in words.
    expect(formatFigure(observation(observations, "cross-training-programme-beneficiaries", "baseline"), "en")).toBe("nearly 10,000 people");
    expect(formatFigure(observation(observations, "winter-sports-students", "target"), "en")).toBe("1 million students");
  });
});

describe("plurals", () => {
  it("picks each language's form for a count (Intl.PluralRules), Chinese having one", () => {
    const forms = {one: "{n} figure", other: "{n} figures"};
    expect(pluralForm(forms, 1, "en")).toBe("{n} figure");
    expect(pluralForm(forms, 2, "en")).toBe("{n} figures");
    expect(pluralForm(forms, 0, "en")).toBe("{n} figures");
    expect(pluralForm({other: "{n} 个数字"}, 1, "zh")).toBe("{n} 个数字");
    expect(pluralForm("as written", 1, "en")).toBe("as written");
  });
});
