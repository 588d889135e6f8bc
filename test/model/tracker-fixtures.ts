/** Small, hand-made inputs for the tracker's model: a few figures, indicators and statuses, and texts whose sentences show their slots. */
import {en} from "../../src/i18n/en.ts";
import type {Lang} from "../../src/i18n/locale.ts";
import {zh} from "../../src/i18n/zh.ts";
import type {NarrativeContext} from "../../src/model/narrative.ts";
import type {TrackerTexts} from "../../src/schema/content.ts";
import type {Indicator, Observation, TargetStatus} from "../../src/schema/dataset.ts";

export function obs(id: string, over: Partial<Observation>): Observation {
  const year = over.year ?? 2022;
  return {
    observation_id: id, indicator_id: "rate", indicator_zh: "", indicator_en: "", domain: "preschool", scope: "beijing", series: "actual", basis: "level",
    period_start: year, period_end: year, year, value: 0, value_upper: null, unit: "%", comparator: "eq", value_base: 0, value_upper_base: null, unit_base: "%",
    status: null, status_reason: null, note: null, source_id: "s", source_title: "", quote: "", quote_en: "", quote_start: 0, quote_end: 0, figure: "", figure_start: 0, figure_end: 0, ...over
  };
}

export function indicator(id: string, over: Partial<Indicator> = {}): Indicator {
  return {id, name_zh: `${id}（中文）`, name_en: id, definition_zh: "", definition_en: "", domain: "preschool", unit: "%", basis: "level", period_years: null, better: "higher", main_target: false, ...over};
}

export function status(target: Observation, over: Partial<TargetStatus>): TargetStatus {
  return {
    target_id: target.observation_id, indicator_id: target.indicator_id, scope: target.scope, status: "no-figure", status_reason: "no-actual", baseline_id: null, actual_id: null,
    counts: null, gap: null, progress: null, due: null, needed_per_year: null, reported_per_year: null, reported_years: null, unreported_years: null, method: "level", ...over
  };
}

/** Sentences that name their key and slots, so a test sees which template a row took and what filled it. */
export const TEXTS: TrackerTexts = {
  heading: "Tracker", intro: "All {count}", caption: "{count} targets",
  groups: {headline: "Headline", other: "Other", district: "District"},
  lead: {none: "None of {total}", some: "{checkable} of {total} ({main} main, {totals} totals): {breakdown}", all: "All {total}"},
  aside: {"part/one": "One more counts part", "part": "{m} more count part", "mixed": "{m} more apart"},
  rest: "{n} with none", more: "All {count} below",
  sentences: {
    "met": "met: {latest} ({latestYear}) against {target}",
    "too-early": "too-early: {latest} in {latestYear}, {gap} short of {target} by {targetYear}",
    "not-comparable/part": "part: {reported}, needs {needed}. {missing}",
    "not-comparable/other-measure": "other: {latest} counts {otherName}",
    "no-figure": "no-figure: nothing since",
    "no-figure/no-actual/dongcheng": "no-figure in the district by {targetYear}"
  },
  rows: {"plan/special": "own sentence for {name}"}
};

export const context = (lang: Lang): NarrativeContext => ({lang, messages: lang === "zh" ? zh : en, summaries: new Map(), years: {baseline: 2020, actual: 2022, target: 2025, district: 2022, missing: [2021]}});
