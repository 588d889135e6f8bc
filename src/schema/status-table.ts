import {code, num, optional, text, type Fields} from "./fields.ts";
import {SCOPES, type Scope} from "./records.ts";
import {COUNTS, STATUS_CODES, STATUS_REASONS, type Counts, type Method, type Status, type StatusReason} from "./statuses.ts";

/** One target and the figures its status compares. */
export interface StatusRow {
  target_id: string;
  indicator_id: string;
  scope: Scope;
  status: Status;
  status_reason: StatusReason;
  baseline_id: string | null;
  actual_id: string | null;
  counts: Counts | null;
  gap: number | null;
  progress: number | null;
  due: number | null;
  needed_per_year: number | null;
  reported_per_year: number | null;
  reported_years: string | null;
  unreported_years: string | null;
  method: Method;
}

export const STATUS_FIELDS: Fields<StatusRow> = {
  target_id: code("The target (see observations)."),
  indicator_id: code("The target's indicator."),
  scope: code("The target's scope.", SCOPES),
  status: code("The verdict: met, on-track, behind, moving-away (judged on a figure that counts what the target counts); too-early (such a figure, but no baseline to measure its pace by), not-comparable (the latest figure counts something else, or only part of it and below the pace), no-figure (nothing published since the plan).", STATUS_CODES),
  status_reason: code("For a verdict on progress, the method; otherwise why there is none: no-actual, no-baseline, other-measure, part, units, basis (see the README's status method).", STATUS_REASONS),
  baseline_id: optional(code("The baseline compared (the latest before the actual), if any.")),
  actual_id: optional(code("The latest figure read: an actual of the indicator (for pace, of the indicator it is paced by) in the same scope, up to the target's year; for other-measure, the latest figure of an indicator that counts something else.")),
  counts: optional(code("What that figure counts, of what the target counts (curation: the indicator, or the relation's `counts`): same; part (a lower bound: it supports met or on-track, nothing below); other. Empty when there is no figure.", COUNTS)),
  gap: optional(num("How far the actual is short of the target, in the indicator's unit and better direction (0 or less: reached). For a figure that counts the same thing, by the level, maintain or year method.")),
  progress: optional(num("(actual − baseline) ÷ (target − baseline), for the level method.")),
  due: optional(num("The share of that change due by the actual's year on a straight path from the baseline's year to the target's.")),
  needed_per_year: optional(num("For pace: the cumulative target divided by the years of its period.")),
  reported_per_year: optional(num("For pace: the mean of the yearly figures reported within the period.")),
  reported_years: optional(text("For pace: the years reported, separated by spaces.")),
  unreported_years: optional(text("For pace: the years of the period up to the latest report that no document reports, separated by spaces.")),
  method: code("level, maintain, pace or year (see the README's status method).", ["level", "maintain", "pace", "year"])
};

