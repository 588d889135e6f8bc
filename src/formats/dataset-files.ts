import {COLUMNS, type PublishedRow} from "../schema/published-row.ts";
import {toCsv} from "./csv.ts";

/** Rows reduced to exactly the published columns, in order. */
export function publishedRows(rows: readonly PublishedRow[]): PublishedRow[] {
  return rows.map((row) => Object.fromEntries(COLUMNS.map((c) => [c, row[c]])) as unknown as PublishedRow);
}

/** The CSV a researcher downloads: the columns of indicators.csv, BOM, RFC 4180, formulas neutralised. */
export function rowsToCsv(rows: readonly PublishedRow[]): string {
  return toCsv(publishedRows(rows), {columns: COLUMNS});
}

/** The same rows as JSON, formatted as the published indicators.json is. */
export function rowsToJson(rows: readonly PublishedRow[]): string {
  return JSON.stringify(publishedRows(rows), null, 1) + "\n";
}
