import type {Browser} from "playwright-core";
import {measure, type Run} from "./measure.ts";
import {ms} from "./report.ts";

/** The two networks, each against the static limit: the phone's CPU is 4× slower in both. */
export const PROFILES = [{key: "slow4g", name: "slow 4G", network: true}, {key: "fast", name: "no network throttling", network: false}] as const;
export type Profile = (typeof PROFILES)[number]["key"];

export type Outcome = Run | {error: string};
export type Outcomes = Record<Profile, {page: Outcome[]; static: Outcome[]}>;

/** One cold load (measure), or why it failed: a failed load is kept, not thrown. */
export async function attempt(browser: Browser, url: string, network: boolean): Promise<Outcome> {
  try {
    return await measure(browser, url, {network});
  } catch (error) {
    return {error: error instanceof Error ? error.message : String(error)};
  }
}

/** The runs that finished. */
export const ok = (list: Outcome[]): Run[] => list.filter((r): r is Run => !("error" in r));

/**
 * Cold loads of the page and of its static limit, `runs` times on each
 * network, alternating page and limit and the two networks, so that a slow
 * spell of the machine falls on both. A failed load is kept as its error.
 */
export async function timedRuns(browser: Browser, urls: {page: string; static: string}, runs: number, log: (line: string) => void): Promise<Outcomes> {
  const outcomes: Outcomes = {slow4g: {page: [], static: []}, fast: {page: [], static: []}};
  const brief = (r: Outcome) => ("error" in r ? `error: ${r.error}` : `FCP ${ms(r.fcpMs)}, chart ${ms(r.chartVisibleMs)}, LCP ${ms(r.lcpMs)}, TBT ${ms(r.tbtMs)}`);
  for (let i = 0; i < runs; i++) {
    for (const profile of PROFILES) {
      const page = await attempt(browser, urls.page, profile.network);
      const reference = await attempt(browser, urls.static, profile.network);
      outcomes[profile.key].page.push(page);
      outcomes[profile.key].static.push(reference);
      log(`bench: run ${i + 1}/${runs} ${profile.name.padEnd(21)} page: ${brief(page)}  |  static: ${brief(reference)}`);
    }
  }
  return outcomes;
}
