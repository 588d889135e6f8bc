/**
 * CSV that a spreadsheet opens safely: UTF-8 with a byte-order mark (so Excel
 * reads Chinese), RFC 4180 quoting, and text cells that a spreadsheet would run
 * as a formula neutralised with a leading apostrophe (OWASP's CSV injection advice).
 */
export const BOM = "\ufeff";

const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** What a code cell may hold: ids and enum values never need quoting or neutralising. */
const CODE = /^[A-Za-z0-9_.:/-]*$/;

function formatCell(value: unknown, code: boolean): string {
  if (value === null || value === undefined) return "";
  // Numbers stay numbers: a spreadsheet must be able to sum value_base.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return String(value);
  const text = String(value);
  if (code) {
    // A code is written as it is, never altered; anything else in a code column is a bug upstream.
    if (!CODE.test(text) || FORMULA_START.test(text)) throw new Error(`not a code: ${JSON.stringify(text)}`);
    return text;
  }
  return quoteField(neutralise(text));
}

export interface CsvOptions<K extends string> {
  columns: readonly K[];
  /** Columns that hold codes (ids, enum values): written unchanged, and checked to be codes. */
  codes?: ReadonlySet<string>;
  /** Prepend a byte-order mark (default true). */
  bom?: boolean;
}

export function toCsv<K extends string>(rows: ReadonlyArray<Partial<Record<K, unknown>>>, {columns, codes = new Set(), bom = true}: CsvOptions<K>): string {
  const lines = [columns.map((c) => quoteField(c)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => formatCell(row[c], codes.has(c))).join(","));
  return (bom ? BOM : "") + lines.join("\r\n") + "\r\n";
}

/** An RFC 4180 reader, for round-trip tests and for checking downloads. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (field !== "" || row.length) row.push(field), rows.push(row);
  return rows;
}
