import type {Comparator} from "./comparators.ts";
import {COMPARATORS} from "./comparators.ts";
import {code, int, num, optional, text, type Fields} from "./fields.ts";
import {BASES, DOMAINS, SCOPES, SERIES, type Basis, type Domain, type Scope, type Series} from "./records.ts";
import {STATUS_CODES, STATUS_REASONS, type Status, type StatusReason} from "./statuses.ts";

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
  note: string | null;
  source_id: string;
  source_title: string;
  quote: string;
  quote_en: string;
  quote_start: number;
  quote_end: number;
  figure: string;
  figure_start: number;
  figure_end: number;
}

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
  status: optional(code("For a target: its verdict (met, on-track, behind, moving-away, too-early, not-comparable, no-figure) by the method in the README; empty for baselines and actuals.", STATUS_CODES)),
  status_reason: optional(code("For a target: how its verdict was decided (level, maintain, pace, year), or why it has none on progress (no-actual, no-baseline, other-measure, part, units, basis). See status.csv for the figures compared.", STATUS_REASONS)),
  note: optional(text("What a reader needs to know about the figure, in English.")),
  source_id: code("Id of the source document (see sources)."),
  source_title: text("Title of the source document, in Chinese."),
  quote: text("The words the figure is read from, verbatim from the cleaned source text."),
  quote_en: text("An English translation of the quote (a translation, not the source; curated in data/translations/). Every number in it is a number the quote states."),
  quote_start: int("Offset (in characters, from 0) of the quote in the cleaned source text sources/<source_id>.txt."),
  quote_end: int("Offset just past the end of the quote."),
  figure: text("The part of the quote that holds the figure and its qualifiers, as written."),
  figure_start: int("Offset of the figure in the cleaned source text."),
  figure_end: int("Offset just past the end of the figure.")
};

