import type {MarkSeries} from "./chart-model.ts";
import {status, type Status, type StatusOptions, type StatusResult} from "./status.ts";
import type {Indicator, Observation} from "../schema/dataset.ts";

/** Everything the documents say about one indicator, arranged for comparison. */
export interface IndicatorSummary {
  indicator: Indicator;
  /** The 13th plan's result for Beijing. */
  baseline?: Observation;
  /** The 14th plan's target for Beijing (due at the end of the plan). */
  target?: Observation;
  /** A target set for a single year, such as a yearly pledge the summary quotes. */
  annual?: Observation;
  /** Dongcheng district's target. */
  district?: Observation;
  /** The reported result for Beijing. */
  actual?: Observation;
  /** Status against the five-year target; absent when there is no target. */
  status?: StatusResult;
  /** Status of the actual against a one-year target, when there is one. */
  annualStatus?: StatusResult;
}

export interface SummaryOptions extends StatusOptions {
  /** The year the plan's targets are due (default 2025). */
  end?: number;
}

/**
 * Groups observations by indicator and derives each status. The observations
 * are not changed and not reordered.
 */
export function summarise(observations: readonly Observation[], indicators: ReadonlyMap<string, Indicator>, options: SummaryOptions = {}): IndicatorSummary[] {
  const {end = 2025} = options;
  const byIndicator = new Map<string, IndicatorSummary>();
  for (const o of observations) {
    let summary = byIndicator.get(o.indicator_id);
    if (!summary) byIndicator.set(o.indicator_id, (summary = {indicator: indicators.get(o.indicator_id)!}));
    if (o.scope === "dongcheng") {
      if (o.series === "target") summary.district = o;
    } else if (o.series === "baseline") summary.baseline = o;
    else if (o.series === "actual") summary.actual = o;
    else if (o.year === end) summary.target = o;
    else summary.annual = o;
  }
  for (const summary of byIndicator.values()) {
    const {indicator, target, annual, actual, baseline} = summary;
    if (target) summary.status = status({better: indicator.better, target, actual, baseline}, options);
    if (annual && actual && annual.year === actual.year) summary.annualStatus = status({better: indicator.better, target: annual, actual}, options);
  }
  return [...byIndicator.values()];
}

/** Observations of one summary in reading order: baseline, actual, target, then the rest. */
export function summaryObservations(s: IndicatorSummary): Observation[] {
  return [s.baseline, s.actual, s.annual, s.target, s.district].filter((o): o is Observation => o !== undefined);
}

/** Which of its indicator's figures an observation is: baseline, actual, a one-year target, the plan's target, or Dongcheng's. */
export function roleOf(o: Observation, summary?: IndicatorSummary): MarkSeries {
  if (o.scope === "dongcheng") return "district";
  if (o.series === "target" && summary?.annual === o) return "annual";
  return o.series;
}

/** The indicator's status, for the two figures it is about (the plan's target and the actual); else none. */
export function statusOf(o: Observation, summary?: IndicatorSummary): Status | undefined {
  return summary?.status && (summary.target === o || summary.actual === o) ? summary.status.status : undefined;
}
