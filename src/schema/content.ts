import type {SiteSettings} from "./site.ts";
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
 * different units may share a chart, never an axis). The build keeps a chart
 * only where its figures compare: every row holds two or more figures of its
 * indicator, for one place, on one scale (a baseline, the latest figure, a
 * target, the pace a five-year total needs). Its title states the finding
 * with its number and year (slots, never typed); its subtitle says in one
 * plain sentence what is drawn (what is counted, the unit, how the scales run).
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
  zh: ChartTexts;
  en: ChartTexts;
}

export interface ChartTexts {
  title: string;
  subtitle: string;
}

/**
 * The statuses a text was written for, by indicator (the status of the city's
 * plan target): an editor writes for today's data, and the build stops when a
 * status moves, so that no sentence outlives the figures it was written about.
 */
export type WrittenFor = Record<string, Status>;

export interface ChapterContent {
  id: string;
  charts: ChapterChart[];
  writtenFor?: WrittenFor;
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
  writtenFor?: WrittenFor;
  verdicts?: Verdicts;
  /**
   * The title; the news in one sentence (the handout's cover prints it; without one, the first step's caption);
   * per step, a title that states the finding, a caption that carries its caveat, and notes to speak from
   * (paragraphs separated by line breaks).
   */
  zh: StoryTexts;
  en: StoryTexts;
}

export interface StoryTexts {
  title: string;
  bottomLine?: string;
  steps: Array<{title: string; caption: string; notes: string}>;
}

type Texts<T> = {zh: T; en: T};

/** The explainer's own prose and its order: the chapters and stories by id, the scoreboard's verdict, the comparisons. */
export interface ExplainerContent {
  chapters: string[];
  stories: string[];
  /** The statuses the explainer's own prose (scoreboard title, comparisons) was written for. */
  writtenFor?: WrittenFor;
  verdicts?: Verdicts;
  dek: Texts<string>;
  /** Who makes the explainer and the dataset. (Where the site lives and where to report an error are build settings: `site`.) */
  project: {name: Texts<string>};
  /** The scoreboard: the plan's main targets with comparable figures as a chart (its title and subtitle as a chart's), the others as a list. */
  scoreboard: Texts<{heading: string; intro: string; title: string; subtitle: string; noDataTitle: string; noDataIntro: string}>;
  /** What the documents invite a reader to compare but must not (a district's target and the city's), and where the rest of the figures are. */
  comparisons: Texts<ComparisonTexts>;
}

export interface ComparisonTexts {
  heading: string;
  /**
   * A comparison per place, by its id in data/scopes.json (a district's target
   * against the city's): a new district's is an entry here, in each language.
   */
  scopes: Record<string, ScopeComparisonText>;
  /** The Thirteenth Five-Year Plan's other results, which no target follows: said in a sentence that leads to the data view, not listed. */
  noCounterpart: {title: string; body: string; link: string};
}

/** A place's comparison: its heading, and its body, a template with data slots. */
export interface ScopeComparisonText {
  title: string;
  body: string;
}

/** The tracker's groups of targets: the plan's headline targets (main targets and five-year totals), its others, a district's. */
export const TRACKER_GROUPS = ["headline", "other", "district"] as const;
export type TrackerGroup = (typeof TRACKER_GROUPS)[number];

/**
 * The first screen and the tracker, in one language (content/tracker.json).
 * Sentences are templates: the data slots above, and the row's own values,
 * {name} {latest} {latestN} (without its unit word) {latestYear} {target} {targetYear} {baseline} {baselineYear}
 * {gap} {needed} {reported} {reportedYears} {missing} {otherName}; the page
 * fills them from the row's figures, so no figure is ever typed.
 */
export interface TrackerTexts {
  heading: string;
  intro: string;
  /** The table's caption (values: count). */
  caption: string;
  groups: Record<TrackerGroup, string>;
  /** The first screen's finding, by how many headline targets can be checked (values: checkable, breakdown, total, main, totals). */
  lead: {none: string; some: string; all: string};
  /**
   * The first screen's sentence on the headline targets whose figure cannot be checked (values: m, their number), set apart
   * from the finding: by what the figures count (`part`, `other`; `mixed` when they differ, required), optionally by the
   * number's plural category first (`part/one`).
   */
  aside: Record<string, string>;
  /** The headline targets with no figure since the plan, in a sentence (values: n). */
  rest: string;
  /** The link from the first screen to the tracker (values: count). */
  more: string;
  /**
   * What a row's figures show, by verdict: the most specific key that exists
   * is used: `status/why/counts`, `status/why/scope`, `status/why`, `status`
   * (why: the reason a target has no verdict, or the method of one).
   */
  sentences: Record<string, string>;
  /** A sentence written for one target (by target id), where the general one would say less. */
  rows?: Record<string, string>;
}

export type TrackerContent = Texts<TrackerTexts>;

/** The keys of a target's sentence, most specific first: `status/why/counts`, `status/why/scope`, `status/why`, `status` (why: its status_reason). */
export function sentenceKeys(s: {status: string; status_reason: string; counts: string | null; scope: string}): string[] {
  const why = `${s.status}/${s.status_reason}`;
  return [...(s.counts ? [`${why}/${s.counts}`] : []), `${why}/${s.scope}`, why, s.status];
}

/** content.json: everything above, chapters and stories in the explainer's order. */
export interface Content {
  explainer: ExplainerContent;
  tracker: TrackerContent;
  chapters: ChapterContent[];
  stories: StoryContent[];
  /** The dataset's version and its release date (YYYY-MM-DD), from CHANGELOG.md: written by the build. */
  release?: {version: string; date: string};
  /** The site's address and the corrections contact, as the build was told them (src/build/site-settings.ts): written by the build. */
  site?: SiteSettings;
}
