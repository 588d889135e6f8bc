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

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(rows: Row[]): string {
  const header: Row = {metric: "metric", page: "page", static: "static", ratio: "ratio", target: "target"};
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const w = {metric: width("metric"), page: width("page"), static: width("static"), ratio: width("ratio")};
  return all
    .map((r) => [r.metric.padEnd(w.metric), r.page.padStart(w.page), r.static.padStart(w.static), r.ratio.padStart(w.ratio), r.target].join("   ").trimEnd())
    .join("\n");
}
