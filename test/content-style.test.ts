/**
 * The mechanical rules of docs/style-guide.md, checked over every text the
 * reader sees once it is filled from the data (titles, narrative, chart titles,
 * the summary, the comparisons, story titles, captions and notes), in both
 * languages, and over every verdict wording, whatever the status it is for.
 * Each rule is a small function with a negative test that proves it catches a
 * bad string.
 */
import {describe, expect, it} from "vitest";
import {readContent} from "../src/build/content/read-content.ts";
import {en} from "../src/i18n/en.ts";
import type {Lang} from "../src/i18n/locale.ts";
import {zh} from "../src/i18n/zh.ts";
import {fillText, interpolate} from "../src/model/narrative.ts";
import {pageModel} from "../src/model/page-model.ts";
import {storyModel} from "../src/model/story-model.ts";
import {statusPhrase} from "../src/model/summary-model.ts";
import type {Verdicts} from "../src/schema/content.ts";
import {JUDGED} from "../src/schema/statuses.ts";
import {realData} from "./real-data.ts";

const LANGS = ["zh", "en"] as const;
const root = new URL("..", import.meta.url).pathname;
const MESSAGES = {zh, en};

interface Text {
  where: string;
  text: string;
  /** Titles and sentences start a line; fragments (verdict wordings) are pieces of one. */
  kind: "title" | "prose" | "fragment";
}

const plain = (pieces: Array<string | {text: string}>) => pieces.map((p) => (typeof p === "string" ? p : p.text)).join("");

/** Every filled text of the page and the stories in one language, and each chapter's paragraphs in order. */
function filledTexts(lang: Lang): {texts: Text[]; chapters: Array<{id: string; paragraphs: string[]}>} {
  const {data} = realData();
  const model = pageModel(data, lang).explainer;
  const texts: Text[] = [];
  const add = (where: string, text: string, kind: Text["kind"] = "prose") => texts.push({where, text, kind});
  add("dek", model.dek);
  add("title", model.messages.title, "title");
  add("summary.finding", model.summary.finding);
  for (const group of model.summary.groups) for (const t of group.targets) add(`summary ${t.id}`, t.sentence);
  if (model.summary.aside) add("summary.aside", model.summary.aside.text);
  for (const group of model.summary.aside?.groups ?? []) for (const t of group.targets) add(`summary ${t.id}`, t.sentence);
  if (model.summary.rest) add("summary.rest", model.summary.rest);
  add("summary.more", model.summary.more.text);
  add("tracker.heading", model.tracker.heading, "title");
  add("tracker.intro", model.tracker.intro);
  add("tracker.caption", model.tracker.caption, "title");
  for (const group of model.tracker.groups) add(`tracker group ${group.id}`, group.label, "title");
  for (const row of model.tracker.rows) add(`tracker ${row.id}`, row.sentence);
  const board = model.scoreboard;
  add("scoreboard.heading", board.heading, "title");
  add("scoreboard.intro", board.intro);
  add("scoreboard.title", board.chart.title, "title");
  add("scoreboard.subtitle", board.chart.subtitle);
  add("scoreboard.noDataTitle", board.pending.title, "title");
  add("scoreboard.noDataIntro", board.pending.intro);
  for (const chapter of model.chapters) {
    add(`${chapter.id}.title`, chapter.title, "title");
    chapter.narrative.forEach((p, i) => add(`${chapter.id}.narrative[${i}]`, plain(p)));
    for (const chart of chapter.charts) {
      add(`${chapter.id} chart ${chart.id}`, chart.title, "title");
      add(`${chapter.id} chart ${chart.id} subtitle`, chart.subtitle);
    }
  }
  const {comparisons} = model;
  add("comparisons.heading", comparisons.texts.heading, "title");
  for (const c of comparisons.scopes) {
    add(`comparisons.scopes.${c.scope}.title`, c.title, "title");
    add(`comparisons.scopes.${c.scope}.body`, plain(c.body));
  }
  add("comparisons.noCounterpart.title", comparisons.texts.noCounterpart.title, "title");
  add("comparisons.noCounterpart.body", comparisons.texts.noCounterpart.body);
  add("comparisons.noCounterpart.link", comparisons.texts.noCounterpart.link, "title");
  for (const story of data.content.stories) {
    const filled = storyModel(story, model, data);
    add(`story ${story.id}.title`, filled.title, "title");
    for (const step of filled.steps) {
      add(`story ${story.id} step ${step.number} title`, step.title, "title");
      add(`story ${story.id} step ${step.number} caption`, plain(step.caption));
      add(`story ${story.id} step ${step.number} notes`, step.notes);
    }
  }
  // Every verdict wording, for every status, not only the one the data chooses today.
  const {summaries, years, content} = data;
  const verdictFiles: Array<[string, Verdicts | undefined]> = [
    ["explainer", content.explainer.verdicts],
    ...content.chapters.map((c): [string, Verdicts | undefined] => [c.id, c.verdicts]),
    ...content.stories.map((s): [string, Verdicts | undefined] => [`story ${s.id}`, s.verdicts])
  ];
  for (const [file, verdicts] of verdictFiles) {
    for (const [key, verdict] of Object.entries(verdicts ?? {})) {
      for (const [status, wording] of Object.entries(verdict[lang])) {
        if (wording !== undefined) add(`${file} verdict ${key} (${status})`, fillText(wording, {lang, messages: MESSAGES[lang], summaries, years}), "fragment");
      }
    }
  }
  return {texts, chapters: model.chapters.map((c) => ({id: c.id, paragraphs: c.narrative.map(plain)}))};
}

/** The first screen's finding filled with the counts given, in one language: the wording for none, some or all checkable. */
function finding(lang: Lang, counts: {checkable: number; total: number; main: number; totals: number}): string {
  const {data} = realData();
  const {summaries, years, content} = data;
  const {lead} = content.tracker[lang];
  const template = counts.checkable === 0 ? lead.none : counts.checkable === counts.total ? lead.all : lead.some;
  const breakdown = statusPhrase(Array.from({length: counts.checkable}, () => "met" as const), {lang, messages: MESSAGES[lang]});
  return fillText(template, {lang, messages: MESSAGES[lang], summaries, years, values: {...counts, breakdown}});
}

/** The first screen's sentence on targets whose figures are not comparable, with m of them: every wording there is. */
function asides(lang: Lang, m: number): string[] {
  const {data} = realData();
  const {summaries, years, content} = data;
  return Object.values(content.tracker[lang].aside).map((template) => fillText(template, {lang, messages: MESSAGES[lang], summaries, years, values: {m}}));
}

/** Every English UI string but the unit words (a chart's axis may say what a unit is called). */
function uiSentences(): string[] {
  const flat = (value: unknown): string[] =>
    typeof value === "string" ? [value] : Array.isArray(value) ? value.flatMap(flat) : value && typeof value === "object" ? Object.values(value).flatMap(flat) : [];
  const {units: _units, ...sentences} = en;
  return flat(sentences);
}

// ---- The rules: each returns the offending texts (an empty list when all is well). ----

/** "at at", "the the"; in Chinese the same run of two or more characters twice ("达到达到"). */
export function doubledWords(texts: readonly string[], lang: Lang): string[] {
  const doubled = lang === "en" ? /\b(\w+)\s+\1\b/iu : /(\p{Script=Han}{2,})\1/u;
  return texts.filter((t) => doubled.test(t));
}

/** A figure's unit word written twice ("7所所"): a zh figure keeps its unit, so the text must not add it again. */
export function doubledUnits(texts: readonly string[]): string[] {
  return texts.filter((t) => /[0-9][万亿余多]*([个所名人项门种家支场份对址轮条])\1/u.test(t));
}

/** The source's spacing inside a Chinese figure ("2.4 万余人", "99% 以上", "近 8000 名"). */
export function sourceSpacing(texts: readonly string[]): string[] {
  return texts.filter((t) => /[0-9%％]\s+\p{Script=Han}|\p{Script=Han}\s+[0-9]/u.test(t));
}

/** ASCII punctuation next to Chinese characters: Chinese text uses full-width ，。；：？！“”（）. */
export function asciiPunctuationInChinese(texts: readonly string[]): string[] {
  return texts.filter((t) => /\p{Script=Han}[,;:?!"()]|[,;:?!"()]\p{Script=Han}/u.test(t));
}

/** A status label pasted in ASCII quotes (`: "On track".`): say the status in words instead. */
export function quotedStatusLabels(texts: readonly string[]): string[] {
  const labels = [...Object.values(zh.status), ...Object.values(en.status)];
  return texts.filter((t) => labels.some((label) => t.includes(`"${label}"`) || t.includes(`'${label}'`)));
}

/** The one English name of each plan, and the variants the style guide forbids. */
export const PLAN_NAMES_EN = ["Fourteenth Five-Year Plan", "Thirteenth Five-Year Plan"] as const;
export function planNameVariantsEn(texts: readonly string[]): string[] {
  return texts.filter((t) => {
    const rest = PLAN_NAMES_EN.reduce((s, name) => s.split(name).join("§"), t);
    return (
      /\b(?:thirteenth|fourteenth|13th|14th|XIII|XIV)\b/i.test(rest) || // "Fourteenth plan", "14th Five-Year Plan", "the fourteenth five-year plan"
      /\bfive[- ]year plan\b/i.test(rest) || // "Five Year Plan", "five-year plan" as a name
      /\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d\b(?=\s+plan)/i.test(rest) // "the 2021–2025 plan"
    );
  });
}

/** The one Chinese name of each plan: “十四五”规划 and “十三五” in Chinese quotes; no other form. */
export function planNameVariantsZh(texts: readonly string[]): string[] {
  return texts.filter((t) => {
    const rest = t.replace(/“十[三四]五”/g, "§");
    return /十[三四]五|第十[三四]个五年|五年规划/.test(rest) || /§(?:教育|时期教育改革和发展)规划/.test(rest);
  });
}

/** 人次 in English is "visits" (or what is counted: "learning sessions"), never "person-times". */
export function personTimes(texts: readonly string[]): string[] {
  return texts.filter((t) => /person[- ]times?/i.test(t));
}

/** An English title or sentence that starts in lower case ("more than 24,000 principals…" at the start of a sentence). */
export function lowerCaseStarts(texts: readonly string[]): string[] {
  return texts.filter((t) => /^[\s“"(]*[a-z]/.test(t) || /[.!?]\s+[“"(]*[a-z]/.test(t));
}

/** The last clause of a paragraph, for comparing endings. */
export function lastClause(paragraph: string): string {
  const clauses = paragraph.trim().replace(/[。．.！!？?]+$/u, "").split(/[，。；：,.;:]/u);
  return clauses[clauses.length - 1].trim().toLowerCase();
}

/** Paragraphs that end with the same clause as the paragraph before them (状态为“已达成”。 paragraph after paragraph). */
export function repeatedEndings(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((p, i) => i > 0 && lastClause(p) !== "" && lastClause(p) === lastClause(paragraphs[i - 1]));
}

/** Paragraphs anywhere that end with the same clause as another: a formula that shows the template through. */
export function sharedEndings(paragraphs: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const p of paragraphs) {
    const clause = lastClause(p);
    if (clause && seen.has(clause)) out.push(`${clause} (${seen.get(clause)!.slice(0, 30)}… and ${p.slice(0, 30)}…)`);
    seen.set(clause, p);
  }
  return out;
}

/** Counts that break an English sentence: "1 targets", "1 are", "12 is". */
export function brokenAgreement(text: string): boolean {
  return /\b1 (?:targets|are|were|have)\b/.test(text) || /\b(?:0|[2-9]|\d{2,}) (?:target|is|was|has)\b/.test(text);
}

/** A chart title that is not a finding with its number and year: it must hold a year slot and a figure (or pace) slot. */
export function titlesWithoutFigures(templates: readonly string[]): string[] {
  return templates.filter((t) => !/\{year:[a-z]+\}/.test(t) || !/\{(?:target|actual|baseline|annual|district)(?:\.n)?:[a-z0-9-]+\}|\{pace:[a-z0-9-]+\}/.test(t));
}

/** Words that say how a figure compares with what it is judged against (its target, the pace a five-year total needs). */
const COMPARING = {
  zh: /达到|达成|多于|少于|快于|慢于|高于|低于|超过|超额|不足|落后|背离|未达/u,
  en: /\b(?:met|meets?|meeting|reach(?:ed|es)?|more than|fewer than|less than|ahead|behind|short of|above|below|beat|exceed(?:ed|s)?|away from|on track)\b/iu
};

/**
 * A chart title that gives a judged target's figures but not the verdict on them (say "more than the
 * roughly {pace:…} a year it needs", not "it needs about {pace:…} a year"). Read in the template, its
 * slots left out: a figure's own qualifier ("more than 70%") is not a verdict.
 */
export function titlesWithoutVerdict(charts: ReadonlyArray<{title: string; judged: boolean}>, lang: Lang): string[] {
  return charts.filter((c) => c.judged && !COMPARING[lang].test(c.title.replace(/\{[^}]*\}/g, " "))).map((c) => c.title);
}

/** A subtitle that is not one plain sentence: more than one sentence, or none. */
export function notOneSentence(texts: readonly string[]): string[] {
  return texts.filter((t) => (t.match(/[。.!?！？](?=\s|$)/gu) ?? []).length !== 1 || !/[。.]$/u.test(t.trim()));
}

/** A subtitle that hides how its scales run: each row on its own scale, a scale that does not start at zero. */
export function scalesUnsaid(chart: {subtitle: string; rows: Array<{zoomed: boolean}>}, lang: Lang): boolean {
  const [rows, zero] = lang === "zh" ? ["每行", "不从零开始"] : ["each row", "not starting at zero"];
  return (chart.rows.length > 1 && !chart.subtitle.includes(rows)) || (chart.rows.some((r) => r.zoomed) && !chart.subtitle.includes(zero));
}

// ---- The content as it stands. ----

describe("content style: every filled text, both languages", () => {
  const all = Object.fromEntries(LANGS.map((lang) => [lang, filledTexts(lang)])) as Record<Lang, ReturnType<typeof filledTexts>>;
  const where = (lang: Lang, bad: string[]) => all[lang].texts.filter((t) => bad.includes(t.text)).map((t) => `${t.where}: ${t.text}`);
  const strings = (lang: Lang, kinds: Text["kind"][] = ["title", "prose", "fragment"]) => all[lang].texts.filter((t) => kinds.includes(t.kind)).map((t) => t.text);

  it("reads every text the page and the stories show", () => {
    for (const lang of LANGS) {
      expect(all[lang].texts.length).toBeGreaterThan(100);
      for (const t of all[lang].texts) expect(t.text, t.where).not.toMatch(/[{}]/);
    }
  });

  it.each(LANGS)("%s: no doubled words", (lang) => {
    expect(where(lang, doubledWords(strings(lang), lang))).toEqual([]);
  });

  it("zh: no figure's unit written twice", () => {
    expect(where("zh", doubledUnits(strings("zh")))).toEqual([]);
  });

  it("zh: no space between a number and Chinese, either way round", () => {
    expect(where("zh", sourceSpacing(strings("zh")))).toEqual([]);
  });

  it("zh: full-width punctuation next to Chinese", () => {
    expect(where("zh", asciiPunctuationInChinese(strings("zh")))).toEqual([]);
  });

  it.each(LANGS)("%s: no status label in ASCII quotes", (lang) => {
    expect(where(lang, quotedStatusLabels(strings(lang)))).toEqual([]);
  });

  it("en: one name for each plan, and it is used", () => {
    const texts = strings("en");
    expect(where("en", planNameVariantsEn(texts))).toEqual([]);
    for (const name of PLAN_NAMES_EN) expect(texts.some((t) => t.includes(name)), name).toBe(true);
  });

  it("zh: one name for each plan, in Chinese quotes", () => {
    const texts = strings("zh");
    expect(where("zh", planNameVariantsZh(texts))).toEqual([]);
    expect(texts.some((t) => t.includes("“十四五”规划"))).toBe(true);
    expect(texts.some((t) => t.includes("“十三五”"))).toBe(true);
  });

  it("en: visits, not person-times, in prose and in the UI's sentences", () => {
    expect(where("en", personTimes(strings("en")))).toEqual([]);
    expect(personTimes(uiSentences())).toEqual([]);
  });

  it("en: the UI's sentences use the plans' names too", () => {
    expect(planNameVariantsEn(uiSentences())).toEqual([]);
  });

  it("en: titles and sentences start with a capital", () => {
    expect(where("en", lowerCaseStarts(strings("en", ["title", "prose"])))).toEqual([]);
  });

  it.each(LANGS)("%s: no paragraph ends like the one before it in the same chapter", (lang) => {
    for (const chapter of all[lang].chapters) expect(repeatedEndings(chapter.paragraphs), chapter.id).toEqual([]);
  });

  it.each(LANGS)("%s: no two paragraphs of the explainer end with the same clause, in any chapter", (lang) => {
    expect(sharedEndings(all[lang].chapters.flatMap((c) => c.paragraphs))).toEqual([]);
  });

  it("the first screen's finding reads with any counts, including 0 and 1", () => {
    for (const n of [0, 1, 2, 16]) {
      const counts = {checkable: n, total: 16, main: 12, totals: 4};
      for (const lang of LANGS) {
        const text = finding(lang, counts);
        expect(text).not.toMatch(/[{}]/);
        expect(brokenAgreement(text), text).toBe(false);
        expect(doubledWords([text], lang)).toEqual([]);
      }
    }
  });

  it("the first screen's sentence on uncomparable figures reads with 2 or more (a wording for one says so in its key)", () => {
    for (const lang of LANGS) {
      const {data} = realData();
      const keys = Object.keys(data.content.tracker[lang].aside);
      expect(keys).toContain("mixed");
      // The keys without a plural category must read for any number but 1 where the language has one.
      for (const text of asides(lang, 2).filter((_, i) => !keys[i].endsWith("/one"))) {
        expect(text).not.toMatch(/[{}]/);
        expect(brokenAgreement(text), text).toBe(false);
      }
    }
  });

  it.each(LANGS)("%s: every chart's title is a finding with its number and year, its subtitle one sentence that says how its scales run", (lang) => {
    const {data} = realData();
    const templates = [data.content.explainer.scoreboard[lang].title, ...data.content.chapters.flatMap((c) => c.charts.map((chart) => chart[lang].title))];
    expect(titlesWithoutFigures(templates)).toEqual([]);
    const charts = [...pageModel(data, lang).charts.values()];
    expect(notOneSentence(charts.map((c) => c.subtitle))).toEqual([]);
    expect(charts.filter((c) => scalesUnsaid(c, lang)).map((c) => c.id)).toEqual([]);
  });

  it.each(LANGS)("%s: a chart that judges a target says the verdict in its title", (lang) => {
    const {data} = realData();
    const charts = pageModel(data, lang).charts;
    const titles = [{id: "scoreboard", title: data.content.explainer.scoreboard[lang].title}, ...data.content.chapters.flatMap((c) => c.charts.map((chart) => ({id: chart.id, title: chart[lang].title})))];
    const judged = titles.map(({id, title}) => ({title, judged: charts.get(id)!.rows.some((r) => r.status !== undefined && JUDGED.has(r.status))}));
    expect(judged.filter((c) => c.judged).length, "charts that judge a target").toBeGreaterThan(1);
    expect(titlesWithoutVerdict(judged, lang)).toEqual([]);
  });

  it("no content template types a digit, chart titles included, and zh figures keep their unit (no .n slots)", () => {
    const content = readContent(`${root}content`);
    // Every string under a "zh" or "en" key, anywhere in the content: titles, narrative, chart titles, verdicts, captions.
    const texts = (lang: Lang, value: unknown = content, inside = false): string[] => {
      if (typeof value === "string") return inside ? [value] : [];
      if (Array.isArray(value)) return value.flatMap((v) => texts(lang, v, inside));
      if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => (LANGS.includes(k as Lang) && k !== lang ? [] : texts(lang, v, inside || k === lang)));
      return [];
    };
    expect(texts("en").length).toBeGreaterThan(100);
    for (const lang of LANGS) expect(texts(lang).filter((t) => /[0-9]/.test(t))).toEqual([]);
    expect(texts("zh").filter((t) => /\{[a-z]+\.n:/.test(t))).toEqual([]);
  });
});

// ---- Each rule catches what it is for. ----

describe("content style rules catch a bad string", () => {
  it("doubled words", () => {
    expect(doubledWords(["The plan keeps it at at least 99%."], "en")).toHaveLength(1);
    expect(doubledWords(["The plan keeps it at least at 99%."], "en")).toEqual([]);
    expect(doubledWords(["入园率达到达到90%"], "zh")).toHaveLength(1);
    expect(doubledWords(["入园率达到90%"], "zh")).toEqual([]);
  });

  it("doubled units", () => {
    expect(doubledUnits(["“双高”保持7所所"])).toHaveLength(1);
    expect(doubledUnits(["“双高”保持7所"])).toEqual([]);
  });

  it("source spacing", () => {
    expect(sourceSpacing(["2022年2.4 万余人参与交流轮岗"])).toHaveLength(1);
    expect(sourceSpacing(["就近入学比例99% 以上"])).toHaveLength(1);
    expect(sourceSpacing(["近 8000名考生"])).toHaveLength(1);
    expect(sourceSpacing(["2.4万余人，99%以上"])).toEqual([]);
  });

  it("ASCII punctuation in Chinese", () => {
    expect(asciiPunctuationInChinese(["入园率90%,普惠率88%"])).toHaveLength(1);
    expect(asciiPunctuationInChinese(['状态为"已达成"'])).toHaveLength(1);
    expect(asciiPunctuationInChinese(["入园率90%，普惠率88%"])).toEqual([]);
  });

  it("status labels in ASCII quotes", () => {
    expect(quotedStatusLabels(['2022 reported at least 99%: "On track".'])).toHaveLength(1);
    expect(quotedStatusLabels(['状态为"已达成"'])).toHaveLength(1);
    expect(quotedStatusLabels(["The page marks it “No comparable data”."])).toEqual([]);
  });

  it("English plan names", () => {
    for (const bad of ["the Fourteenth plan", "a Fourteenth-plan target", "the 14th Five-Year Plan", "the fourteenth five-year plan", "Beijing's five-year plan", "the Thirteenth plan's results", "the 2021–2025 plan"]) {
      expect(planNameVariantsEn([bad]), bad).toHaveLength(1);
    }
    expect(planNameVariantsEn(["The Fourteenth Five-Year Plan builds on the Thirteenth Five-Year Plan; five-year targets"])).toEqual([]);
  });

  it("Chinese plan names", () => {
    for (const bad of ["十四五规划", "「十四五」规划", "‘十三五’期间", "第十四个五年规划", "北京教育的五年规划", "“十四五”教育规划"]) {
      expect(planNameVariantsZh([bad]), bad).toHaveLength(1);
    }
    expect(planNameVariantsZh(["“十四五”规划以“十三五”末为基线"])).toEqual([]);
  });

  it("person-times", () => {
    expect(personTimes(["pupils made more than 2,100,000 person-times to ice and snow"])).toHaveLength(1);
    expect(personTimes(["pupils went out on ice and snow more than 2,100,000 times"])).toEqual([]);
  });

  it("lower-case starts", () => {
    expect(lowerCaseStarts(["more than 24,000 principals rotated."])).toHaveLength(1);
    expect(lowerCaseStarts(["The share is 43%. more than 24,000 rotated."])).toHaveLength(1);
    expect(lowerCaseStarts(["By 2022, more than 24,000 principals had rotated."])).toEqual([]);
  });

  it("endings shared across chapters", () => {
    expect(sharedEndings(["Smart campuses: no figure has been published since the plan.", "Fitness: no figure has been published since the plan."])).toHaveLength(1);
    expect(sharedEndings(["No figure has been published since.", "No document reports the share."])).toEqual([]);
  });

  it("repeated paragraph endings", () => {
    expect(repeatedEndings(["入园率为90%，状态为“已达成”。", "就近入学比例为99%以上，状态为“已达成”。"])).toHaveLength(1);
    expect(repeatedEndings(["…, so the status is Met.", "…; 2022 reported 36,000, so the status is Met."])).toHaveLength(1);
    expect(repeatedEndings(["入园率为90%，达到要求。", "普惠率为88%，看不出进度。"])).toEqual([]);
  });

  it("chart titles without a figure or a year, or without the verdict on a judged target; subtitles of more than one sentence, scales unsaid", () => {
    expect(titlesWithoutFigures(["Kindergartens: {verdict:enrolment}", "Enrolment in {year:actual}"])).toHaveLength(2);
    expect(titlesWithoutFigures(["Enrolment reached {actual:preschool-enrolment-rate} in {year:actual}"])).toEqual([]);
    // The school-places chart's title before it said the verdict, and after.
    expect(titlesWithoutVerdict([{title: "{year:actual}年新增中小学学位{actual:school-places-added}，五年目标平均每年需约{pace:school-places-added-five-year}", judged: true}], "zh")).toHaveLength(1);
    expect(titlesWithoutVerdict([{title: "Beijing added {actual.n:school-places-added} school places in {year:actual}; its five-year target needs about {pace:school-places-added-five-year} a year", judged: true}], "en")).toHaveLength(1);
    expect(titlesWithoutVerdict([{title: "{year:actual}年新增中小学学位{actual:school-places-added}，多于五年目标每年所需的约{pace:school-places-added-five-year}", judged: true}], "zh")).toEqual([]);
    expect(titlesWithoutVerdict([{title: "Beijing added {actual.n:school-places-added} school places in {year:actual}, more than the roughly {pace:school-places-added-five-year} a year its five-year target needs", judged: true}], "en")).toEqual([]);
    // A figure's qualifier is not a verdict; a chart that judges nothing needs none.
    expect(titlesWithoutVerdict([{title: "Pupils rated good: {actual:fitness-rate} in {year:actual}", judged: true}], "en")).toHaveLength(1);
    expect(titlesWithoutVerdict([{title: "Visits to ice and snow: {actual:winter-sports-visits} in {year:actual}", judged: false}], "en")).toEqual([]);
    expect(notOneSentence(["Unit: per cent. Each row has its own scale.", "Per cent"])).toHaveLength(2);
    expect(notOneSentence(["In per cent; each row has its own scale, not starting at zero."])).toEqual([]);
    expect(scalesUnsaid({subtitle: "In per cent.", rows: [{zoomed: true}, {zoomed: false}]}, "en")).toBe(true);
    expect(scalesUnsaid({subtitle: "单位：%；每行横轴各自独立，不从零开始。", rows: [{zoomed: true}, {zoomed: false}]}, "zh")).toBe(false);
  });

  it("broken agreement with a count", () => {
    expect(brokenAgreement(interpolate("Of {count} targets, {met} are met.", {count: 1, met: 1}))).toBe(true);
    expect(brokenAgreement(interpolate("{noData} has no figure.", {noData: 12}))).toBe(true);
    expect(brokenAgreement(interpolate("Where the tracked targets stand: {met} met ({count} in all).", {count: 1, met: 1}))).toBe(false);
  });
});
