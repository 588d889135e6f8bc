import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import os from "node:os";
import {dirname, join} from "node:path";
import {launchChromium} from "../chromium.ts";
import {serveStatic} from "../static-server.ts";
import {measure, CPU_SLOWDOWN} from "./measure.ts";
import {median, ms, ratio, times} from "./report.ts";
import {figureAlone, withoutScripts} from "./reference-pages.ts";
import {siteToMeasure} from "./site-to-measure.ts";
import {buildStaticPage} from "./static-page.ts";

export interface BreakdownOptions {
  /** The project's root: dist/ is measured, bench/breakdown.json written. */
  root: string;
  /** Cold loads of each page, alternated. */
  runs?: number;
  build?: boolean;
  log?: (...parts: unknown[]) => void;
}

/** From the whole page down to the static limit: each row takes one thing out of the row above. */
const STEPS = [
  {key: "page", name: "the page", takesOut: "—"},
  {key: "noScripts", name: "its HTML and CSS, no script", takesOut: "the scripts"},
  {key: "figure", name: "the first chart's figure alone", takesOut: "the rest of the page"},
  {key: "static", name: "the bare SVG (static limit)", takesOut: "the chart's title, subtitle, legend"}
] as const;

/**
 * `npm run bench:breakdown`: where the page's first chart spends its time
 * beyond the static limit. Cold loads on the bench's phone (4× CPU, no
 * network throttling) of the page, the page without scripts, the chart's
 * figure alone and the bare SVG, alternated run by run. Prints each page's
 * median first paint and first chart, the chart's ratio to the bare SVG and
 * what the step from the row above cost; writes every run to
 * bench/breakdown.json.
 */
export async function runBreakdown({root, runs = 9, build = true, log = console.error}: BreakdownOptions): Promise<string> {
  const dist = siteToMeasure({root, build, log, name: "bench:breakdown"});
  const site = mkdtempSync(join(os.tmpdir(), "bench-breakdown-"));
  const temporary = [site];
  try {
    cpSync(dist, site, {recursive: true});
    const html = readFileSync(join(site, "index.html"), "utf8");
    // Beside index.html, so that relative addresses resolve as they do for the page.
    writeFileSync(join(site, "bench-no-scripts.html"), withoutScripts(html));
    writeFileSync(join(site, "bench-figure.html"), figureAlone(html));
    const server = await serveStatic(site, {gzip: true});
    const browser = await launchChromium();
    const limit = await buildStaticPage(browser, server.url, site);
    temporary.push(limit.dir);
    const limitServer = await serveStatic(limit.dir, {gzip: true});
    const urls = {page: server.url, noScripts: new URL("bench-no-scripts.html", server.url).href, figure: new URL("bench-figure.html", server.url).href, static: limitServer.url};
    const chart: Record<string, (number | null)[]> = Object.fromEntries(STEPS.map((s) => [s.key, []]));
    const fcp: Record<string, (number | null)[]> = Object.fromEntries(STEPS.map((s) => [s.key, []]));
    try {
      for (let i = 0; i < runs; i++) {
        for (const step of STEPS) {
          const run = await measure(browser, urls[step.key], {network: false}).catch((error) => (log(`bench:breakdown: ${step.key}: ${error}`), null));
          chart[step.key].push(run?.chartVisibleMs ?? null);
          fcp[step.key].push(run?.fcpMs ?? null);
        }
        log(`bench:breakdown: run ${i + 1}/${runs} ${STEPS.map((s) => `${s.key} ${ms(chart[s.key].at(-1) ?? null)}`).join(", ")}`);
      }
    } finally {
      await browser.close();
      await server.close();
      await limitServer.close();
    }
    const middle = (runs: Record<string, (number | null)[]>) => Object.fromEntries(STEPS.map((s) => [s.key, median(runs[s.key].filter((v): v is number => v !== null))]));
    const medians = middle(chart);
    const file = join(root, "bench/breakdown.json");
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, JSON.stringify({date: new Date().toISOString(), loadAverage: os.loadavg(), cpuSlowdown: CPU_SLOWDOWN, runs, units: "ms from navigation start", medians, firstContentfulPaintMedians: middle(fcp), chartVisibleMs: chart, firstContentfulPaintMs: fcp}, null, 2) + "\n");
    return breakdownTable(STEPS, {chart: medians, paint: middle(fcp)}, runs);
  } finally {
    for (const dir of temporary) rmSync(dir, {recursive: true, force: true});
  }
}

/**
 * The printed table: a row per page with its first paint and first chart, the
 * chart's ratio to the last row, and what the step from the row above saved.
 */
export function breakdownTable(steps: readonly {key: string; name: string; takesOut: string}[], {chart, paint}: {chart: Record<string, number | null>; paint: Record<string, number | null>}, runs: number): string {
  const limit = chart[steps.at(-1)!.key];
  const rows = steps.map((step, i) => {
    const value = chart[step.key];
    const above = i > 0 ? chart[steps[i - 1].key] : null;
    const saved = i > 0 && value !== null && above !== null ? ms(above - value) : "—";
    return [step.name, ms(paint[step.key]), ms(value), times(ratio(value, limit)), step.takesOut, saved];
  });
  const all = [["page", "first paint", "first chart", "× static", "takes out", "which saved"], ...rows];
  const widths = all[0].map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const right = new Set([1, 2, 3, 5]);
  const line = (r: string[]) => r.map((cell, c) => (right.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  ").trimEnd();
  return [`\nmedians of ${runs} alternated cold loads · ${CPU_SLOWDOWN}× CPU · no network throttling · load average ${os.loadavg().map((n) => n.toFixed(2)).join(", ")}\n`, ...all.map(line), "\nraw runs: bench/breakdown.json"].join("\n");
}
