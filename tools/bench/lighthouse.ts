import {chromiumPath, CHROMIUM_ARGS} from "../chromium.ts";

export interface LighthouseRun {
  performance: number | null;
  accessibility: number | null;
  /** Lighthouse's own (simulated) metrics, for reference. */
  metrics: Record<string, number | null>;
  runtimeError?: string;
  durationMs: number;
}

export interface LighthouseResult {
  runs: LighthouseRun[];
  performance: number | null;
  accessibility: number | null;
  /** Lighthouse's own (simulated) total blocking time, median of the runs. */
  totalBlockingTime: number | null;
  error?: string;
}

const AUDITS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "interactive"];

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms); });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * Lighthouse's default (mobile, simulated slow 4G and 4× CPU) performance and
 * accessibility scores, 0–100, from Chromium started by chrome-launcher with
 * the tests' flags. Never throws: a failure is reported in `error`.
 */
export async function runLighthouse(url: string, runs: number, median: (values: number[]) => number | null): Promise<LighthouseResult> {
  const result: LighthouseResult = {runs: [], performance: null, accessibility: null, totalBlockingTime: null};
  try {
    const {default: lighthouse} = await import("lighthouse");
    const {launch} = await import("chrome-launcher");
    for (let i = 0; i < runs; i++) {
      const started = Date.now();
      const chrome = await launch({
        chromePath: chromiumPath(),
        chromeFlags: [...CHROMIUM_ARGS.filter((flag) => flag !== "--headless"), "--headless=new"],
        logLevel: "silent"
      });
      try {
        const outcome = await timeout(lighthouse(url, {port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"]}), 180_000, "Lighthouse");
        const lhr = outcome?.lhr;
        if (!lhr) throw new Error("Lighthouse returned no report");
        const score = (id: string) => {
          const value = lhr.categories[id]?.score;
          return typeof value === "number" ? Math.round(value * 100) : null;
        };
        result.runs.push({
          performance: score("performance"),
          accessibility: score("accessibility"),
          metrics: Object.fromEntries(AUDITS.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
          ...(lhr.runtimeError ? {runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`} : {}),
          durationMs: Date.now() - started
        });
      } finally {
        chrome.kill();
      }
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  const scores = (key: "performance" | "accessibility") => result.runs.map((r) => r[key]).filter((v): v is number => v !== null);
  result.performance = median(scores("performance"));
  result.accessibility = median(scores("accessibility"));
  result.totalBlockingTime = median(result.runs.map((r) => r.metrics["total-blocking-time"]).filter((v): v is number => typeof v === "number"));
  return result;
}
