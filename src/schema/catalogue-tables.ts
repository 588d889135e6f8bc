import {code, int, optional, text, type Fields} from "./fields.ts";
import {BASES, BETTER, DOMAINS, RELATION_KINDS, SCOPES, SOURCE_KINDS, type Basis, type Better, type Domain, type RelationKind, type SourceRecord} from "./records.ts";

/** One indicator: what it counts, in what unit, and which way is better. */
export interface IndicatorRow {
  id: string;
  name_zh: string;
  name_en: string;
  definition_zh: string;
  definition_en: string;
  domain: Domain;
  unit: string;
  basis: Basis;
  period_years: number | null;
  better: Better;
  main_target: boolean;
}

export const INDICATOR_FIELDS: Fields<IndicatorRow> = {
  id: code("Stable id of the indicator; one concept across documents shares one id."),
  name_zh: text("Name in Chinese."),
  name_en: text("Name in English."),
  definition_zh: text("What the indicator counts, in Chinese."),
  definition_en: text("What the indicator counts, in English."),
  domain: code("Area of the education system.", DOMAINS),
  unit: text("The base unit every figure of the indicator is converted to."),
  basis: code("What every figure of the indicator counts (see observations.basis).", BASES),
  period_years: optional(int("For a cumulative indicator, how many years each figure sums; empty otherwise.")),
  better: code("Which direction is better: higher, lower, or neutral (a count with no better direction).", BETTER),
  main_target: {type: "boolean", description: "Whether the indicator is one of the main targets (主要目标) of the five-year plan."}
};

/** A declared link between two indicators, seen from the first, and why: each pair has one row each way. */
export interface RelationRow {
  indicator_id: string;
  related_id: string;
  relation: RelationKind;
  counts: "same" | "part" | null;
  why_zh: string;
  why_en: string;
}

export const RELATION_FIELDS: Fields<RelationRow> = {
  indicator_id: code("The indicator (see indicators)."),
  related_id: code("The related indicator (see indicators)."),
  relation: code("not-comparable: looks alike but counts something else; see-also: related, not compared; pace: the indicator's cumulative target is judged against the related indicator's yearly figures; paced-by: the other side of a pace. Every pair has a row each way (pace one way, paced-by the other).", RELATION_KINDS),
  counts: optional(code("For pace and paced-by: whether the yearly figures count the same thing as the total (same) or only part of it (part: a lower bound, which can show the total on track but never behind). Empty for other relations.", ["same", "part"])),
  why_zh: text("Why, from the indicator's side, in Chinese."),
  why_en: text("Why, from the indicator's side, in English.")
};

/** One source document. */
/** The curated source record as published: its period as two years, where its cleaned text is, and how its mentions are accounted for. */
export interface SourceRow extends Omit<SourceRecord, "file" | "format" | "period" | "sha256"> {
  raw_sha256: string;
  period_start: number;
  period_end: number;
  text_path: string;
  mentions: number;
  used: number;
  excluded: number;
  unaccounted: number;
}

export const SOURCE_FIELDS: Fields<SourceRow> = {
  id: code("Stable id of the document."),
  title_zh: text("Title in Chinese, as the document gives it."),
  title_en: text("Title in English (a translation)."),
  issuer_zh: text("Issuer in Chinese; joint issuers joined by 、."),
  issuer_en: text("Issuer in English; joint issuers joined by \"; \"."),
  date: text("Date of the document (or of the copy used; see date_note), as precise as known: YYYY, YYYY-MM or YYYY-MM-DD."),
  date_note: optional(text("What the date is, when it is not the document's own date.")),
  kind: code("The kind of document.", SOURCE_KINDS),
  scope: code("Whom the document speaks for.", SCOPES),
  document_number: optional(text("The document number (文号), when it has one.")),
  period_start: int("First year the document speaks for."),
  period_end: int("Last year the document speaks for."),
  raw_sha256: code("sha256 of the raw file as received (data/sources/raw/ in the project; not in this package). The cleaned text this package publishes has its own size and hash in datapackage.json."),
  text_path: text("Path of the cleaned text in this package; all offsets refer to it."),
  mentions: int("Number-bearing mentions found in the cleaned text."),
  used: int("Mentions that are the figure of an observation."),
  excluded: int("Mentions excluded from the dataset, each with a reason (data/exclusions/)."),
  unaccounted: int("Mentions neither used nor excluded (always 0: the build fails otherwise).")
};

