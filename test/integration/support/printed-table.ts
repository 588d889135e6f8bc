/**
 * Reading back what a snippet prints: pandas' `to_string`, R's data.frame
 * print and Node's console.table (Arquero's `print`), as rows of cells. A
 * cell is its text, or null for the client's missing value (NaN, NA, <NA>, null).
 */
export type Client = "python" | "r" | "js";
export type Cell = string | null;

const MISSING = new Set(["NaN", "NA", "<NA>", "null", "None"]);

function cell(text: string): Cell {
  const t = text.trim();
  if (MISSING.has(t)) return null;
  // console.table quotes strings: 'met'.
  return /^'.*'$/.test(t) ? t.slice(1, -1) : t;
}

/** The rows of a printed table, each as column → cell, for a client. */
export function printedRows(client: Client, text: string): Array<Record<string, Cell>> {
  const lines = text.split("\n").filter((l) => l.trim());
  if (client === "js") {
    const rows = lines.filter((l) => l.startsWith("│")).map((l) => l.split("│").slice(1, -1).map((c) => c.trim()));
    const [header, ...body] = rows;
    // The first column is console.table's (index).
    return body.map((r) => Object.fromEntries(header.slice(1).map((name, i) => [name, cell(r[i + 1])])));
  }
  // pandas and R align columns with spaces; no printed value here holds one.
  const [header, ...body] = lines.map((l) => l.trim().split(/\s+/));
  return body.map((r) => {
    if (r.length !== header.length) throw new Error(`a printed row with ${r.length} cells under ${header.length} columns: ${r.join(" ")}`);
    return Object.fromEntries(header.map((name, i) => [name, cell(r[i])]));
  });
}

/** Counts printed as "name count" pairs (pandas' Series.to_string, R's table as a data.frame, console.table), by name. */
export function printedCounts(client: Client, text: string): Record<string, number> {
  if (client === "js") return Object.fromEntries(printedRows("js", text).map((r) => [r.status ?? "null", Number(r.count)]));
  const pairs = text.split("\n").map((l) => l.trim().split(/\s+/)).filter((p) => p.length === 2 && /^\d+$/.test(p[1]));
  return Object.fromEntries(pairs.map(([name, n]) => [name, Number(n)]));
}

/** The part of the output after the line that reads `marker` (a whole line, or a line ending with it). */
export function after(text: string, marker: RegExp): string {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => marker.test(l));
  if (at < 0) throw new Error(`no line matching ${marker} in:\n${text}`);
  return lines.slice(at + 1).join("\n");
}
