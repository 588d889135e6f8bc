import type {Indicator, Observation, Relation, TargetStatus} from "../schema/dataset.ts";
import {CITY, roleOf, type DatasetYears, type Role} from "../schema/roles.ts";
import {JUDGED, type Counts, type Method, type NoVerdictReason, type Status} from "../schema/statuses.ts";

/** A published status, read for display: the figures its pace compared, as numbers and years. */
export interface StatusInfo {
  status: Status;
  method: Method;
  /** Why there is no verdict on progress, when there is none. */
  reason?: NoVerdictReason;
  /** What the figure read counts, of what the target counts. */
  counts?: Counts;
  progress?: number;
  due?: number;
  pace?: {neededPerYear: number; reported: number; reportedYears: number[]; unreportedYears: number[]};
}

const years = (text: string | null) => (text ? text.split(" ").map(Number) : []);

export function statusInfo(row: TargetStatus): StatusInfo {
  return {
    status: row.status,
    method: row.method,
    ...(JUDGED.has(row.status) ? {} : {reason: row.status_reason as NoVerdictReason}),
    ...(row.counts !== null ? {counts: row.counts} : {}),
    ...(row.progress !== null ? {progress: row.progress} : {}),
    ...(row.due !== null ? {due: row.due} : {}),
    ...(row.needed_per_year !== null && row.reported_per_year !== null
      ? {pace: {neededPerYear: row.needed_per_year, reported: row.reported_per_year, reportedYears: years(row.reported_years), unreportedYears: years(row.unreported_years)}}
      : {})
  };
}

/** Everything the documents say about one indicator, arranged for comparison. */
export interface IndicatorSummary {
  indicator: Indicator;
  /** The latest baseline for the city. */
  baseline?: Observation;
  /** The city's actuals, oldest first; `actual` is the latest. */
  actuals: Observation[];
  actual?: Observation;
  /** The plan's target for the city. */
  target?: Observation;
  /** The latest one-year target for the city. */
  annual?: Observation;
  /** The latest district target. */
  district?: Observation;
  /** Where the plan's target stands; without one, where the latest one-year target stands. */
  status?: StatusInfo;
  /** Where the one-year target stands, when there is one. */
  annualStatus?: StatusInfo;
  /** A five-year total that this yearly indicator's figures are the pace of, with its status. */
  paces?: {summary: IndicatorSummary; status: StatusInfo};
}

const latest = (list: Observation[]) => list.reduce<Observation | undefined>((a, b) => (!a || b.year >= a.year ? b : a), undefined);

export interface SummaryInput {
  observations: readonly Observation[];
  indicators: ReadonlyMap<string, Indicator>;
  /** Published statuses by target id. */
  status: ReadonlyMap<string, TargetStatus>;
  relations: readonly Relation[];
  years: DatasetYears;
}

/**
 * Groups the figures by indicator and role, each role's latest by year (never
 * by file order), and attaches the statuses the build decided. The
 * observations are not changed and not reordered.
 */
export function summarise({observations, indicators, status, relations, years}: SummaryInput): Map<string, IndicatorSummary> {
  const byIndicator = new Map<string, Map<Role, Observation[]>>();
  for (const o of observations) {
    const roles = byIndicator.get(o.indicator_id) ?? new Map<Role, Observation[]>();
    const role = roleOf(o, years.target);
    // Baselines and actuals are the city's; a district's own actuals are not part of the city's series.
    if (role !== "district" && o.scope !== CITY) continue;
    roles.set(role, [...(roles.get(role) ?? []), o]);
    byIndicator.set(o.indicator_id, roles);
  }
  const info = (o?: Observation) => (o && status.has(o.observation_id) ? statusInfo(status.get(o.observation_id)!) : undefined);
  const summaries = new Map<string, IndicatorSummary>();
  for (const [id, roles] of byIndicator) {
    const actuals = [...(roles.get("actual") ?? [])].sort((a, b) => a.year - b.year);
    const target = latest(roles.get("target") ?? []);
    const annual = latest(roles.get("annual") ?? []);
    const summary: IndicatorSummary = {indicator: indicators.get(id)!, baseline: latest(roles.get("baseline") ?? []), actuals, actual: actuals[actuals.length - 1], target, annual, district: latest(roles.get("district") ?? [])};
    summary.status = info(target) ?? info(annual);
    summary.annualStatus = info(annual);
    summaries.set(id, summary);
  }
  for (const r of relations) {
    const [total, yearly] = [summaries.get(r.indicator_id), summaries.get(r.related_id)];
    if (r.relation === "pace" && total?.status && yearly) yearly.paces = {summary: total, status: total.status};
  }
  return summaries;
}

/** Observations of one summary in reading order: baseline, actuals, targets. */
export function summaryObservations(s: IndicatorSummary): Observation[] {
  return [s.baseline, ...s.actuals, s.annual, s.target, s.district].filter((o): o is Observation => o !== undefined);
}
