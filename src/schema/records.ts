import type {Comparator} from "./comparators.ts";

/** How a raw source file is written, which decides how it is cleaned. */
export type SourceFormat = "html" | "markdown" | "text";

/** The curated inputs, as they are written in `data/`. */

export const SERIES = ["baseline", "target", "actual"] as const;
export const SCOPES = ["beijing", "dongcheng"] as const;
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
  sha256: string;
}

export interface RelatedIndicator {
  id: string;
  relation: "not-comparable" | "see-also";
  why_zh: string;
  why_en: string;
}

export interface IndicatorRecord {
  id: string;
  zh: string;
  en: string;
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
  period?: string;
  quote: string;
  figure?: string;
  expect: {value: number; unit: string; comparator: Comparator};
  unit_from_context?: string;
  note?: string;
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
