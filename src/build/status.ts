import type {Better, Comparator} from "../schema/dataset.ts";
import type {Method, NoDataReason, Status} from "../schema/statuses.ts";

/**
 * Where a target stands, after Open SDG's progress measure and Healthy People
 * 2030's "percent of targeted change achieved". The method is described in the
 * README; this module is its only definition. The build decides every status
 * once and publishes it (status.csv); the page only shows it.
 */
export interface Point {
  value_base: number;
  unit_base: string;
  comparator: Comparator;
  basis: "level" | "flow" | "cumulative" | "batch";
  period_start: number;
  period_end: number;
  /** The year the figure refers to (its period's end). */
  year: number;
  quote: string;
}

export interface StatusInput {
  better: Better;
  target: Point;
  /** The latest actual of the target's indicator and scope, up to the target's year (for a yearly target: of that year). */
  actual?: Point;
  /** The latest baseline of the indicator and scope before the actual. */
  baseline?: Point;
  /** For a cumulative target: the yearly figures reported within its period (of the indicator it is paced by). */
  flows?: readonly Point[];
}

export interface Pace {
  neededPerYear: number;
  /** Mean of the yearly figures reported within the period. */
  reported: number;
  years: number;
  reportedYears: number[];
  /** Years of the period up to the latest report that no document reports. */
  unreportedYears: number[];
}

export interface StatusResult {
  status: Status;
  method: Method;
  reason?: NoDataReason;
  /** Share of the targeted change achieved: (actual − baseline) / (target − baseline). */
  progress?: number;
  /** Share of the change due by the actual's year on a straight path from the baseline's year to the target's. */
  due?: number;
  pace?: Pace;
}

export interface StatusOptions {
  /** Half-width of the band an "about" (左右, 约) target allows, as a share of the target (default 0.05). */
  tolerance?: number;
}

/** A target is a maintain target when its sentence says to keep (保持) a level. */
export function isMaintain(target: Pick<Point, "quote">): boolean {
  return /保持/.test(target.quote);
}

/** Whether a value satisfies a target's comparator, read in the indicator's better direction. */
export function satisfies(actual: Pick<Point, "value_base" | "comparator">, target: Pick<Point, "value_base" | "comparator">, better: Better, tolerance = 0.05): boolean {
  const a = actual.value_base;
  const t = target.value_base;
  switch (target.comparator) {
    case "ge":
      return a >= t;
    case "gt":
      // "More than a" (余, 多, 超过) reaches a strict threshold at a itself.
      return a > t || (a === t && actual.comparator === "gt");
    case "le":
      return a <= t;
    case "lt":
      return a < t || (a === t && actual.comparator === "lt");
    case "approx":
      if (Math.abs(a - t) <= tolerance * Math.abs(t)) return true;
      return better === "higher" ? a > t : better === "lower" ? a < t : false;
    case "eq":
      return better === "higher" ? a >= t : better === "lower" ? a <= t : a === t;
  }
}

const noData = (method: Method, reason: NoDataReason, extra: Partial<StatusResult> = {}): StatusResult => ({status: "no-data", method, reason, ...extra});

/** A cumulative target against the yearly figures reported within its period. */
function paceStatus({better, target, flows = []}: StatusInput, tolerance: number): StatusResult {
  const within = flows.filter((f) => f.year >= target.period_start && f.year <= target.period_end);
  if (!within.length) return noData("pace", "no-actual");
  if (within.some((f) => f.unit_base !== target.unit_base)) return noData("pace", "units");
  if (within.some((f) => f.basis !== "flow")) return noData("pace", "basis");
  const years = target.period_end - target.period_start + 1;
  const reportedYears = within.map((f) => f.year).sort((a, b) => a - b);
  const latest = reportedYears[reportedYears.length - 1];
  const unreportedYears: number[] = [];
  for (let y = target.period_start; y <= latest; y++) if (!reportedYears.includes(y)) unreportedYears.push(y);
  const total = within.reduce((sum, f) => sum + f.value_base, 0);
  const pace: Pace = {neededPerYear: target.value_base / years, reported: total / within.length, years, reportedYears, unreportedYears};
  // The reported years alone already reach the total: met, whatever the rest.
  if (satisfies({value_base: total, comparator: "eq"}, target, better, tolerance)) return {status: "met", method: "pace", pace};
  if (reportedYears.length === years) return {status: "behind", method: "pace", pace};
  return {status: pace.reported >= pace.neededPerYear ? "on-track" : "behind", method: "pace", pace};
}

export function status(input: StatusInput, {tolerance = 0.05}: StatusOptions = {}): StatusResult {
  const {better, target, actual, baseline} = input;
  if (target.basis === "cumulative" && actual?.basis !== "cumulative") return paceStatus(input, tolerance);

  const method: Method = target.basis === "flow" ? "year" : isMaintain(target) ? "maintain" : "level";
  if (!actual) return noData(method, "no-actual");
  if (actual.unit_base !== target.unit_base) return noData(method, "units");
  if (actual.basis !== target.basis) return noData(method, "basis");
  if (satisfies(actual, target, better, tolerance)) return {status: "met", method};
  // A target whose year has come and that is not met is behind, whatever the path.
  if (method !== "level" || actual.year >= target.year) return {status: "behind", method};
  if (!baseline || baseline.unit_base !== target.unit_base) return noData(method, "no-baseline");

  const due = (actual.year - baseline.year) / (target.year - baseline.year);
  const change = target.value_base - baseline.value_base;
  const direction = better === "lower" ? -1 : 1;
  const moved = (actual.value_base - baseline.value_base) * direction;
  if (moved < 0) return {status: "moving-away", method, due, progress: change === 0 ? -Infinity : (actual.value_base - baseline.value_base) / change};
  if (change === 0) return {status: "behind", method, due, progress: 0};
  const progress = (actual.value_base - baseline.value_base) / change;
  return {status: progress >= due ? "on-track" : "behind", method, due, progress};
}
