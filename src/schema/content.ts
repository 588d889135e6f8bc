import type {Status} from "./statuses.ts";

/**
 * Editorial prose is data: content/*.json, checked by the build against the
 * dataset and published with it (content.json), so that adding next year's
 * figures, or showing a new indicator, is curation and never code.
 *
 * Text is a template whose numbers and years are slots, filled from the data:
 *   {target:id} {actual:id} {baseline:id} {district:id} {annual:id}  the figure, formatted for the language
 *   {target.n:id} …                                                   the same without its unit word
 *   {status:id}          the status label of the indicator's target
 *   {pace:id}            what a cumulative target needs per year
 *   {year:baseline|actual|target|district|missing}  a year read from the data
 *   {verdict:key}        wording chosen by a status: the file's `verdicts[key]`
 *   {name}               a value the page passes in (counts, for instance)
 */

export const FIGURE_SLOTS = ["target", "actual", "baseline", "district", "annual"] as const;
export const YEAR_SLOTS = ["baseline", "actual", "target", "district", "missing"] as const;
export type FigureSlot = (typeof FIGURE_SLOTS)[number];
export type YearSlot = (typeof YEAR_SLOTS)[number];

export type Slot =
  | {kind: "figure"; series: FigureSlot; unit: boolean; indicator: string}
  | {kind: "status" | "pace"; indicator: string}
  | {kind: "year"; year: YearSlot}
  | {kind: "verdict"; key: string}
  | {kind: "value"; name: string};

export type TemplatePart = string | Slot;

export class TemplateError extends Error {}

const SLOT = /\{([a-zA-Z]+(?:\.[a-z]+)?)(?::([a-z0-9-]+))?\}/g;

function slotOf(kind: string, arg: string | undefined, whole: string): Slot {
  if (arg === undefined) return {kind: "value", name: kind};
  const [series, modifier] = kind.split(".");
  if ((FIGURE_SLOTS as readonly string[]).includes(series) && (modifier === undefined || modifier === "n")) {
    return {kind: "figure", series: series as FigureSlot, unit: modifier !== "n", indicator: arg};
  }
  if (modifier !== undefined) throw new TemplateError(`unknown slot ${whole}`);
  if (kind === "status" || kind === "pace") return {kind, indicator: arg};
  if (kind === "year") {
    if (!(YEAR_SLOTS as readonly string[]).includes(arg)) throw new TemplateError(`unknown year ${whole} (one of ${YEAR_SLOTS.join(", ")})`);
    return {kind, year: arg as YearSlot};
  }
  if (kind === "verdict") return {kind, key: arg};
  throw new TemplateError(`unknown slot ${whole}`);
}

/** A template cut into its text and its slots. Throws TemplateError on a slot it does not know. */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(SLOT)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(slotOf(match[1], match[2], match[0]));
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** Wording that depends on where an indicator's target stands: one template per status, or `other` for the rest. */
export interface Verdict {
  /** The indicator whose target's status chooses the wording. */
  status: string;
  zh: Partial<Record<Status | "other", string>>;
  en: Partial<Record<Status | "other", string>>;
}

export type Verdicts = Record<string, Verdict>;

/**
 * A chart: its indicators, a row each (each row on its own scale, so rows of
 * different units may share a chart, never an axis), and a title that states
 * what the chart shows (a finding, usually through a verdict). What is drawn
 * (units, years, scales) is said by a subtitle the page writes from the data.
 */
/**
 * How a chart draws its figures: `rows`, an indicator a row, each on a scale
 * of its own (the default); `line`, the figures of one unit over the years on
 * one scale, a line per indicator (for when a series has several years). A new
 * kind is a builder in src/charts/ named in src/charts/chart-kinds.ts.
 */
export const CHART_KINDS = ["rows", "line"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export interface ChapterChart {
  id: string;
  /** How the chart draws its figures (default `rows`). */
  kind?: ChartKind;
  indicators: string[];
  zh: {title: string};
  en: {title: string};
}

export interface ChapterContent {
  id: string;
  charts: ChapterChart[];
  verdicts?: Verdicts;
  zh: {title: string; narrative: string[]};
  en: {title: string; narrative: string[]};
}

export interface StoryStepContent {
  id: string;
  /** The explainer chart the step comes from (scoreboard, school-places, preschool-rates…): its link and its rows by default. */
  chart: string;
  /**
   * The rows the slide draws, when not all of the chart's: a room reads two
   * rows, not twelve. Steps that keep the same rows keep their marks, which
   * move to their new place from one step to the next.
   */
  indicators?: string[];
  /**
   * The figures shown: steps reveal baseline, then targets, then actuals. A status shows only once an actual or a pace is revealed.
   * The figures the caption names are called out on the chart when they are some of those drawn; each must be drawn.
   */
  reveal: Array<"baseline" | "actual" | "annual" | "target" | "district" | "pace">;
}

export interface StoryContent {
  id: string;
  steps: StoryStepContent[];
  verdicts?: Verdicts;
  /** Per step: a title that states the finding, a caption that carries its caveat, and notes to speak from (paragraphs separated by line breaks). */
  zh: {title: string; steps: Array<{title: string; caption: string; notes: string}>};
  en: {title: string; steps: Array<{title: string; caption: string; notes: string}>};
}

type Texts<T> = {zh: T; en: T};

/** The explainer's own prose and its order: the chapters and stories by id, the scoreboard's verdict, the comparisons. */
export interface ExplainerContent {
  chapters: string[];
  stories: string[];
  verdicts?: Verdicts;
  dek: Texts<string>;
  /** Who makes the explainer, and where to report an error. */
  project: {name: Texts<string>; homepage: string; issues: string};
  /** The first screen's finding (values: count, met, onTrack, behind, movingAway, noData, and breakdown: the statuses that occur, as a phrase). */
  summary: Texts<{finding: string}>;
  /** The scoreboard: the plan's main targets with comparable figures as a chart, the others as a list. */
  scoreboard: Texts<{heading: string; intro: string; title: string; noDataTitle: string; noDataIntro: string}>;
  comparisons: {
    /** Two indicators the documents invite a reader to compare, but that count different things. */
    notComparable: [string, string];
    zh: ComparisonTexts;
    en: ComparisonTexts;
  };
}

export interface ComparisonTexts {
  heading: string;
  dongcheng: {title: string; body: string};
  notComparable: {title: string; body: string; chartTitles: [string, string]};
  noCounterpart: {title: string; body: string};
}

/** content.json: everything above, chapters and stories in the explainer's order. */
export interface Content {
  explainer: ExplainerContent;
  chapters: ChapterContent[];
  stories: StoryContent[];
  /** The dataset's version and its release date (YYYY-MM-DD), from CHANGELOG.md: written by the build. */
  release?: {version: string; date: string};
}
