/**
 * The CSV writer for every published file and download: UTF-8
 * with a byte-order mark (so Excel reads Chinese), comma-separated, safe to open
 * in a spreadsheet that splits on commas, semicolons or tabs, with or without
 * LibreOffice's "trim spaces". test/integration/csv-libreoffice.test.ts proves it in
 * LibreOffice. The rules, and why, as measured with LibreOffice 7.4:
 *
 * 1. Every field is quoted, numbers and codes included. Quoting only the cells
 *    that hold `;` or TAB is not enough: a reader splitting on `;` finds the
 *    line `id,"x;=1+1"` as `id,"x` and `=1+1"`, a formula. When a line starts
 *    and ends with a quote, LibreOffice reads all of it as one quoted field
 *    under a separator we did not write, and nothing in it starts a cell.
 *    (Calc reads a quoted number as a number unless the user ticks "quoted
 *    field as text".)
 * 2. Free text gets one leading `'` when, after any white space and double
 *    quotes, it starts with `=` `+` `-` `@` (Calc runs `=`; Excel also the
 *    others) or `;`, or when that lead holds a TAB, CR or LF: a quote followed
 *    by those ends the quoted run early (`"a",";=1+1"` ends at `";`). Full-width
 *    ＝＋－＠ are left alone: Calc does not run them.
 * 3. A row cannot be read as one run when a text cell holds a line break (Calc
 *    then starts a new row there) or its last cell is empty or only quotes
 *    (its run does not close). Then every `;`, TAB and line break in the file
 *    may start a cell, and an apostrophe cannot help mid-text: if the file has
 *    such a row, text with a formula start after one of them makes toCsv throw.
 * 4. Code columns (ids, enum codes) are never changed: a code cell must be a
 *    number or a plain code not starting with `-`, or toCsv throws.
 *
 * Writing needs our own quoting: d3-dsv's csvFormat quotes a field only when it
 * holds `,` `"` CR or LF, and never neutralises, so `x;=1+1` would go out bare.
 * Reading is d3-dsv's job in the tests.
 */
export const BOM = "\ufeff";

const CODE = /^(?!-)[A-Za-z0-9_.:/-]*$/;
const LEAD = /^[\s"]*/;
const SPLIT_THEN_FORMULA = /[;\t\r\n][\s"]*[=+\-@]/;

/** Rule 2, for free text only. */
export function neutralise(text: string): string {
  const lead = LEAD.exec(text)![0];
  return /^[=+\-@;]/.test(text.slice(lead.length)) || /[\t\r\n]/.test(lead) ? `'${text}` : text;
}

/** Always quotes (rule 1), doubling embedded quotes as RFC 4180 says. */
export function quoteField(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export interface CsvOptions<K extends string> {
  columns: readonly K[];
  /** Columns of ids and enum codes: written unchanged, or toCsv throws. */
  codeColumns?: readonly K[];
  /** Prepend a byte-order mark (default true). */
  bom?: boolean;
}

/** A cell as written, before quoting; `free` marks free text, the only cells rule 3 looks into. */
interface Cell {
  text: string;
  free: boolean;
}

function numberCell(value: number): Cell {
  // Numbers stay numbers (a spreadsheet must be able to sum value_base); a non-finite one is no value.
  return {text: Number.isFinite(value) ? String(value) : "", free: false};
}

function codeCell(value: unknown, where: string): Cell {
  if (value === null || value === undefined) return {text: "", free: false};
  if (typeof value === "number") return numberCell(value);
  if (typeof value === "string" && CODE.test(value)) return {text: value, free: false};
  throw new Error(`CSV: ${where} is a code column but holds ${JSON.stringify(value)}, not a plain code (${CODE.source}) or a number`);
}

function freeCell(value: unknown): Cell {
  if (value === null || value === undefined) return {text: "", free: false};
  if (typeof value === "number") return numberCell(value);
  return {text: neutralise(String(value)), free: true};
}

export function toCsv<K extends string>(rows: ReadonlyArray<Partial<Record<K, unknown>>>, {columns, codeColumns = [], bom = true}: CsvOptions<K>): string {
  const codes = new Set<K>(codeColumns);
  const lines: Cell[][] = [columns.map((c) => freeCell(c))];
  rows.forEach((row, i) => lines.push(columns.map((c) => (codes.has(c) ? codeCell(row[c], `row ${i + 1} column ${c}`) : freeCell(row[c])))));
  checkSplitRows(lines, columns);
  return (bom ? BOM : "") + lines.map((cells) => cells.map((cell) => quoteField(cell.text)).join(",")).join("\r\n") + "\r\n";
}

const lineName = (i: number) => (i === 0 ? "the header" : `row ${i}`);

/** Rule 3: if some line cannot be read as one quoted run, no text may hold a formula start after ; TAB or a line break. */
function checkSplitRows(lines: readonly Cell[][], columns: readonly string[]): void {
  const split = lines.findIndex((cells) => cells.some((c) => c.free && /[\r\n]/.test(c.text)) || /^"*$/.test(cells.at(-1)?.text ?? ""));
  if (split < 0) return;
  lines.forEach((cells, i) => cells.forEach((cell, j) => {
    if (!cell.free || !SPLIT_THEN_FORMULA.test(cell.text)) return;
    throw new Error(`CSV: ${lineName(i)}, column ${columns[j]}, holds ${JSON.stringify(cell.text)}: a formula start after ; TAB or a line break. ` +
      `A spreadsheet splitting on ; or TAB would start a cell there, because ${lineName(split)} has a line break or an empty last cell; no apostrophe can prevent that.`);
  }));
}
