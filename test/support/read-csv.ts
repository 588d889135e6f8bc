import {csvParseRows} from "d3";

/** A CSV file's rows as a plain reader sees them (d3-dsv), a byte-order mark skipped. */
export function parseCsv(text: string): string[][] {
  return csvParseRows(text.startsWith("\ufeff") ? text.slice(1) : text);
}
