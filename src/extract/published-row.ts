/** The columns of `indicators.csv`, in order. The JSON rows carry exactly the same keys. */
export const COLUMNS = [
  "indicator_id", "indicator_zh", "indicator_en", "domain", "scope", "series", "year", "value", "unit",
  "comparator", "value_base", "unit_base", "source_id", "source_title", "quote", "quote_start", "quote_end"
] as const;

export type Column = (typeof COLUMNS)[number];

export const NUMERIC_COLUMNS: ReadonlySet<Column> = new Set(["year", "value", "value_base", "quote_start", "quote_end"]);

export type PublishedRow = {[K in Column]: K extends "year" | "value" | "value_base" | "quote_start" | "quote_end" ? number : string};
