import type {Comparator} from "./comparators.ts";
import {COMPARATORS} from "./comparators.ts";
import {BASES, BETTER, DOMAINS, SCOPES, SERIES, SOURCE_KINDS, type Basis, type Better, type Domain, type Scope, type Series} from "./records.ts";
import {STATUS_CODES, STATUS_REASONS, type Method, type Status, type StatusReason} from "./statuses.ts";

/**
 * The published tables, column by column: the one definition the build writes
 * from, the Data Package describes, the CSV writer protects and the page checks
 * what it loads against. Each table's columns are in the order of its fields.
 */
export interface Field {
  type: "string" | "integer" | "number" | "boolean";
  /** code: an id or an enum value, written and read as it is (never neutralised); text: free text. */
  kind?: "code" | "text";
  /** Whether a value may be missing (an empty cell, JSON null). */
  optional?: boolean;
  enum?: readonly string[];
  description: string;
}

export type Fields<Row> = {readonly [K in keyof Row]-?: Field};

/** One figure read from a source: what it says, what it counts, where it stands, and where it is. */
export interface ObservationRow {
  observation_id: string;
  indicator_id: string;
  indicator_zh: string;
  indicator_en: string;
  domain: Domain;
  scope: Scope;
  series: Series;
  basis: Basis;
  period_start: number;
  period_end: number;
  year: number;
  value: number;
  value_upper: number | null;
  unit: string;
  comparator: Comparator;
  value_base: number;
  value_upper_base: number | null;
  unit_base: string;
  status: Status | null;
  status_reason: StatusReason | null;
  source_id: string;
  source_title: string;
  quote: string;
  quote_start: number;
  quote_end: number;
  figure: string;
  figure_start: number;
  figure_end: number;
  note: string | null;
}

const code = (description: string, values?: readonly string[]): Field => ({type: "string", kind: "code", description, ...(values ? {enum: values} : {})});
const text = (description: string): Field => ({type: "string", kind: "text", description});
const int = (description: string): Field => ({type: "integer", description});
const num = (description: string): Field => ({type: "number", description});
const optional = (field: Field): Field => ({...field, optional: true});

export const OBSERVATION_FIELDS: Fields<ObservationRow> = {
  observation_id: code("Stable id of the figure: <source_id>/<slug>."),
  indicator_id: code("Id of the indicator (see indicators). Two rows with the same indicator_id and scope count the same thing and can be compared."),
  indicator_zh: text("Indicator name in Chinese."),
  indicator_en: text("Indicator name in English."),
  domain: code("Area of the education system the indicator belongs to.", DOMAINS),
  scope: code("Whom the figure covers: all of Beijing, or one district.", SCOPES),
  series: code("baseline: a 13th five-year plan (2016–2020) result; target: a target (of the five-year plan, a district or a single year); actual: a reported result.", SERIES),
  basis: code("What the figure counts: level (a rate or stock at a point in time), flow (an amount per year), cumulative (a total over period_start–period_end), batch (one batch of a programme, not its total).", BASES),
  period_start: int("First year the figure covers (a level or a single year's flow: its year; a cumulative total: the first year summed)."),
  period_end: int("Last year the figure covers."),
  year: int("The year the figure refers to: period_end."),
  value: num("The number as written in the quote (16 for 16万个)."),
  value_upper: optional(num("The upper end of a range as written (2 for 1—2所); empty otherwise.")),
  unit: text("The unit as written, multiplier included (万个, 亿元, %)."),
  comparator: code("What the figure claims: eq (reaches, is), ge (以上, 不少于: or more), gt (超过, 余, 多: more than), approx (左右, 约, 近: about), le (or less), lt (less than).", COMPARATORS),
  value_base: num("The value in the base unit (160000 for 16万个)."),
  value_upper_base: optional(num("value_upper in the base unit.")),
  unit_base: text("The base unit (个, 元, %, 年, 人次, …). Figures in different base units are never compared."),
  status: optional(code("For a target: where it stands (met, on-track, behind, moving-away, no-data) by the method in the README; empty for baselines and actuals.", STATUS_CODES)),
  status_reason: optional(code("For a target: how the status was decided (level, maintain, pace, year), or for no-data what is missing (no-actual, no-baseline, units, basis). See status.csv for the figures compared.", STATUS_REASONS)),
  source_id: code("Id of the source document (see sources)."),
  source_title: text("Title of the source document, in Chinese."),
  quote: text("The words the figure is read from, verbatim from the cleaned source text."),
  quote_start: int("Offset (in characters, from 0) of the quote in the cleaned source text sources/<source_id>.txt."),
  quote_end: int("Offset just past the end of the quote."),
  figure: text("The part of the quote that holds the figure and its qualifiers, as written."),
  figure_start: int("Offset of the figure in the cleaned source text."),
  figure_end: int("Offset just past the end of the figure."),
  note: optional(text("What a reader needs to know about the figure, in English."))
};

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

/** A declared link between two indicators, and why. */
export interface RelationRow {
  indicator_id: string;
  related_id: string;
  relation: "not-comparable" | "see-also" | "pace";
  why_zh: string;
  why_en: string;
}

export const RELATION_FIELDS: Fields<RelationRow> = {
  indicator_id: code("The indicator (see indicators)."),
  related_id: code("The related indicator (see indicators)."),
  relation: code("not-comparable: looks alike but counts something else; see-also: related, not compared; pace: the indicator's cumulative target is judged against the related indicator's yearly figures.", ["not-comparable", "see-also", "pace"]),
  why_zh: text("Why, in Chinese."),
  why_en: text("Why, in English.")
};

/** One source document. */
export interface SourceRow {
  id: string;
  title_zh: string;
  title_en: string;
  issuer_zh: string;
  issuer_en: string;
  date: string;
  date_note: string | null;
  kind: string;
  scope: Scope;
  document_number: string | null;
  period_start: number;
  period_end: number;
  sha256: string;
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
  issuer_zh: text("Issuer in Chinese."),
  issuer_en: text("Issuer in English."),
  date: text("Date of the document (or of the copy used; see date_note), as precise as known: YYYY, YYYY-MM or YYYY-MM-DD."),
  date_note: optional(text("What the date is, when it is not the document's own date.")),
  kind: code("The kind of document.", SOURCE_KINDS),
  scope: code("Whom the document speaks for.", SCOPES),
  document_number: optional(text("The document number (文号), when it has one.")),
  period_start: int("First year the document speaks for."),
  period_end: int("Last year the document speaks for."),
  sha256: code("sha256 of the raw file as received."),
  text_path: text("Path of the cleaned text in this package; all offsets refer to it."),
  mentions: int("Number-bearing mentions found in the cleaned text."),
  used: int("Mentions that are the figure of an observation."),
  excluded: int("Mentions excluded from the dataset, each with a reason (data/exclusions/)."),
  unaccounted: int("Mentions neither used nor excluded (always 0: the build fails otherwise).")
};

/** One target and the figures its status compares. */
export interface StatusRow {
  target_id: string;
  indicator_id: string;
  scope: Scope;
  status: Status;
  status_reason: StatusReason;
  method: Method;
  baseline_id: string | null;
  actual_id: string | null;
  progress: number | null;
  due: number | null;
  needed_per_year: number | null;
  reported_per_year: number | null;
  reported_years: string | null;
  unreported_years: string | null;
}

export const STATUS_FIELDS: Fields<StatusRow> = {
  target_id: code("The target (see observations)."),
  indicator_id: code("The target's indicator."),
  scope: code("The target's scope.", SCOPES),
  status: code("Where the target stands.", STATUS_CODES),
  status_reason: code("How it was decided, or for no-data what is missing.", STATUS_REASONS),
  method: code("level, maintain, pace or year (see the README's status method).", ["level", "maintain", "pace", "year"]),
  baseline_id: optional(code("The baseline compared (the latest before the actual), if any.")),
  actual_id: optional(code("The actual compared: the latest one of the indicator (for pace, of the indicator it is paced by) in the same scope, up to the target's year.")),
  progress: optional(num("(actual − baseline) ÷ (target − baseline), for the level method.")),
  due: optional(num("The share of that change due by the actual's year on a straight path from the baseline's year to the target's.")),
  needed_per_year: optional(num("For pace: the cumulative target divided by the years of its period.")),
  reported_per_year: optional(num("For pace: the mean of the yearly figures reported within the period.")),
  reported_years: optional(text("For pace: the years reported, separated by spaces.")),
  unreported_years: optional(text("For pace: the years of the period up to the latest report that no document reports, separated by spaces."))
};

/** The column names of a table, in order. */
export function columnsOf<Row>(fields: Fields<Row>): Array<keyof Row & string> {
  return Object.keys(fields) as Array<keyof Row & string>;
}
