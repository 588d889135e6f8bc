/**
 * `npm run bench`: builds the site, serves dist/ gzipped on loopback and loads
 * it cold on a phone with 4× CPU slowdown, once on Lighthouse's slow 4G and
 * once with no network throttling (CPU-bound), each next to a static page made
 * of its title, CSS and first chart as plain SVG — the limit for this page —
 * alternated run by run. Prints the medians, page ÷ static and the targets;
 * writes every run to bench/results.json. It reports and never fails on timings.
 *
 * Options: --runs N (default 5), --lighthouse-runs N (default 3, median; 0 to skip),
 * --no-build (measure the dist/ already there).
 */
import {execFileSync, spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import os from "node:os";
import {join, relative} from "node:path";
import {gzipSync} from "node:zlib";
import {launchChromium} from "../tools/chromium.ts";
import {serveStatic} from "../tools/static-server.ts";
import {runLighthouse, type LighthouseResult} from "./bench/lighthouse.ts";
import {CPU_SLOWDOWN, isScript, measure, PHONE, SLOW_4G, TBT_WINDOW_AFTER_LOAD_MS, type Run} from "./bench/measure.ts";
import {kB, MB, median, ms, ratio, score, table, times, type Row} from "./bench/report.ts";
import {buildStaticPage} from "./bench/static-page.ts";
import {FIRST_VIEW_BUDGET, firstViewBytes} from "../tools/first-view.ts";

const TARGETS = {firstViewBytes: FIRST_VIEW_BUDGET, chartVisibleRatio: 1.1, tbtMs: 50, lighthouse: 100};
/** The two networks, each against the static limit: the phone's CPU is 4× slower in both. */
const PROFILES = [{key: "slow4g", name: "slow 4G", network: true}, {key: "fast", name: "no network throttling", network: false}] as const;
type Profile = (typeof PROFILES)[number]["key"];
const DIST = "dist";
const RESULTS = "bench/results.json";

const log = (...parts: unknown[]) => console.error(...parts);

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const inline = process.argv.find((arg) => arg.startsWith(`${name}=`));
  const raw = inline ? inline.slice(name.length + 1) : at >= 0 ? process.argv[at + 1] : undefined;
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} wants a whole number, got ${raw}`);
    process.exit(2);
  }
  return value;
}

const runs = Math.max(1, option("--runs", 5));
const lighthouseRuns = option("--lighthouse-runs", 3);
const build = !process.argv.includes("--no-build");

function git(...args: string[]): string | null {
  try {
    return execFileSync("git", args, {encoding: "utf8", stdio: ["ignore", "pipe", "ignore"]}).trim();
  } catch {
    return null;
  }
}

/**
 * Every .js file of the site (dist/assets and anything else the build puts
 * beside index.html) with its size and gzip size (the server's gzip, default level).
 */
function jsFiles(root: string): {path: string; bytes: number; gzipBytes: number}[] {
  const files: {path: string; bytes: number; gzipBytes: number}[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.m?js$/.test(name)) {
        const content = readFileSync(path);
        files.push({path: relative(root, path).replace(/\\/g, "/"), bytes: content.length, gzipBytes: gzipSync(content).length});
      }
    }
  };
  walk(root);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

const METRICS = ["fcpMs", "chartInDocumentMs", "chartVisibleMs", "lcpMs", "tbtMs", "domContentLoadedMs", "loadMs", "networkIdleMs", "jsInitialBytes", "jsInitialFiles", "transferredBytes", "heapUsedBytes"] as const;
type Metric = (typeof METRICS)[number];
type Medians = Record<Metric, number | null>;

function medians(done: Run[]): Medians {
  return Object.fromEntries(METRICS.map((key) => [key, median(done.map((r) => r[key]).filter((v): v is number => v !== null))])) as Medians;
}

// 1. Build.
if (build) {
  log("bench: npm run build");
  const result = spawnSync("npm", ["run", "build"], {stdio: ["ignore", process.stderr, process.stderr], shell: process.platform === "win32"});
  if (result.status !== 0) {
    console.error("bench: the build failed; nothing to measure");
    process.exit(1);
  }
}
if (!existsSync(join(DIST, "index.html"))) {
  console.error(`bench: ${DIST}/index.html is missing; run without --no-build`);
  process.exit(1);
}
// A snapshot of the build, so that a rebuild while the bench runs cannot mix two builds.
const site = mkdtempSync(join(os.tmpdir(), "bench-site-"));
cpSync(DIST, site, {recursive: true});
const temporary = [site];
process.on("exit", () => temporary.forEach((dir) => rmSync(dir, {recursive: true, force: true})));
const js = jsFiles(site);
const jsTotalGzip = js.reduce((sum, f) => sum + f.gzipBytes, 0);

// 2. Serve the page, derive the static page from it, measure both.
const started = Date.now();
const pageServer = await serveStatic(site, {gzip: true});
const browser = await launchChromium();
const chromiumVersion = browser.version();
log(`bench: ${pageServer.url} in Chromium ${chromiumVersion}; building the static page`);
const staticPage = await buildStaticPage(browser, pageServer.url, site);
temporary.push(staticPage.dir);
const staticServer = await serveStatic(staticPage.dir, {gzip: true});

type Outcome = Run | {error: string};
const runsOf: Record<Profile, {page: Outcome[]; static: Outcome[]}> = {slow4g: {page: [], static: []}, fast: {page: [], static: []}};
const attempt = async (url: string, network: boolean): Promise<Outcome> => {
  try {
    return await measure(browser, url, {network});
  } catch (error) {
    return {error: error instanceof Error ? error.message : String(error)};
  }
};
// Alternating page and limit, and the two networks, so that a slow spell of the machine falls on both.
for (let i = 0; i < runs; i++) {
  for (const profile of PROFILES) {
    const page = await attempt(pageServer.url, profile.network);
    const reference = await attempt(staticServer.url, profile.network);
    runsOf[profile.key].page.push(page);
    runsOf[profile.key].static.push(reference);
    const brief = (r: Outcome) => ("error" in r ? `error: ${r.error}` : `FCP ${ms(r.fcpMs)}, chart ${ms(r.chartVisibleMs)}, LCP ${ms(r.lcpMs)}, TBT ${ms(r.tbtMs)}`);
    log(`bench: run ${i + 1}/${runs} ${profile.name.padEnd(21)} page: ${brief(page)}  |  static: ${brief(reference)}`);
  }
}
await browser.close();
const timedMs = Date.now() - started;

// 3. Lighthouse, after the timed runs so it never competes with them.
let lighthouse: LighthouseResult = {runs: [], performance: null, accessibility: null, totalBlockingTime: null, error: "skipped (--lighthouse-runs 0)"};
if (lighthouseRuns > 0) {
  log(`bench: Lighthouse (mobile, simulated throttling), ${lighthouseRuns} run${lighthouseRuns > 1 ? "s" : ""}`);
  lighthouse = await runLighthouse(pageServer.url, lighthouseRuns, median);
  if (lighthouse.error) log(`bench: Lighthouse failed: ${lighthouse.error}`);
}
await pageServer.close();
await staticServer.close();

// 4. Report.
const ok = (list: Outcome[]) => list.filter((r): r is Run => !("error" in r));
if (PROFILES.some((p) => ok(runsOf[p.key].page).length === 0 || ok(runsOf[p.key].static).length === 0)) {
  console.error("bench: every run of a profile failed:", PROFILES.flatMap((p) => [...runsOf[p.key].page, ...runsOf[p.key].static]).map((r) => ("error" in r ? r.error : "ok")).join("; "));
  process.exit(1);
}
const measured = Object.fromEntries(PROFILES.map((p) => {
  const page = medians(ok(runsOf[p.key].page));
  const reference = medians(ok(runsOf[p.key].static));
  const ratios = {
    fcp: ratio(page.fcpMs, reference.fcpMs),
    chartVisible: ratio(page.chartVisibleMs, reference.chartVisibleMs),
    lcp: ratio(page.lcpMs, reference.lcpMs),
    tbt: ratio(page.tbtMs, reference.tbtMs),
    heap: ratio(page.heapUsedBytes, reference.heapUsedBytes)
  };
  return [p.key, {page, static: reference, ratios}];
})) as Record<Profile, {page: Medians; static: Medians; ratios: Record<"fcp" | "chartVisible" | "lcp" | "tbt" | "heap", number | null>}>;
// The first view's bytes as the size budget counts them (test/built/size-budget.test.ts): gzip of the built files.
const {total: firstViewTotal, files: firstView} = firstViewBytes(site, "index.html", "zh");
const {slow4g, fast} = measured;
const targets = [
  {metric: "first chart visible (slow 4G)", target: `≤ ${TARGETS.chartVisibleRatio.toFixed(1)}× static`, value: slow4g.ratios.chartVisible, met: slow4g.ratios.chartVisible !== null && slow4g.ratios.chartVisible <= TARGETS.chartVisibleRatio},
  {metric: "first chart visible (no throttling)", target: `≤ ${TARGETS.chartVisibleRatio.toFixed(1)}× static`, value: fast.ratios.chartVisible, met: fast.ratios.chartVisible !== null && fast.ratios.chartVisible <= TARGETS.chartVisibleRatio},
  {metric: "total blocking time (slow 4G)", target: `≤ ${TARGETS.tbtMs} ms`, value: slow4g.page.tbtMs, met: slow4g.page.tbtMs !== null && slow4g.page.tbtMs <= TARGETS.tbtMs},
  {metric: "total blocking time (no throttling)", target: `≤ ${TARGETS.tbtMs} ms`, value: fast.page.tbtMs, met: fast.page.tbtMs !== null && fast.page.tbtMs <= TARGETS.tbtMs},
  {metric: "first view (gzip)", target: `≤ ${TARGETS.firstViewBytes / 1000} kB`, value: firstViewTotal, met: firstViewTotal <= TARGETS.firstViewBytes},
  {metric: "Lighthouse performance", target: `${TARGETS.lighthouse}`, value: lighthouse.performance, met: lighthouse.performance === TARGETS.lighthouse},
  {metric: "Lighthouse accessibility", target: `${TARGETS.lighthouse}`, value: lighthouse.accessibility, met: lighthouse.accessibility === TARGETS.lighthouse}
];
const mark = (metric: string) => {
  const t = targets.find((x) => x.metric === metric);
  return t ? `${t.target}  ${t.met ? "met" : "MISSED"}` : "";
};

// The scripts of the median-initial-JS page run (no throttling), next to the gzip size of each file on disk.
const okFast = ok(runsOf.fast.page);
const typical = [...okFast].sort((a, b) => a.jsInitialBytes - b.jsInitialBytes)[Math.floor((okFast.length - 1) / 2)];
const initialScripts = typical.resources.filter(isScript).map((r) => {
  const path = decodeURIComponent(new URL(r.url).pathname).replace(/^\/+/, "");
  return {path, wireBytes: r.encodedBytes, gzipBytes: js.find((f) => f.path === path)?.gzipBytes ?? null};
});
const load = os.loadavg().map((n) => n.toFixed(2)).join(", ");

const results = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    chromium: chromiumVersion,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? null,
    cpus: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1e9)
  },
  git: {commit: git("rev-parse", "--short", "HEAD"), dirty: (git("status", "--porcelain") ?? "") !== ""},
  loadAverage: os.loadavg(),
  settings: {
    runs,
    viewport: PHONE,
    cpuSlowdown: CPU_SLOWDOWN,
    networks: {slow4g: SLOW_4G, fast: "none"},
    cacheDisabled: true,
    gzip: true,
    tbtWindow: `FCP to load + ${TBT_WINDOW_AFTER_LOAD_MS} ms`,
    lighthouseRuns,
    timedRunsSeconds: Math.round(timedMs / 1000)
  },
  units: "times in ms from navigation start; sizes in bytes; kB = 1000 bytes",
  profiles: measured,
  firstView: {bytes: firstViewTotal, files: firstView},
  targets,
  js: {
    initialMedianBytes: fast.page.jsInitialBytes,
    initialScripts,
    totalGzipBytes: jsTotalGzip,
    totalBytes: js.reduce((sum, f) => sum + f.bytes, 0),
    files: js
  },
  lighthouse,
  staticPage: {title: staticPage.title, stylesheets: staticPage.stylesheets, svgBytes: staticPage.svgBytes},
  runs: runsOf
};
mkdirSync("bench", {recursive: true});
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");

const rows: Row[] = PROFILES.flatMap(({key, name}) => {
  const {page, static: reference, ratios} = measured[key];
  return [
    {metric: `${name}: first contentful paint`, page: ms(page.fcpMs), static: ms(reference.fcpMs), ratio: times(ratios.fcp), target: ""},
    {metric: `${name}: first chart visible`, page: ms(page.chartVisibleMs), static: ms(reference.chartVisibleMs), ratio: times(ratios.chartVisible), target: mark(`first chart visible (${key === "slow4g" ? "slow 4G" : "no throttling"})`)},
    {metric: `${name}: largest contentful paint`, page: ms(page.lcpMs), static: ms(reference.lcpMs), ratio: times(ratios.lcp), target: ""},
    {metric: `${name}: total blocking time`, page: ms(page.tbtMs), static: ms(reference.tbtMs), ratio: times(ratios.tbt), target: mark(`total blocking time (${key === "slow4g" ? "slow 4G" : "no throttling"})`)},
    {metric: `${name}: transferred until idle`, page: kB(page.transferredBytes), static: kB(reference.transferredBytes), ratio: "—", target: ""}
  ];
}).concat([
  {metric: "first view (gzip: HTML, CSS, JS, data)", page: kB(firstViewTotal), static: "—", ratio: "—", target: mark("first view (gzip)")},
  {metric: "JS initial (on the wire)", page: kB(fast.page.jsInitialBytes), static: "—", ratio: "—", target: ""},
  {metric: `JS total (gzip, ${js.length} file${js.length === 1 ? "" : "s"})`, page: kB(jsTotalGzip), static: "—", ratio: "—", target: ""},
  {metric: "JS heap", page: MB(fast.page.heapUsedBytes), static: MB(fast.static.heapUsedBytes), ratio: times(fast.ratios.heap), target: ""},
  {metric: "Lighthouse performance", page: score(lighthouse.performance), static: "—", ratio: "—", target: lighthouse.error ? `(${lighthouse.error.slice(0, 60)})` : mark("Lighthouse performance")},
  {metric: "Lighthouse accessibility", page: score(lighthouse.accessibility), static: "—", ratio: "—", target: mark("Lighthouse accessibility")},
  {metric: "Lighthouse total blocking time", page: ms(lighthouse.totalBlockingTime ?? null), static: "—", ratio: "—", target: ""}
]);
console.log(`\nmedians of ${runs} runs per page and network · 360×740 @2x · ${CPU_SLOWDOWN}× CPU · ${results.git.commit ?? "?"}${results.git.dirty ? " (uncommitted changes)" : ""} · load average ${load}\n`);
console.log(table(rows));
console.log(`\nraw runs: ${RESULTS}`);
process.exit(0);
