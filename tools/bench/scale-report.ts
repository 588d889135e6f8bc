import os from "node:os";
import {FIRST_VIEW_BUDGET} from "../first-view.ts";
import type {Size} from "./scale-bench.ts";

const fmt = {
  s: (v: number) => `${v.toFixed(1)} s`,
  MB: (v: number | null) => (v === null ? "—" : `${(v / 1e6).toFixed(0)} MB`),
  MBf: (v: number | null) => (v === null ? "—" : `${(v / 1e6).toFixed(1)} MB`),
  kB: (v: number) => `${(v / 1000).toFixed(1)} kB`,
  ms: (v: number | null) => (v === null ? "—" : `${Math.round(v)} ms`)
};
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? "—" : `×${(a / b).toFixed(2)}`);

/** Whether each of bench:scale's targets is met by these sizes (the first is the base). */
export function scaleTargets(sizes: readonly Size[]): Array<[string, boolean]> {
  const base = sizes[0];
  const last = sizes.at(-1);
  return [
    [`first view ≤ ${FIRST_VIEW_BUDGET / 1000} kB gzip at every size`, sizes.every((s) => s.firstViewBytes <= FIRST_VIEW_BUDGET)],
    ["data view filter and sort ≤ 50 ms at the largest size (4× CPU)", !!last && last.filterMs !== null && last.sortMs !== null && last.filterMs <= 50 && last.sortMs <= 50],
    ["build time and memory grow no faster than the observations", sizes.slice(1).every((s) => {
      const n = s.observations / base.observations;
      return s.data.seconds / base.data.seconds <= n && s.pages.seconds / base.pages.seconds <= n && s.data.peakBytes / base.data.peakBytes <= n && s.pages.peakBytes / base.pages.peakBytes <= n;
    })]
  ];
}

/** The sizes as a table, each figure's growth against the smallest size, and the targets, met or missed. */
export function scaleReport(sizes: readonly Size[]): string {
  const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("   ");
  const header = ["size", "observations", "data step", "its memory", "static pages", "their memory", "first view", "first chart", "heap (first view)", "filter", "sort", "rows drawn", "heap (data view)"];
  const body = sizes.map((s) => [`${s.factor}×`, String(s.observations), fmt.s(s.data.seconds), fmt.MB(s.data.peakBytes), fmt.s(s.pages.seconds), fmt.MB(s.pages.peakBytes), fmt.kB(s.firstViewBytes), fmt.ms(s.chartVisibleMs), fmt.MBf(s.heapFirstView), fmt.ms(s.filterMs), fmt.ms(s.sortMs), String(s.rowsDrawn ?? "—"), fmt.MBf(s.heapDataView)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const lines = [`\nbench:scale · 360×740 @2x · 4× CPU · no network throttling · load average ${os.loadavg().map((n) => n.toFixed(2)).join(", ")}\n`, pad(header, widths), ...body.map((row) => pad(row, widths))];
  // Growth against the smallest size: each figure's ratio next to the observations' ratio.
  const base = sizes[0];
  if (base && sizes.length > 1) {
    lines.push(`\ngrowth against ${base.factor}× (observations ×N → figure ×M; "linear" means M ≤ N)`);
    for (const s of sizes.slice(1)) {
      const n = s.observations / base.observations;
      lines.push(`  ${s.factor}×: observations ×${n.toFixed(1)} → data step ${ratio(s.data.seconds, base.data.seconds)} (memory ${ratio(s.data.peakBytes, base.data.peakBytes)}), static pages ${ratio(s.pages.seconds, base.pages.seconds)} (memory ${ratio(s.pages.peakBytes, base.pages.peakBytes)}), first view ${ratio(s.firstViewBytes, base.firstViewBytes)}, first chart ${ratio(s.chartVisibleMs, base.chartVisibleMs)}, heap ${ratio(s.heapFirstView, base.heapFirstView)}`);
    }
  }
  lines.push("", ...scaleTargets(sizes).map(([what, met]) => `${met ? "met   " : "MISSED"}  ${what}`));
  return lines.join("\n");
}
