import type {Browser, BrowserContextOptions, CDPSession, Page} from "playwright-core";
import {OBSERVER_SCRIPT} from "./observer.ts";

/** A phone: 360×740 CSS px at 2×, touch. */
export const PHONE: BrowserContextOptions = {viewport: {width: 360, height: 740}, deviceScaleFactor: 2, isMobile: true, hasTouch: true};

/**
 * Lighthouse's mobile "slow 4G" (150 ms RTT, 1.6 Mbps down, 750 Kbps up) as
 * Lighthouse itself applies it through DevTools: CDP latency is added once per
 * request rather than per round trip, so the RTT is multiplied by 3.75 (DNS,
 * TCP, TLS and the request itself) and the throughput by 0.9.
 */
export const SLOW_4G = {rttMs: 150, downKbps: 1.6 * 1024, upKbps: 750, requestLatencyMs: 150 * 3.75, downloadKbps: 1.6 * 1024 * 0.9, uploadKbps: 750 * 0.9};
export const CPU_SLOWDOWN = 4;
/** Long tasks count from FCP until this long after the load event. */
export const TBT_WINDOW_AFTER_LOAD_MS = 5000;
/** The network counts as idle after this long without a request in flight. */
const NETWORK_QUIET_MS = 1000;

export interface Resource {
  url: string;
  type: string;
  mimeType: string;
  encodedBytes: number;
}

export interface Run {
  fcpMs: number | null;
  chartInDocumentMs: number | null;
  chartVisibleMs: number | null;
  chart: {width: number; height: number; inShadowRoot: boolean} | null;
  lcpMs: number | null;
  lcpElement: string | null;
  tbtMs: number | null;
  longTasks: {startTime: number; duration: number}[];
  domContentLoadedMs: number;
  loadMs: number;
  networkIdleMs: number;
  jsInitialBytes: number;
  jsInitialFiles: number;
  transferredBytes: number;
  heapUsedBytes: number | null;
  resources: Resource[];
}

interface PageState {
  fcp: number | null;
  lcp: {startTime: number; size: number; element: string | null}[];
  longtasks: {startTime: number; duration: number}[];
  chartInDocument: number | null;
  chartVisible: number | null;
  chart: Run["chart"];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits until an expression is true in the page, or `ms` have passed. page.waitForFunction would run
 * the expression through eval in the page, which the site's Content-Security-Policy forbids (no
 * 'unsafe-eval'): the wait failed at once and was ignored. page.evaluate goes through the debugger.
 */
export async function pollPage(page: Page, expression: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await page.evaluate(expression)) return true;
    if (Date.now() > until) return false;
    await sleep(100);
  }
}

/** Lighthouse's rule: the part of each long task beyond 50 ms, counting only what falls between FCP and the window's end. */
export function totalBlockingTime(tasks: {startTime: number; duration: number}[], fcp: number, end: number): number {
  let sum = 0;
  for (const task of tasks) {
    const start = Math.max(task.startTime, fcp);
    const stop = Math.min(task.startTime + task.duration, end);
    if (stop - start > 50) sum += stop - start - 50;
  }
  return sum;
}

/** Records every request of the page: what is in flight and how many bytes each took on the wire. */
function trackNetwork(cdp: CDPSession) {
  const inFlight = new Set<string>();
  const info = new Map<string, {url: string; type: string; mimeType: string}>();
  const finished: Resource[] = [];
  let lastChange = Date.now();
  cdp.on("Network.requestWillBeSent", (event) => {
    if (event.request.url.startsWith("data:")) return;
    inFlight.add(event.requestId);
    info.set(event.requestId, {url: event.request.url, type: event.type ?? "Other", mimeType: ""});
    lastChange = Date.now();
  });
  cdp.on("Network.responseReceived", (event) => {
    const known = info.get(event.requestId);
    if (known) info.set(event.requestId, {...known, type: event.type, mimeType: event.response.mimeType});
  });
  cdp.on("Network.loadingFinished", (event) => {
    if (!inFlight.delete(event.requestId)) return;
    const known = info.get(event.requestId);
    if (known) finished.push({...known, encodedBytes: event.encodedDataLength});
    lastChange = Date.now();
  });
  cdp.on("Network.loadingFailed", (event) => {
    if (inFlight.delete(event.requestId)) lastChange = Date.now();
  });
  return {
    finished,
    /**
     * Resolves once nothing has been in flight for NETWORK_QUIET_MS (or after
     * timeoutMs), with the wall-clock time the last request ended.
     */
    async idle(timeoutMs: number): Promise<number> {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (inFlight.size === 0 && Date.now() - lastChange >= NETWORK_QUIET_MS) break;
        await sleep(100);
      }
      return lastChange;
    }
  };
}

export const isScript = (r: Pick<Resource, "type" | "mimeType" | "url">) =>
  r.type === "Script" || /javascript|ecmascript/.test(r.mimeType) || /\.m?js(\?|$)/.test(new URL(r.url).pathname);

/**
 * One cold load of `url` in a fresh browser context, on a phone with 4× CPU
 * slowdown and, unless `network` is false, the slow-4G network: waits for the
 * load event, the network to go quiet, the first chart and the end of the
 * long-task window, then reads the page's figures.
 */
export async function measure(browser: Browser, url: string, {network: slow = true} = {}): Promise<Run> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", {cacheDisabled: true});
    if (slow) {
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: SLOW_4G.requestLatencyMs,
        downloadThroughput: (SLOW_4G.downloadKbps * 1024) / 8,
        uploadThroughput: (SLOW_4G.uploadKbps * 1024) / 8
      });
    }
    await cdp.send("Emulation.setCPUThrottlingRate", {rate: CPU_SLOWDOWN});
    await cdp.send("Performance.enable");
    const network = trackNetwork(cdp);
    await page.addInitScript({content: OBSERVER_SCRIPT});

    await page.goto(url, {waitUntil: "load", timeout: 90_000});
    const loadedAt = Date.now();
    const networkIdleAt = await network.idle(30_000);
    // Everything the page fetched up to now counts as its initial load.
    const initial = [...network.finished];
    const initialScripts = initial.filter(isScript);
    // The rest of the long-task window; the chart may still be on its way.
    await sleep(Math.max(0, TBT_WINDOW_AFTER_LOAD_MS - (Date.now() - loadedAt)));
    await pollPage(page, "window.__bench && window.__bench.chartVisible !== null", 20_000);

    const timing = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return {state: window.__bench, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, now: performance.now()};
    })()`)) as {state: PageState; dcl: number; load: number; now: number};
    const {state} = timing;
    // performance.now() in the page when the last request of the initial load ended, from the wall-clock gap.
    const networkIdleMs = timing.now - (Date.now() - networkIdleAt);

    await cdp.send("HeapProfiler.collectGarbage").catch(() => undefined);
    const {metrics} = await cdp.send("Performance.getMetrics");
    const heap = metrics.find((m) => m.name === "JSHeapUsedSize");

    const lcp = state.lcp.at(-1) ?? null;
    return {
      fcpMs: state.fcp,
      chartInDocumentMs: state.chartInDocument,
      chartVisibleMs: state.chartVisible,
      chart: state.chart,
      lcpMs: lcp?.startTime ?? null,
      lcpElement: lcp?.element ?? null,
      tbtMs: state.fcp === null ? null : totalBlockingTime(state.longtasks, state.fcp, timing.load + TBT_WINDOW_AFTER_LOAD_MS),
      longTasks: state.longtasks,
      domContentLoadedMs: timing.dcl,
      loadMs: timing.load,
      networkIdleMs,
      jsInitialBytes: initialScripts.reduce((sum, r) => sum + r.encodedBytes, 0),
      jsInitialFiles: initialScripts.length,
      transferredBytes: initial.reduce((sum, r) => sum + r.encodedBytes, 0),
      heapUsedBytes: heap?.value ?? null,
      resources: network.finished
    };
  } finally {
    await context.close();
  }
}
