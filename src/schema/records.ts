import type {Comparator} from "./comparators.ts";

/** How a raw source file is written, which decides how it is cleaned. */
export type SourceFormat = "html" | "markdown" | "text";

/** The curated inputs, as they are written in `data/`. */

export const SERIES = ["baseline", "target", "actual"] as const;
export const SCOPES = ["beijing", "dongcheng"] as const;
/**
 * What a figure counts. Two figures of one indicator are comparable only when
 * they count the same thing, so one indicator has one basis.
 * - level: a rate or a stock at a point in time (its period is one year);
 * - flow: an amount per year (its period is that year, or the years over which it recurs: 每年 …);
 * - cumulative: a total summed over its period (五年累计 …);
 * - batch: one batch or tranche of a programme, not its total (its period is the year it was named).
 */
export const BASES = ["level", "flow", "cumulative", "batch"] as const;
export const BETTER = ["higher", "lower", "neutral"] as const;
export const SOURCE_KINDS = ["five-year-plan", "annual-work-summary", "district-annual-plan"] as const;
export const DOMAINS = [
  "preschool", "compulsory", "high-school", "vocational", "higher-ed", "teachers", "whole-person",
  "digital", "places", "lifelong", "exams-employment", "opening", "governance"
] as const;
export const EXCLUSION_REASONS = [
  "date", "period", "ordinal", "anniversary", "document-number", "section-number", "name", "idiom",
  "qualifier", "restatement", "not-a-quantity-of-the-system", "markup"
] as const;

/**
 * How one indicator relates to another. not-comparable: looks alike but counts
 * something else; see-also: related, not compared; pace: this indicator's
 * cumulative target is judged against the related flow indicator's yearly
 * figures as a pace (needed per year against reported per year).
 */


export type Series = (typeof SERIES)[number];
export type Scope = (typeof SCOPES)[number];
export type Basis = (typeof BASES)[number];
export type Better = (typeof BETTER)[number];
export type Domain = (typeof DOMAINS)[number];
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface SourceRecord {
  id: string;
  file: string;
  format: SourceFormat;
  title_zh: string;
  title_en: string;
  issuer_zh: string;
  issuer_en: string;
  date: string;
  date_note: string | null;
  kind: (typeof SOURCE_KINDS)[number];
  scope: Scope;
  document_number: string | null;
  /** The years the document speaks for, "YYYY-YYYY": a five-year plan its five years, an annual document its year. */
  period: string;
  sha256: string;
}

/**
 * not-comparable: looks alike but counts something else; see-also: related, not compared;
 * pace: this indicator's cumulative target is judged against the related flow
 * indicator's yearly figures as a pace (needed per year against reported per year);
 * paced-by: the other side of a pace (this indicator's yearly figures judge the related total).
 */
export const RELATION_KINDS = ["not-comparable", "see-also", "pace", "paced-by"] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** The kind a relation has seen from its other side: every relation is declared on both. */
export const INVERSE: Readonly<Record<RelationKind, RelationKind>> = {"not-comparable": "not-comparable", "see-also": "see-also", "pace": "paced-by", "paced-by": "pace"};

export interface RelatedIndicator {
  id: string;
  relation: RelationKind;
  /**
   * For pace and paced-by: what the yearly figures count of what the total
   * counts, `same` (the default) or `part` (a lower bound: the total also counts
   * something the yearly figures leave out). Declared alike on both sides.
   */
  counts?: "same" | "part";
  /** Why, from this indicator's side: what the two count differently, if anything. */
  why_zh: string;
  why_en: string;
}

export interface IndicatorRecord {
  id: string;
  zh: string;
  en: string;
  /** What the indicator counts, in a sentence: who or what, where, and how it is counted. */
  definition_zh: string;
  definition_en: string;
  domain: Domain;
  unit: string;
  better: Better;
  main_target?: boolean;
  related?: RelatedIndicator[];
}

export interface ObservationRecord {
  id: string;
  indicator: string;
  series: Series;
  scope: Scope;
  year: number;
  basis: Basis;
  /**
   * "YYYY-YYYY", ending in `year`: required for a cumulative figure (the years summed),
   * allowed for a flow that recurs each year over several years (每年 …); a level,
   * a batch and a single year's flow have the period of their year.
   */
  period?: string;
  quote: string;
  figure?: string;
  expect: {value: number; unit: string; comparator: Comparator};
  unit_from_context?: string;
  note?: string;
}

/**
 * An English translation of an observation's quote, for readers of the English
 * page (data/translations/<source>.json): shown beside the Chinese and marked as
 * a translation. Its numbers must be numbers the quote states; none is typed.
 */
export interface TranslationRecord {
  id: string;
  en: string;
}

export interface ExclusionRecord {
  text: string;
  context?: string;
  all?: boolean;
  reason: ExclusionReason;
  note?: string;
}

/** A source as the extraction step sees it: its record, its raw text and that text's hash. */
export interface SourceInput {
  record: SourceRecord;
  raw: string;
  sha256: string;
}
