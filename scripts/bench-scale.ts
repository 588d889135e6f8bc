/**
 * `npm run bench:scale`: how the site grows with its data. For synthetic
 * datasets at 1×, 10× and 100× today's observations (scripts/bench/synthetic.ts:
 * generated ids and numbers, never published; 100× is 16 districts × 5 years),
 * in a folder of its own: the build's data step (npm run data) and static
 * pages (scripts/prerender.ts) with their time and peak memory, the gzip bytes
 * of the first view, the first chart visible (4× CPU, no network throttling),
 * the data view's filter and sort (4× CPU) and the JS heap. Prints each and how
 * it grows against the observations. Reports; never fails on a timing.
 *
 * Options: --factors 1,10,100  --runs N (page loads per size, default 3)  --no-build (use dist/ as it is)
 */
import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import os from "node:os";
import {join} from "node:path";
import {launchChromium} from "../tools/chromium.ts";
import {serveStatic} from "../tools/static-server.ts";
import {FIRST_VIEW_BUDGET, firstViewBytes} from "../tools/first-view.ts";
import {measure} from "./bench/measure.ts";
import {dataViewTimings} from "./bench/data-view-timing.ts";
import {median} from "./bench/report.ts";
import {syntheticCuration} from "./bench/synthetic.ts";

const log = (...parts: unknown[]) => console.error(...parts);
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const factors = (arg("--factors") ?? "1,10,100").split(",").map(Number).filter((n) => n >= 1);
const runs = Math.max(1, Number(arg("--runs") ?? 3));
const root = new URL("../", import.meta.url).pathname;

/** Runs a TypeScript entry point in Node and reports its wall time and peak memory (resident set). */
function timed(script: string, args: string[]): {seconds: number; peakBytes: number} {
  const dir = mkdtempSync(join(os.tmpdir(), "bench-rss-"));
  const file = join(dir, "rss");
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", "tsx", "--import", join(root, "scripts/bench/peak-memory.mjs"), join(root, script), ...args], {cwd: root, env: {...process.env, BENCH_RSS_FILE: file}, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8"});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  const peakBytes = Number(readFileSync(file, "utf8"));
  rmSync(dir, {recursive: true, force: true});
  return {seconds, peakBytes};
}

if (!process.argv.includes("--no-build")) {
  log("bench:scale: npm run build (the code is the same at every size; only the data and the static pages change)");
  if (spawnSync("npm", ["run", "build"], {cwd: root, stdio: ["ignore", process.stderr, process.stderr]}).status !== 0) process.exit(1);
}
if (!existsSync(join(root, "dist/index.html"))) {
  console.error("bench:scale: dist/ is missing; run without --no-build");
  process.exit(1);
}

interface Size {
  factor: number;
  observations: number;
  data: {seconds: number; peakBytes: number};
  pages: {seconds: number; peakBytes: number};
  firstViewBytes: number;
  chartVisibleMs: number | null;
  heapFirstView: number | null;
  filterMs: number | null;
  sortMs: number | null;
  heapDataView: number | null;
  rowsDrawn: number | null;
}

const sizes: Size[] = [];
const browser = await launchChromium();
for (const factor of factors) {
  const dir = mkdtempSync(join(os.tmpdir(), `bench-scale-${factor}x-`));
  try {
    log(`bench:scale: ${factor}× — generating`);
    const input = syntheticCuration(dir, factor);
    const site = join(dir, "site");
    cpSync(join(root, "dist"), site, {recursive: true});
    rmSync(join(site, "data"), {recursive: true, force: true});
    log(`bench:scale: ${factor}× — data step`);
    const data = timed("scripts/build-data.ts", [join(site, "data"), "--data", input.data, "--content", input.content]);
    log(`bench:scale: ${factor}× — static pages`);
    const pages = timed("scripts/prerender.ts", [site]);
    const observations = JSON.parse(readFileSync(join(site, "data/observations.json"), "utf8")).length;
    const server = await serveStatic(site, {gzip: true});
    try {
      const loads = [];
      for (let i = 0; i < runs; i++) loads.push(await measure(browser, server.url, {network: false}));
      log(`bench:scale: ${factor}× — data view`);
      const view = await dataViewTimings(browser, server.url, {repeats: 5});
      sizes.push({
        factor,
        observations,
        data,
        pages,
        firstViewBytes: firstViewBytes(site, "index.html", "zh").total,
        chartVisibleMs: median(loads.map((r) => r.chartVisibleMs).filter((v): v is number => v !== null)),
        heapFirstView: median(loads.map((r) => r.heapUsedBytes).filter((v): v is number => v !== null)),
        ...view
      });
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
await browser.close();

const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("   ");
const fmt = {
  s: (v: number) => `${v.toFixed(1)} s`,
  MB: (v: number | null) => (v === null ? "—" : `${(v / 1e6).toFixed(0)} MB`),
  MBf: (v: number | null) => (v === null ? "—" : `${(v / 1e6).toFixed(1)} MB`),
  kB: (v: number) => `${(v / 1000).toFixed(1)} kB`,
  ms: (v: number | null) => (v === null ? "—" : `${Math.round(v)} ms`)
};
const header = ["size", "observations", "data step", "its memory", "static pages", "their memory", "first view", "first chart", "heap (first view)", "filter", "sort", "rows drawn", "heap (data view)"];
const body = sizes.map((s) => [`${s.factor}×`, String(s.observations), fmt.s(s.data.seconds), fmt.MB(s.data.peakBytes), fmt.s(s.pages.seconds), fmt.MB(s.pages.peakBytes), fmt.kB(s.firstViewBytes), fmt.ms(s.chartVisibleMs), fmt.MBf(s.heapFirstView), fmt.ms(s.filterMs), fmt.ms(s.sortMs), String(s.rowsDrawn ?? "—"), fmt.MBf(s.heapDataView)]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
console.log(`\nbench:scale · 360×740 @2x · 4× CPU · no network throttling · load average ${os.loadavg().map((n) => n.toFixed(2)).join(", ")}\n`);
console.log(pad(header, widths));
for (const row of body) console.log(pad(row, widths));

// Growth against the smallest size: each figure's ratio next to the observations' ratio.
const base = sizes[0];
if (base && sizes.length > 1) {
  console.log(`\ngrowth against ${base.factor}× (observations ×N → figure ×M; "linear" means M ≤ N)`);
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? "—" : `×${(a / b).toFixed(2)}`);
  for (const s of sizes.slice(1)) {
    const n = s.observations / base.observations;
    console.log(`  ${s.factor}×: observations ×${n.toFixed(1)} → data step ${ratio(s.data.seconds, base.data.seconds)} (memory ${ratio(s.data.peakBytes, base.data.peakBytes)}), static pages ${ratio(s.pages.seconds, base.pages.seconds)} (memory ${ratio(s.pages.peakBytes, base.pages.peakBytes)}), first view ${ratio(s.firstViewBytes, base.firstViewBytes)}, first chart ${ratio(s.chartVisibleMs, base.chartVisibleMs)}, heap ${ratio(s.heapFirstView, base.heapFirstView)}`);
  }
}
const targets = [
  [`first view ≤ ${FIRST_VIEW_BUDGET / 1000} kB gzip at every size`, sizes.every((s) => s.firstViewBytes <= FIRST_VIEW_BUDGET)],
  ["data view filter and sort ≤ 50 ms at the largest size (4× CPU)", (() => {
    const last = sizes.at(-1);
    return !!last && last.filterMs !== null && last.sortMs !== null && last.filterMs <= 50 && last.sortMs <= 50;
  })()],
  ["build time and memory grow no faster than the observations", sizes.slice(1).every((s) => {
    const n = s.observations / base.observations;
    return s.data.seconds / base.data.seconds <= n && s.pages.seconds / base.pages.seconds <= n && s.data.peakBytes / base.data.peakBytes <= n && s.pages.peakBytes / base.pages.peakBytes <= n;
  })]
] as const;
console.log("");
for (const [what, met] of targets) console.log(`${met ? "met   " : "MISSED"}  ${what}`);
process.exit(0);
