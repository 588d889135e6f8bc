import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import os from "node:os";
import {dirname, join} from "node:path";
import {launchChromium} from "../chromium.ts";
import {serveStatic} from "../static-server.ts";
import {CPU_SLOWDOWN} from "./measure.ts";
import {aligned, median, ms, ratio, times} from "./report.ts";
import {commitOf} from "./git.ts";
import {figureAlone, withoutScripts} from "./reference-pages.ts";
import {siteToMeasure} from "./site-to-measure.ts";
import {buildStaticPage} from "./static-page.ts";
import {attempt, ok, type Outcome} from "./timed-runs.ts";

export interface BreakdownOptions {
  /** The project's root: dist/ is measured, bench/breakdown.json written. */
  root: string;
  /** Cold loads of each page, taking turns. */
  runs?: number;
  build?: boolean;
  log?: (...parts: unknown[]) => void;
}

/** From the whole page down to the static limit: each row takes one thing out of the row above. */
const STEPS = [
  {key: "page", name: "the page", takesOut: "—"},
  {key: "noScripts", name: "its HTML and CSS, no script", takesOut: "the scripts and module preloads"},
  {key: "figure", name: "the first chart's figure alone", takesOut: "the rest of the page"},
  {key: "static", name: "the bare SVG (static limit)", takesOut: "the figure's title, subtitle, legend, skip button and styles"}
] as const;
type Step = (typeof STEPS)[number]["key"];

/**
 * `npm run bench:breakdown`: where the page's first chart spends its time
 * beyond the static limit. Cold loads on the bench's phone (4× CPU, no
 * network throttling) of the page, the page without scripts, the chart's
 * figure alone and the bare SVG; each run starts with the next page in turn,
 * so that a slow spell of the machine falls on all four. Prints each page's
 * median first paint and first chart, the chart's ratio to the bare SVG and
 * what the step from the row above saved; writes every load to
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
    const loads = Object.fromEntries(STEPS.map((s) => [s.key, [] as Outcome[]])) as Record<Step, Outcome[]>;
    const server = await serveStatic(site, {gzip: true});
    const browser = await launchChromium();
    let limitServer: Awaited<ReturnType<typeof serveStatic>> | undefined;
    try {
      const limit = await buildStaticPage(browser, server.url, site);
      temporary.push(limit.dir);
      limitServer = await serveStatic(limit.dir, {gzip: true});
      const urls: Record<Step, string> = {page: server.url, noScripts: new URL("bench-no-scripts.html", server.url).href, figure: new URL("bench-figure.html", server.url).href, static: limitServer.url};
      for (let i = 0; i < runs; i++) {
        const order = STEPS.map((_, k) => STEPS[(i + k) % STEPS.length]);
        for (const step of order) {
          loads[step.key].push(await attempt(browser, urls[step.key], false));
        }
        log(`bench:breakdown: run ${i + 1}/${runs} ${STEPS.map((s) => `${s.key} ${shown(loads[s.key].at(-1)!)}`).join(", ")}`);
      }
    } finally {
      await browser.close();
      await server.close();
      await limitServer?.close();
    }
    const middle = (metric: "chartVisibleMs" | "fcpMs") => Object.fromEntries(STEPS.map((s) => [s.key, median(ok(loads[s.key]).flatMap((r) => (r[metric] === null ? [] : [r[metric]])))]));
    const counted = Object.fromEntries(STEPS.map((s) => [s.key, ok(loads[s.key]).filter((r) => r.chartVisibleMs !== null).length]));
    // Each load's two times (or its error): the runs' resources and long tasks are npm run bench's to keep.
    const brief = Object.fromEntries(STEPS.map((s) => [s.key, loads[s.key].map((l) => ("error" in l ? l : {chartVisibleMs: l.chartVisibleMs, fcpMs: l.fcpMs}))]));
    const medians = {chart: middle("chartVisibleMs"), paint: middle("fcpMs")};
    const loadAverage = os.loadavg();
    const file = join(root, "bench/breakdown.json");
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, JSON.stringify({date: new Date().toISOString(), git: commitOf(root), loadAverage, cpuSlowdown: CPU_SLOWDOWN, runs, units: "ms from navigation start", medians, loads: brief}, null, 2) + "\n");
    return breakdownTable(STEPS, {...medians, counted}, {runs, loadAverage});
  } finally {
    for (const dir of temporary) rmSync(dir, {recursive: true, force: true});
  }
}

const shown = (load: Outcome) => ("error" in load ? "failed" : ms(load.chartVisibleMs));

/**
 * The printed table: a row per page with its first paint and first chart
 * (medians of the loads that showed it, and how many did), the chart's ratio
 * to the last row, and what the step from the row above saved.
 */
export function breakdownTable(steps: readonly {key: string; name: string; takesOut: string}[], {chart, paint, counted}: {chart: Record<string, number | null>; paint: Record<string, number | null>; counted: Record<string, number>}, {runs, loadAverage}: {runs: number; loadAverage: number[]}): string {
  const limit = chart[steps.at(-1)!.key];
  const rows = steps.map((step, i) => {
    const value = chart[step.key];
    const above = i > 0 ? chart[steps[i - 1].key] : null;
    return [step.name, ms(paint[step.key]), ms(value), `${counted[step.key]} of ${runs}`, times(ratio(value, limit)), i > 0 && value !== null && above !== null ? ms(above - value) : "—", step.takesOut];
  });
  return [
    `\nmedians of ${runs} cold loads of each page, in turn · ${CPU_SLOWDOWN}× CPU · no network throttling · load average ${loadAverage.map((n) => n.toFixed(2)).join(", ")}\n`,
    aligned([["page", "first paint", "first chart", "charts", "× static", "saves", "by taking out"], ...rows], {right: [1, 2, 3, 4, 5]}),
    "\nevery load: bench/breakdown.json"
  ].join("\n");
}
