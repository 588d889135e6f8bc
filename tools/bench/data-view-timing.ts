import type {Browser} from "playwright-core";
import {CPU_SLOWDOWN, PHONE} from "./measure.ts";
import {median} from "./report.ts";

/**
 * Browser-side, as a string (see observer.ts for why): toggles a filter (the
 * "actual" series, on and off) and sorts by year, each `repeats` times, and
 * times each from the click until the page and the data view have rendered
 * and laid out: what a reader waits for.
 */
const TIMINGS = (repeats: number) => `(async () => {
  const app = document.querySelector("bj-edu-app");
  const view = () => document.querySelector("bj-data-view");
  const rest = () => new Promise((done) => setTimeout(done, 100));
  const time = async (act) => {
    const started = performance.now();
    act();
    await app.updateComplete;
    await view().updateComplete;
    document.body.getBoundingClientRect();
    return performance.now() - started;
  };
  const filter = [], sort = [];
  for (let i = 0; i < ${repeats}; i++) {
    for (let k = 0; k < 2; k++) {
      filter.push(await time(() => view().querySelector("input[name=series][value=actual]").click()));
      await rest();
    }
    for (let k = 0; k < 2; k++) {
      sort.push(await time(() => [...view().querySelectorAll("th button.sort")][4].click()));
      await rest();
    }
  }
  return {filter, sort, rows: view().querySelectorAll("tbody tr[data-observation]").length};
})()`;

/** The data view (?view=data) of a site at 4× CPU: filter and sort times (medians), the rows it draws, and the JS heap with it open. */
export async function dataViewTimings(browser: Browser, url: string, {repeats = 5} = {}) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${url}?view=data`, {timeout: 120_000});
    await page.waitForSelector("bj-data-view .result-count", {timeout: 120_000});
    await cdp.send("Emulation.setCPUThrottlingRate", {rate: CPU_SLOWDOWN});
    const {filter, sort, rows} = (await page.evaluate(TIMINGS(repeats))) as {filter: number[]; sort: number[]; rows: number};
    await cdp.send("HeapProfiler.collectGarbage").catch(() => undefined);
    const {metrics} = await cdp.send("Performance.getMetrics");
    return {filterMs: median(filter), sortMs: median(sort), rowsDrawn: rows, heapDataView: metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null};
  } finally {
    await context.close();
  }
}
