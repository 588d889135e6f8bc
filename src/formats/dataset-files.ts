import type {ObservationRow} from "../schema/tables.ts";
import {columnsOf, OBSERVATION_FIELDS} from "../schema/tables.ts";
import {toCsv} from "./csv.ts";

const COLUMNS = columnsOf(OBSERVATION_FIELDS);
const CODES = COLUMNS.filter((c) => OBSERVATION_FIELDS[c].kind === "code");

/** Rows reduced to exactly the published columns of observations.csv, in order. */
export function publishedRows(rows: readonly ObservationRow[]): ObservationRow[] {
  return rows.map((row) => Object.fromEntries(COLUMNS.map((c) => [c, row[c]])) as unknown as ObservationRow);
}

/**
 * The CSV a reader downloads: the columns of observations.csv, codes as they
 * are, with a byte-order mark for spreadsheets unless `bom` is false (a Data
 * Package's CSV, which Frictionless clients read without one).
 */
export function rowsToCsv(rows: readonly ObservationRow[], {bom = true}: {bom?: boolean} = {}): string {
  return toCsv(publishedRows(rows) as unknown as Array<Record<string, unknown>>, {columns: COLUMNS, codeColumns: CODES, bom});
}

/** The same rows as JSON, formatted as the published observations.json is. */
export function rowsToJson(rows: readonly ObservationRow[]): string {
  return JSON.stringify(publishedRows(rows), null, 1) + "\n";
}
