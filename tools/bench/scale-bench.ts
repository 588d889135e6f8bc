import {spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import os from "node:os";
import {join} from "node:path";
import {launchChromium} from "../chromium.ts";
import {firstViewBytes} from "../first-view.ts";
import {serveStatic} from "../static-server.ts";
import {siteToMeasure} from "./site-to-measure.ts";
import {dataViewTimings} from "./data-view-timing.ts";
import {measure} from "./measure.ts";
import {median} from "./report.ts";
import {syntheticCuration} from "./synthetic.ts";

/** What one size of the data costs: the build's steps, the first view and the data view. */
export interface Size {
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

export interface ScaleBenchOptions {
  root: string;
  /** Sizes, as multiples of today's observations. */
  factors?: number[];
  /** Page loads per size. */
  runs?: number;
  build?: boolean;
  log?: (...parts: unknown[]) => void;
}

/** Runs a TypeScript entry point in Node and reports its wall time and peak memory (resident set). */
function timed(root: string, script: string, args: string[]): {seconds: number; peakBytes: number} {
  const dir = mkdtempSync(join(os.tmpdir(), "bench-rss-"));
  const file = join(dir, "rss");
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", "tsx", "--import", join(root, "tools/bench/peak-memory.mjs"), join(root, script), ...args], {cwd: root, env: {...process.env, BENCH_RSS_FILE: file}, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8"});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  const peakBytes = Number(readFileSync(file, "utf8"));
  rmSync(dir, {recursive: true, force: true});
  return {seconds, peakBytes};
}

/**
 * `npm run bench:scale`: for synthetic datasets at multiples of today's
 * observations (synthetic.ts: generated ids and numbers, never published), in
 * a folder of their own: the data step and the site step with their time and
 * peak memory, the first view's gzip bytes, the first chart visible (4× CPU,
 * no network throttling), the data view's filter and sort and the JS heap.
 * The code is the same at every size: one build, the data and pages remade.
 */
export async function runScaleBench({root, factors = [1, 10, 100], runs = 3, build = true, log = console.error}: ScaleBenchOptions): Promise<Size[]> {
  const dist = siteToMeasure({root, build, log, name: "bench:scale"});
  const sizes: Size[] = [];
  const browser = await launchChromium();
  try {
    for (const factor of factors) {
      const dir = mkdtempSync(join(os.tmpdir(), `bench-scale-${factor}x-`));
      try {
        log(`bench:scale: ${factor}× — generating`);
        const input = syntheticCuration(dir, factor);
        const site = join(dir, "site");
        cpSync(dist, site, {recursive: true});
        rmSync(join(site, "data"), {recursive: true, force: true});
        log(`bench:scale: ${factor}× — data step`);
        const data = timed(root, "scripts/build-data.ts", [join(site, "data"), "--data", input.data, "--content", input.content]);
        log(`bench:scale: ${factor}× — site step`);
        const pages = timed(root, "scripts/build-site.ts", ["--dist", site]);
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
  } finally {
    await browser.close();
  }
  return sizes;
}
