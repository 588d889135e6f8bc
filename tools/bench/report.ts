/** Medians and the printed table. */

export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const ratio = (page: number | null, reference: number | null): number | null =>
  page === null || reference === null || reference <= 0 ? null : page / reference;

export const ms = (value: number | null) => (value === null ? "—" : `${Math.round(value)} ms`);
export const kB = (bytes: number | null) => (bytes === null ? "—" : `${(bytes / 1000).toFixed(1)} kB`);
export const MB = (bytes: number | null) => (bytes === null ? "—" : `${(bytes / 1e6).toFixed(1)} MB`);
export const score = (value: number | null) => (value === null ? "—" : String(value));
export const times = (value: number | null) => (value === null ? "—" : value.toFixed(2));

export interface Row {
  metric: string;
  page: string;
  static: string;
  ratio: string;
  target: string;
}

/** Rows of cells as columns, each padded to its widest cell: the `right` columns (numbers) right-aligned. */
export function aligned(rows: string[][], {right = [] as number[], gap = "  "} = {}): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (right.includes(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join(gap).trimEnd()).join("\n");
}

/** The bench's table: metric, page, static, ratio and target, numbers right-aligned. */
export function table(rows: Row[]): string {
  const header: Row = {metric: "metric", page: "page", static: "static", ratio: "ratio", target: "target"};
  return aligned([header, ...rows].map((r) => [r.metric, r.page, r.static, r.ratio, r.target]), {right: [1, 2, 3], gap: "   "});
}
