import type {LighthouseResult} from "./lighthouse.ts";
import type {Run} from "./measure.ts";
import {kB, MB, median, ms, ratio, score, times, type Row} from "./report.ts";
import {ok, PROFILES, type Outcomes, type Profile} from "./timed-runs.ts";

const METRICS = ["fcpMs", "chartInDocumentMs", "chartVisibleMs", "lcpMs", "tbtMs", "domContentLoadedMs", "loadMs", "networkIdleMs", "jsInitialBytes", "jsInitialFiles", "transferredBytes", "heapUsedBytes"] as const;
type Metric = (typeof METRICS)[number];
export type Medians = Record<Metric, number | null>;
type Ratios = Record<"fcp" | "chartVisible" | "lcp" | "tbt" | "heap", number | null>;
export type Measured = Record<Profile, {page: Medians; static: Medians; ratios: Ratios}>;

export interface Targets {
  firstViewBytes: number;
  chartVisibleRatio: number;
  tbtMs: number;
  lighthouse: number;
}

export interface Target {
  metric: string;
  target: string;
  value: number | null;
  met: boolean;
}

function medians(done: Run[]): Medians {
  return Object.fromEntries(METRICS.map((key) => [key, median(done.map((r) => r[key]).filter((v): v is number => v !== null))])) as Medians;
}

/** Each network's medians, page and static limit, and the page's ratio to the limit. */
export function measuredOf(outcomes: Outcomes): Measured {
  return Object.fromEntries(PROFILES.map((p) => {
    const page = medians(ok(outcomes[p.key].page));
    const reference = medians(ok(outcomes[p.key].static));
    const ratios = {
      fcp: ratio(page.fcpMs, reference.fcpMs),
      chartVisible: ratio(page.chartVisibleMs, reference.chartVisibleMs),
      lcp: ratio(page.lcpMs, reference.lcpMs),
      tbt: ratio(page.tbtMs, reference.tbtMs),
      heap: ratio(page.heapUsedBytes, reference.heapUsedBytes)
    };
    return [p.key, {page, static: reference, ratios}];
  })) as Measured;
}

const NETWORK = {slow4g: "slow 4G", fast: "no throttling"} as const;

/** The targets, each with its value and whether it is met. */
export function targetsOf(measured: Measured, {firstViewBytes, lighthouse}: {firstViewBytes: number; lighthouse: LighthouseResult}, targets: Targets): Target[] {
  const within = (value: number | null, limit: number) => value !== null && value <= limit;
  return [
    ...PROFILES.map(({key}) => ({metric: `first chart visible (${NETWORK[key]})`, target: `≤ ${targets.chartVisibleRatio.toFixed(1)}× static`, value: measured[key].ratios.chartVisible, met: within(measured[key].ratios.chartVisible, targets.chartVisibleRatio)})),
    ...PROFILES.map(({key}) => ({metric: `total blocking time (${NETWORK[key]})`, target: `≤ ${targets.tbtMs} ms`, value: measured[key].page.tbtMs, met: within(measured[key].page.tbtMs, targets.tbtMs)})),
    {metric: "first view (gzip)", target: `≤ ${targets.firstViewBytes / 1000} kB`, value: firstViewBytes, met: firstViewBytes <= targets.firstViewBytes},
    {metric: "Lighthouse performance", target: `${targets.lighthouse}`, value: lighthouse.performance, met: lighthouse.performance === targets.lighthouse},
    {metric: "Lighthouse accessibility", target: `${targets.lighthouse}`, value: lighthouse.accessibility, met: lighthouse.accessibility === targets.lighthouse}
  ];
}

/** The printed table's rows: each network's timings against the limit, then sizes and Lighthouse. */
export function summaryRows(measured: Measured, targets: Target[], {firstViewBytes, js, lighthouse}: {firstViewBytes: number; js: {files: number; gzipBytes: number}; lighthouse: LighthouseResult}): Row[] {
  const mark = (metric: string) => {
    const t = targets.find((x) => x.metric === metric);
    return t ? `${t.target}  ${t.met ? "met" : "MISSED"}` : "";
  };
  const {fast} = measured;
  return PROFILES.flatMap(({key, name}): Row[] => {
    const {page, static: reference, ratios} = measured[key];
    return [
      {metric: `${name}: first contentful paint`, page: ms(page.fcpMs), static: ms(reference.fcpMs), ratio: times(ratios.fcp), target: ""},
      {metric: `${name}: first chart visible`, page: ms(page.chartVisibleMs), static: ms(reference.chartVisibleMs), ratio: times(ratios.chartVisible), target: mark(`first chart visible (${NETWORK[key]})`)},
      {metric: `${name}: largest contentful paint`, page: ms(page.lcpMs), static: ms(reference.lcpMs), ratio: times(ratios.lcp), target: ""},
      {metric: `${name}: total blocking time`, page: ms(page.tbtMs), static: ms(reference.tbtMs), ratio: times(ratios.tbt), target: mark(`total blocking time (${NETWORK[key]})`)},
      {metric: `${name}: transferred until idle`, page: kB(page.transferredBytes), static: kB(reference.transferredBytes), ratio: "—", target: ""}
    ];
  }).concat([
    {metric: "first view (gzip: HTML, CSS, JS, data)", page: kB(firstViewBytes), static: "—", ratio: "—", target: mark("first view (gzip)")},
    {metric: "JS initial (on the wire)", page: kB(fast.page.jsInitialBytes), static: "—", ratio: "—", target: ""},
    {metric: `JS total (gzip, ${js.files} file${js.files === 1 ? "" : "s"})`, page: kB(js.gzipBytes), static: "—", ratio: "—", target: ""},
    {metric: "JS heap", page: MB(fast.page.heapUsedBytes), static: MB(fast.static.heapUsedBytes), ratio: times(fast.ratios.heap), target: ""},
    {metric: "Lighthouse performance", page: score(lighthouse.performance), static: "—", ratio: "—", target: lighthouse.error ? `(${lighthouse.error.slice(0, 60)})` : mark("Lighthouse performance")},
    {metric: "Lighthouse accessibility", page: score(lighthouse.accessibility), static: "—", ratio: "—", target: mark("Lighthouse accessibility")},
    {metric: "Lighthouse total blocking time", page: ms(lighthouse.totalBlockingTime ?? null), static: "—", ratio: "—", target: ""}
  ]);
}
