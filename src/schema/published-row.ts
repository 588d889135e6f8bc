import type {Comparator} from "./comparators.ts";
import type {Domain, Scope, Series} from "./records.ts";

/** The columns of `indicators.csv`, in order. The JSON rows carry exactly the same keys. */
export const COLUMNS = [
  "indicator_id", "indicator_zh", "indicator_en", "domain", "scope", "series", "year", "value", "unit",
  "comparator", "value_base", "unit_base", "source_id", "source_title", "quote", "quote_start", "quote_end"
] as const;

export type Column = (typeof COLUMNS)[number];

export const NUMERIC_COLUMNS: ReadonlySet<Column> = new Set(["year", "value", "value_base", "quote_start", "quote_end"]);

export interface PublishedRow {
  indicator_id: string;
  indicator_zh: string;
  indicator_en: string;
  domain: Domain;
  scope: Scope;
  series: Series;
  year: number;
  value: number;
  unit: string;
  comparator: Comparator;
  value_base: number;
  unit_base: string;
  source_id: string;
  source_title: string;
  quote: string;
  quote_start: number;
  quote_end: number;
}
