import type {Better, Comparator} from "../schema/dataset.ts";
import type {Method, NoDataReason, Status} from "../schema/statuses.ts";

export type {Method, NoDataReason, Status};

/**
 * Where an indicator stands against its target, after Open SDG's progress
 * measure and Healthy People 2030's "percent of targeted change achieved".
 * The method is described in the README; this module is its only definition.
 */

/** The part of an observation the status method reads. */
export interface Point {
  value_base: number;
  unit_base: string;
  comparator: Comparator;
  year: number;
  basis: "level" | "flow" | "cumulative" | "batch";
  period: string | null;
  quote: string;
}

export interface StatusInput {
  better: Better;
  target: Point;
  actual?: Point;
  baseline?: Point;
}

export interface StatusOptions {
  /** Year of the plan's starting point (default 2020, the end of the 13th plan). */
  start?: number;
  /** Year the target is due (default 2025). */
  end?: number;
  /** Half-width of the band a "左右/约" (≈) target allows, as a share of the target (default 0.05). */
  tolerance?: number;
}

export interface StatusResult {
  status: Status;
  method: Method;
  reason?: NoDataReason;
  /** Share of the targeted change achieved by the actual: (actual − baseline) / (target − baseline). */
  progress?: number;
  /** Share of the change due by the actual's year on a straight path from start to end. */
  due?: number;
  /** For a cumulative target: what is needed per year, and what the actual's year reported. */
  pace?: {neededPerYear: number; reported: number; years: number; unreportedYears: number[]};
}

/** A target is a maintain target when its sentence says to keep (保持) a level. */
export function isMaintain(target: Point): boolean {
  return /保持/.test(target.quote);
}

function periodYears(period: string): [number, number] {
  const [from, to] = period.split("-").map(Number);
  return [from, to];
}

/** Whether an actual satisfies a target's comparator, read in the indicator's better direction. */
export function satisfies(actual: Point, target: Point, better: Better, tolerance = 0.05): boolean {
  const a = actual.value_base;
  const t = target.value_base;
  // "More than a" (余, 多, 超过) reaches a strict threshold at a itself.
  const strictOk = a > t || (a === t && actual.comparator === ">");
  switch (target.comparator) {
    case ">=":
      return a >= t;
    case ">":
      return strictOk;
    case "<=":
      return a <= t;
    case "<":
      return a < t || (a === t && actual.comparator === "<");
    case "~":
      if (Math.abs(a - t) <= tolerance * Math.abs(t)) return true;
      return better === "higher" ? a > t : better === "lower" ? a < t : false;
    case "=":
      return better === "higher" ? a >= t : better === "lower" ? a <= t : a === t;
  }
}

export function status({better, target, actual, baseline}: StatusInput, {start = 2020, end = 2025, tolerance = 0.05}: StatusOptions = {}): StatusResult {
  if (target.basis === "cumulative" && target.period) {
    if (!actual) return {status: "no-data", method: "pace", reason: "no-actual"};
    if (actual.unit_base !== target.unit_base) return {status: "no-data", method: "pace", reason: "units"};
    if (actual.basis !== "flow") return {status: "no-data", method: "pace", reason: "basis"};
    const [from, to] = periodYears(target.period);
    const years = to - from + 1;
    const neededPerYear = target.value_base / years;
    const unreportedYears: number[] = [];
    for (let y = from; y < actual.year; y++) unreportedYears.push(y);
    const pace = {neededPerYear, reported: actual.value_base, years, unreportedYears};
    return {status: actual.value_base >= neededPerYear ? "on-track" : "behind", method: "pace", pace};
  }

  const method: Method = isMaintain(target) ? "maintain" : "level";
  if (!actual) return {status: "no-data", method, reason: "no-actual"};
  if (actual.unit_base !== target.unit_base) return {status: "no-data", method, reason: "units"};
  if (actual.basis !== target.basis) return {status: "no-data", method, reason: "basis"};
  if (satisfies(actual, target, better, tolerance)) return {status: "met", method};
  if (method === "maintain") return {status: "behind", method};
  if (!baseline || baseline.unit_base !== target.unit_base) return {status: "no-data", method, reason: "no-baseline"};

  const due = (actual.year - start) / (end - start);
  const change = target.value_base - baseline.value_base;
  const direction = better === "lower" ? -1 : 1;
  const moved = (actual.value_base - baseline.value_base) * direction;
  if (moved < 0) return {status: "moving-away", method, due, progress: change === 0 ? -Infinity : (actual.value_base - baseline.value_base) / change};
  if (change === 0) return {status: "behind", method, due, progress: 0};
  const progress = (actual.value_base - baseline.value_base) / change;
  return {status: progress >= due ? "on-track" : "behind", method, due, progress};
}
