import {CHART_KINDS, parseTemplate, TemplateError, type Content, type Verdicts, type WrittenFor} from "../../schema/content.ts";
import {CITY, datasetYears, roleOf, type Role} from "../../schema/roles.ts";
import {STATUS_CODES} from "../../schema/statuses.ts";
import type {DatasetError} from "../extract/dataset-error.ts";
import type {PublishedTables} from "../tables/published-tables.ts";
import {chartFigureErrors} from "./chart-figures.ts";
import {checkTracker, trackerTexts} from "./check-tracker.ts";

import {LANGS} from "../../i18n/locale.ts";

/** The indicators a template's figure, status and pace slots name (parse errors are reported elsewhere). */
function slotIndicators(text: string): string[] {
  try {
    return parseTemplate(text).flatMap((p) => (typeof p !== "string" && (p.kind === "figure" || p.kind === "pace") ? [p.indicator] : []));
  } catch {
    return [];
  }
}

/** Each place's comparison names a place of data/scopes.json, and has its text in every language. */
export function comparisonScopeErrors(comparisons: Content["explainer"]["comparisons"], places: readonly string[]): DatasetError[] {
  const record = "content/explainer.json comparisons";
  const named = new Set(LANGS.flatMap((lang) => Object.keys(comparisons[lang].scopes)));
  return [...named].flatMap((scope) => [
    ...(places.includes(scope) ? [] : [{record, message: `scopes.${scope}: "${scope}" is not a place in data/scopes.json (${places.join(", ")}); add the place's record there, or fix the id`}]),
    ...LANGS.filter((lang) => !comparisons[lang].scopes[scope]).map((lang) => ({record, message: `scopes.${scope}: no ${lang} text; every language compares the same places`}))
  ]);
}

/**
 * Checks the content against the data it will be filled from: every template
 * parses, every slot names an indicator with that figure (or status, or pace),
 * every verdict covers every status, every chart sets two or more comparable
 * figures of one indicator and one place on each row (the scoreboard's
 * included), every story step shows a chart the explainer has and never a
 * district's figure on a city's row. Each error names the file and the text at fault.
 */
export function checkContent(content: Content, tables: PublishedTables): DatasetError[] {
  const errors: DatasetError[] = [];
  let years;
  try {
    years = datasetYears({sources: tables.sources, observations: tables.observations});
  } catch (error) {
    return [{record: "data/sources.json", message: `${(error as Error).message}; the page reads its years from the latest five-year plan`}];
  }
  const roles = new Map<string, Set<Role>>();
  for (const o of tables.observations) {
    const set = roles.get(o.indicator_id) ?? new Set<Role>();
    set.add(roleOf(o, years.target));
    roles.set(o.indicator_id, set);
  }
  const targets = new Map(tables.status.map((s) => [s.indicator_id, s]));
  // The status of the city's plan target of each indicator: what a text written for today's data was written for.
  const targetYear = new Map(tables.observations.map((o) => [o.observation_id, o.year]));
  const planStatus = new Map(tables.status.filter((s) => s.scope === CITY && targetYear.get(s.target_id) === years.target).map((s) => [s.indicator_id, s.status]));
  /** A text states today's statuses in its own words: it names each one it was written for, and the build stops when one moves. */
  const checkWrittenFor = (file: string, writtenFor: WrittenFor = {}, texts: string[]) => {
    const record = `content/${file} writtenFor`;
    for (const [id, status] of Object.entries(writtenFor)) {
      const now = planStatus.get(id);
      if (!now) errors.push({record, message: `indicator ${id} has no plan target for the city, so no status to write for`});
      else if (now !== status) errors.push({record, message: `written for ${id} being ${status}, but it is now ${now}: reread the text, rewrite what is no longer true, then set ${id} to ${now}`});
    }
    const named = new Set<string>();
    for (const text of texts) {
      try {
        for (const part of parseTemplate(text)) if (typeof part !== "string" && (part.kind === "figure" || part.kind === "pace" || part.kind === "status")) named.add(part.indicator);
      } catch {
        // checkText reports the template.
      }
    }
    for (const id of named) if (planStatus.has(id) && !(id in writtenFor)) errors.push({record, message: `the text names ${id}'s figures in words written for today's data: add "${id}": "${planStatus.get(id)}"`});
  };
  // A five-year total is drawn as the pace it needs, on the row of the yearly figures it is judged by.
  const paced = new Map<string, string[]>();
  for (const r of tables.relations ?? []) if (r.relation === "pace") paced.set(r.indicator_id, [...(paced.get(r.indicator_id) ?? []), r.related_id]);
  const indicators = new Map(tables.indicators.map((i) => [i.id, i]));

  const checkText = (file: string, text: string, verdicts: Verdicts = {}, where = "") => {
    const fail = (message: string) => errors.push({record: `content/${file}${where ? ` ${where}` : ""}`, message: `${message} in ${JSON.stringify(text.slice(0, 60))}`});
    let parts;
    try {
      parts = parseTemplate(text);
    } catch (error) {
      if (error instanceof TemplateError) return fail(error.message);
      throw error;
    }
    for (const part of parts) {
      if (typeof part === "string") continue;
      if (part.kind === "figure" && !roles.get(part.indicator)?.has(part.series)) fail(`indicator ${part.indicator} has no ${part.series} figure`);
      if (part.kind === "status" && !targets.has(part.indicator)) fail(`indicator ${part.indicator} has no target, so no status`);
      if (part.kind === "pace" && targets.get(part.indicator)?.method !== "pace") fail(`indicator ${part.indicator} is not judged as a pace`);
      if (part.kind === "verdict" && !verdicts[part.key]) fail(`no verdict "${part.key}" in the file's verdicts`);
      if (part.kind === "year" && part.year === "district" && Number.isNaN(years.district)) fail("no district document, so no district year");
      // A sentence about the years no document reports is wrong once every year is reported: the curator rewords it.
      if (part.kind === "year" && part.year === "missing" && years.missing.length === 0) fail("{year:missing} is empty: the documents now report every year of the plan up to the latest; reword this text");
    }
  };
  const checkVerdicts = (file: string, verdicts: Verdicts = {}) => {
    for (const [key, verdict] of Object.entries(verdicts)) {
      const where = `verdict ${key}`;
      if (!targets.has(verdict.status)) errors.push({record: `content/${file} ${where}`, message: `indicator ${verdict.status} has no target, so no status to choose by`});
      for (const lang of LANGS) {
        const cases = verdict[lang] ?? {};
        const missing = STATUS_CODES.filter((s) => cases[s] === undefined);
        if (missing.length && cases.other === undefined) errors.push({record: `content/${file} ${where}`, message: `${lang} has no wording for ${missing.join(", ")}; add them or "other"`});
        for (const text of Object.values(cases)) if (text !== undefined) checkText(file, text, {}, `${where} (${lang})`);
      }
    }
  };

  const {explainer} = content;
  // The scoreboard's rows: the main targets with a latest figure.
  const scoreboardRows = tables.indicators.filter((i) => i.main_target && roles.get(i.id)?.has("actual")).map((i) => i.id);
  checkVerdicts("explainer.json", explainer.verdicts);
  checkWrittenFor("explainer.json", explainer.writtenFor, LANGS.flatMap((lang) => [explainer.scoreboard[lang].title, explainer.scoreboard[lang].subtitle, ...Object.values(explainer.comparisons[lang].scopes).map((s) => s.body)]));
  for (const lang of LANGS) {
    const texts = [explainer.dek[lang], ...Object.values(explainer.scoreboard[lang])];
    if (!explainer.scoreboard[lang].subtitle && scoreboardRows.length) errors.push({record: "content/explainer.json scoreboard", message: `no ${lang} subtitle: say in one sentence what the chart draws`});
    const c = explainer.comparisons[lang];
    for (const text of [...texts, ...Object.values(c.scopes).map((s) => s.body), c.noCounterpart.body]) checkText("explainer.json", text, explainer.verdicts);
  }
  errors.push(...comparisonScopeErrors(explainer.comparisons, tables.scopes.map((s) => s.id)));
  for (const lang of LANGS) {
    for (const text of trackerTexts(content.tracker[lang])) checkText("tracker.json", text);
    errors.push(...checkTracker(content.tracker[lang], lang, tables.status));
  }

  // The charts a story may show: the scoreboard and the chapters'.
  const charts = new Set(["scoreboard"]);
  // The rows of each chart: the scoreboard's are the main targets with an actual.
  const chartMembers = new Map<string, string[]>([["scoreboard", scoreboardRows]]);
  // The scoreboard draws the city's baseline, latest figure and plan target of each main target with a latest figure (when one has).
  if (scoreboardRows.length) for (const message of chartFigureErrors(scoreboardRows, tables, years.target, ["baseline", "actual", "target"])) errors.push({record: "content/explainer.json scoreboard", message});
  for (const chapter of content.chapters) {
    const file = `chapters/${chapter.id}.json`;
    checkVerdicts(file, chapter.verdicts);
    checkWrittenFor(file, chapter.writtenFor, LANGS.flatMap((lang) => [chapter[lang].title, ...chapter[lang].narrative, ...chapter.charts.flatMap((c) => [c[lang]?.title ?? "", c[lang]?.subtitle ?? ""])]));
    for (const lang of LANGS) for (const text of [chapter[lang].title, ...chapter[lang].narrative, ...chapter.charts.flatMap((c) => [c[lang]?.title ?? "", c[lang]?.subtitle ?? ""])]) checkText(file, text, chapter.verdicts);
    for (const chart of chapter.charts) {
      charts.add(chart.id);
      chartMembers.set(chart.id, chart.indicators);
      // Each row is drawn on its own scale, so rows of different units may share a chart, never an axis.
      const unknown = chart.indicators.filter((id) => !indicators.has(id));
      if (unknown.length) errors.push({record: `content/${file} chart ${chart.id}`, message: `unknown indicators ${unknown.join(", ")}`});
      for (const lang of LANGS) if (!chart[lang]?.title) errors.push({record: `content/${file} chart ${chart.id}`, message: `no ${lang} title: say what the chart shows`});
      if (chart.kind !== undefined && !(CHART_KINDS as readonly string[]).includes(chart.kind)) errors.push({record: `content/${file} chart ${chart.id}`, message: `kind "${chart.kind}" is not one of ${CHART_KINDS.join(", ")}`});
      // A line over the years puts every figure on one axis: one unit, one basis.
      const units = new Set(chart.indicators.filter((id) => indicators.has(id)).map((id) => `${indicators.get(id)!.unit} ${indicators.get(id)!.basis}`));
      if (chart.kind === "line" && units.size > 1) errors.push({record: `content/${file} chart ${chart.id}`, message: `a line chart draws one unit and one basis on one axis, not ${[...units].join(" and ")}`});
      for (const lang of LANGS) if (!chart[lang]?.subtitle) errors.push({record: `content/${file} chart ${chart.id}`, message: `no ${lang} subtitle: say in one sentence what the chart draws`});
      if (!unknown.length) for (const message of chartFigureErrors(chart.indicators, tables, years.target)) errors.push({record: `content/${file} chart ${chart.id}`, message});
    }
  }
  for (const story of content.stories) {
    const file = `stories/${story.id}.json`;
    checkVerdicts(file, story.verdicts);
    checkWrittenFor(file, story.writtenFor, LANGS.flatMap((lang) => [story[lang].bottomLine ?? "", ...story[lang].steps.flatMap((step) => [step.title, step.caption, step.notes])]));
    for (const lang of LANGS) {
      if (story[lang].steps.length !== story.steps.length) errors.push({record: `content/${file}`, message: `${story.steps.length} steps but ${story[lang].steps.length} ${lang} texts`});
      if ((story.zh.bottomLine === undefined) !== (story.en.bottomLine === undefined)) errors.push({record: `content/${file}`, message: `a bottom line in ${story.zh.bottomLine === undefined ? "en" : "zh"} only: zh and en say the same thing`});
      if (story[lang].bottomLine !== undefined) checkText(file, story[lang].bottomLine!, story.verdicts, "bottomLine");
      for (const step of story[lang].steps) for (const text of [step.title, step.caption, step.notes]) checkText(file, text, story.verdicts);
    }
    story.steps.forEach((step, i) => {
      const record = `content/${file} step ${step.id}`;
      if (!charts.has(step.chart)) errors.push({record, message: `no explainer chart ${step.chart}`});
      if ((step.reveal as string[]).includes("district")) errors.push({record, message: "reveals a district's figure on the city's rows: a district's target counts another place; say it in the caption"});
      const unknown = (step.indicators ?? []).filter((id) => !indicators.has(id));
      if (unknown.length) errors.push({record, message: `unknown indicators ${unknown.join(", ")}`});
      // A slide's words speak of what it shows: every figure they name is drawn on it.
      const drawn = step.indicators ?? chartMembers.get(step.chart) ?? [];
      for (const lang of LANGS) {
        const texts = story[lang].steps[i] ? [story[lang].steps[i].title, story[lang].steps[i].caption, story[lang].steps[i].notes] : [];
        const unseen = [...new Set(texts.flatMap(slotIndicators).filter((id) => !drawn.includes(id) && !paced.get(id)?.some((d) => drawn.includes(d))))];
        if (unseen.length) errors.push({record, message: `its ${lang} text names figures of ${unseen.join(", ")}, which the slide does not draw; add it to the step's indicators`});
      }
    });
  }
  return errors;
}
