import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import os from "node:os";
import {dirname, join} from "node:path";
import {launchChromium} from "../chromium.ts";
import {FIRST_VIEW_BUDGET, firstViewBytes} from "../first-view.ts";
import {commitOf} from "./git.ts";
import {serveStatic} from "../static-server.ts";
import {measuredOf, summaryRows, targetsOf} from "./bench-summary.ts";
import {siteToMeasure} from "./site-to-measure.ts";
import {jsFiles} from "./js-files.ts";
import {runLighthouse, type LighthouseResult} from "./lighthouse.ts";
import {CPU_SLOWDOWN, isScript, PHONE, SLOW_4G, TBT_WINDOW_AFTER_LOAD_MS} from "./measure.ts";
import {median, table} from "./report.ts";
import {buildStaticPage} from "./static-page.ts";
import {ok, PROFILES, timedRuns} from "./timed-runs.ts";

const TARGETS = {firstViewBytes: FIRST_VIEW_BUDGET, chartVisibleRatio: 1.1, tbtMs: 50, lighthouse: 100};

export interface PageBenchOptions {
  /** The project's root: dist/ is measured, bench/results.json written. */
  root: string;
  /** Cold loads per page and network (alternated with the static limit). */
  runs?: number;
  /** Lighthouse runs (median); 0 skips it. */
  lighthouseRuns?: number;
  /** Whether to run `npm run build` first. */
  build?: boolean;
  log?: (...parts: unknown[]) => void;
}

/**
 * `npm run bench`: the built site served gzipped on loopback, loaded cold on a
 * phone with 4× CPU slowdown, once on Lighthouse's slow 4G and once with no
 * network throttling, each next to a static page made of its title, CSS and
 * first chart as plain SVG (the limit for this page), alternated run by run.
 * Returns the printed report; writes every run to bench/results.json. Reports,
 * never fails on timings; throws when there is nothing to measure.
 */
export async function runPageBench({root, runs = 5, lighthouseRuns = 3, build = true, log = console.error}: PageBenchOptions): Promise<string> {
  const dist = siteToMeasure({root, build, log, name: "bench"});
  // A snapshot of the build, so that a rebuild while the bench runs cannot mix two builds.
  const site = mkdtempSync(join(os.tmpdir(), "bench-site-"));
  const temporary = [site];
  try {
    cpSync(dist, site, {recursive: true});
    const js = jsFiles(site);
    const jsTotalGzip = js.reduce((sum, f) => sum + f.gzipBytes, 0);

    // Serve the page, derive the static page from it, measure both.
    const started = Date.now();
    const pageServer = await serveStatic(site, {gzip: true});
    const browser = await launchChromium();
    const chromiumVersion = browser.version();
    log(`bench: ${pageServer.url} in Chromium ${chromiumVersion}; building the static page`);
    const staticPage = await buildStaticPage(browser, pageServer.url, site);
    temporary.push(staticPage.dir);
    const staticServer = await serveStatic(staticPage.dir, {gzip: true});
    const outcomes = await timedRuns(browser, {page: pageServer.url, static: staticServer.url}, runs, log);
    await browser.close();
    const timedMs = Date.now() - started;

    // Lighthouse, after the timed runs so it never competes with them.
    let lighthouse: LighthouseResult = {runs: [], performance: null, accessibility: null, totalBlockingTime: null, error: "skipped (--lighthouse-runs 0)"};
    if (lighthouseRuns > 0) {
      log(`bench: Lighthouse (mobile, simulated throttling), ${lighthouseRuns} run${lighthouseRuns > 1 ? "s" : ""}`);
      lighthouse = await runLighthouse(pageServer.url, lighthouseRuns, median);
      if (lighthouse.error) log(`bench: Lighthouse failed: ${lighthouse.error}`);
    }
    await pageServer.close();
    await staticServer.close();

    if (PROFILES.some((p) => ok(outcomes[p.key].page).length === 0 || ok(outcomes[p.key].static).length === 0)) {
      throw new Error(`bench: every run of a profile failed: ${PROFILES.flatMap((p) => [...outcomes[p.key].page, ...outcomes[p.key].static]).map((r) => ("error" in r ? r.error : "ok")).join("; ")}`);
    }
    const measured = measuredOf(outcomes);
    // The first view's bytes as the size budget counts them (test/built/size-budget.test.ts): gzip of the built files.
    const {total: firstViewTotal, files: firstView} = firstViewBytes(site, "index.html", "zh");
    const targets = targetsOf(measured, {firstViewBytes: firstViewTotal, lighthouse}, TARGETS);

    // The scripts of the median-initial-JS page run (no throttling), next to the gzip size of each file on disk.
    const okFast = ok(outcomes.fast.page);
    const typical = [...okFast].sort((a, b) => a.jsInitialBytes - b.jsInitialBytes)[Math.floor((okFast.length - 1) / 2)];
    const initialScripts = typical.resources.filter(isScript).map((r) => {
      const path = decodeURIComponent(new URL(r.url).pathname).replace(/^\/+/, "");
      return {path, wireBytes: r.encodedBytes, gzipBytes: js.find((f) => f.path === path)?.gzipBytes ?? null};
    });
    const {commit, dirty} = commitOf(root);
    const results = {
      date: new Date().toISOString(),
      machine: {node: process.version, chromium: chromiumVersion, platform: `${os.platform()} ${os.release()} ${os.arch()}`, cpu: os.cpus()[0]?.model ?? null, cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 1e9)},
      git: {commit, dirty},
      loadAverage: os.loadavg(),
      settings: {runs, viewport: PHONE, cpuSlowdown: CPU_SLOWDOWN, networks: {slow4g: SLOW_4G, fast: "none"}, cacheDisabled: true, gzip: true, tbtWindow: `FCP to load + ${TBT_WINDOW_AFTER_LOAD_MS} ms`, lighthouseRuns, timedRunsSeconds: Math.round(timedMs / 1000)},
      units: "times in ms from navigation start; sizes in bytes; kB = 1000 bytes",
      profiles: measured,
      firstView: {bytes: firstViewTotal, files: firstView},
      targets,
      js: {initialMedianBytes: measured.fast.page.jsInitialBytes, initialScripts, totalGzipBytes: jsTotalGzip, totalBytes: js.reduce((sum, f) => sum + f.bytes, 0), files: js},
      lighthouse,
      staticPage: {title: staticPage.title, stylesheets: staticPage.stylesheets, svgBytes: staticPage.svgBytes},
      runs: outcomes
    };
    const file = join(root, "bench/results.json");
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, JSON.stringify(results, null, 2) + "\n");

    const rows = summaryRows(measured, targets, {firstViewBytes: firstViewTotal, js: {files: js.length, gzipBytes: jsTotalGzip}, lighthouse});
    const load = os.loadavg().map((n) => n.toFixed(2)).join(", ");
    return [
      `\nmedians of ${runs} runs per page and network · 360×740 @2x · ${CPU_SLOWDOWN}× CPU · ${commit ?? "?"}${dirty ? " (uncommitted changes)" : ""} · load average ${load}\n`,
      table(rows),
      `\nraw runs: bench/results.json`
    ].join("\n");
  } finally {
    for (const dir of temporary) rmSync(dir, {recursive: true, force: true});
  }
}
