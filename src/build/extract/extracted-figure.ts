import type {Comparator} from "../../schema/comparators.ts";
import type {Basis, Scope, Series} from "../../schema/records.ts";

/**
 * What the extraction step knows of one figure: the curated facts, verified
 * against the source and parsed from it. The table stages (src/build/tables/)
 * join the indicator and source columns and the status to make the published row.
 */
export interface ExtractedFigure {
  observation_id: string;
  indicator_id: string;
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
  source_id: string;
  quote: string;
  quote_start: number;
  quote_end: number;
  figure: string;
  figure_start: number;
  figure_end: number;
  note: string | null;
}
