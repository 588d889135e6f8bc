import type {Better, Comparator} from "../schema/dataset.ts";
import type {Counts, Method, NoVerdictReason, Status} from "../schema/statuses.ts";

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
  /**
   * What the figures compared count of what the target counts (curation: a
   * pace relation's `counts`): the same thing (default), or only part of it,
   * which makes them a lower bound.
   */
  counts?: "same" | "part";
  /** The latest figure in the target's scope, up to its year, of an indicator curated as counting something else (a not-comparable relation). */
  other?: Point;
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
  /** Why there is no verdict on progress, when there is none. */
  reason?: NoVerdictReason;
  /** What the figure read counts, of what the target counts; absent when no figure was read. */
  counts?: Counts;
  /** Share of the targeted change achieved: (actual − baseline) / (target − baseline). */
  progress?: number;
  /** Share of the change due by the actual's year on a straight path from the baseline's year to the target's. */
  due?: number;
  /** How far the actual is short of the target, in the better direction (0 or less: reached); for a figure that counts the same thing, outside a pace. */
  gap?: number;
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

const none = (status: Status, method: Method, reason: NoVerdictReason, extra: Partial<StatusResult> = {}): StatusResult => ({status, method, reason, ...extra});

/** A cumulative target against the yearly figures reported within its period. */
function paceStatus({better, target, flows = []}: StatusInput, tolerance: number): StatusResult {
  const within = flows.filter((f) => f.year >= target.period_start && f.year <= target.period_end);
  if (!within.length) return none("no-figure", "pace", "no-actual");
  if (within.some((f) => f.unit_base !== target.unit_base)) return none("not-comparable", "pace", "units", {counts: "other"});
  if (within.some((f) => f.basis !== "flow")) return none("not-comparable", "pace", "basis", {counts: "other"});
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

/** How far an actual is short of a target, in the better direction; float noise rounded away. */
function gapOf(actual: Point, target: Point, better: Better): number {
  const gap = better === "lower" ? actual.value_base - target.value_base : target.value_base - actual.value_base;
  return Number(gap.toPrecision(12));
}

/** The verdict on figures that count what the target counts (or a part of it): met, on track, behind, moving away, or too early. */
function judge(input: StatusInput, tolerance: number): StatusResult {
  const {better, target, actual, baseline} = input;
  if (target.basis === "cumulative" && actual?.basis !== "cumulative") return paceStatus(input, tolerance);

  const method: Method = target.basis === "flow" ? "year" : isMaintain(target) ? "maintain" : "level";
  if (!actual) return none("no-figure", method, "no-actual");
  if (actual.unit_base !== target.unit_base) return none("not-comparable", method, "units", {counts: "other"});
  if (actual.basis !== target.basis) return none("not-comparable", method, "basis", {counts: "other"});
  const gap = gapOf(actual, target, better);
  if (satisfies(actual, target, better, tolerance)) return {status: "met", method, gap};
  // A target whose year has come and that is not met is behind, whatever the path.
  if (method !== "level" || actual.year >= target.year) return {status: "behind", method, gap};
  // A figure that counts the same thing, but nothing to measure its pace from: say how far it is, judge nothing yet.
  if (!baseline || baseline.unit_base !== target.unit_base) return none("too-early", method, "no-baseline", {gap});

  const due = (actual.year - baseline.year) / (target.year - baseline.year);
  const change = target.value_base - baseline.value_base;
  // The build refuses a baseline equal to its level target (checkLevelTargets), where this would divide by zero.
  if (change === 0) throw new RangeError(`the baseline of ${target.quote} equals its target: progress is undefined`);
  const direction = better === "lower" ? -1 : 1;
  const moved = (actual.value_base - baseline.value_base) * direction;
  const progress = (actual.value_base - baseline.value_base) / change;
  if (moved < 0) return {status: "moving-away", method, due, progress, gap};
  return {status: progress >= due ? "on-track" : "behind", method, due, progress, gap};
}

/**
 * The verdict on a target, and what it rests on. Figures that count what the
 * target counts are judged (judge); figures that count only part of it are a
 * lower bound, which can show the target met or on track and nothing else;
 * without either, a figure that counts something else makes the target "not
 * comparable", and no figure at all "no figure".
 */
export function status(input: StatusInput, {tolerance = 0.05}: StatusOptions = {}): StatusResult {
  const judged = judge(input, tolerance);
  const read = judged.status !== "no-figure" && judged.counts === undefined;
  if (read && input.counts === "part") {
    // A lower bound at or above what is needed shows the target met or on track; below it, it shows nothing.
    const {gap: _gap, ...rest} = judged;
    return judged.status === "met" || judged.status === "on-track" ? {...rest, counts: "part"} : {...rest, status: "not-comparable", reason: "part", counts: "part"};
  }
  if (read) return {...judged, counts: "same"};
  if (judged.status === "no-figure" && input.other) return none("not-comparable", judged.method, "other-measure", {counts: "other"});
  return judged;
}
