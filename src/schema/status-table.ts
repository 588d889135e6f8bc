import {code, num, optional, text, type Fields} from "./fields.ts";
import {SCOPES, type Scope} from "./records.ts";
import {STATUS_CODES, STATUS_REASONS, type Method, type Status, type StatusReason} from "./statuses.ts";

/** One target and the figures its status compares. */
export interface StatusRow {
  target_id: string;
  indicator_id: string;
  scope: Scope;
  status: Status;
  status_reason: StatusReason;
  baseline_id: string | null;
  actual_id: string | null;
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
  status: code("Where the target stands.", STATUS_CODES),
  status_reason: code("How it was decided, or for no-data what is missing.", STATUS_REASONS),
  baseline_id: optional(code("The baseline compared (the latest before the actual), if any.")),
  actual_id: optional(code("The actual compared: the latest one of the indicator (for pace, of the indicator it is paced by) in the same scope, up to the target's year.")),
  progress: optional(num("(actual − baseline) ÷ (target − baseline), for the level method.")),
  due: optional(num("The share of that change due by the actual's year on a straight path from the baseline's year to the target's.")),
  needed_per_year: optional(num("For pace: the cumulative target divided by the years of its period.")),
  reported_per_year: optional(num("For pace: the mean of the yearly figures reported within the period.")),
  reported_years: optional(text("For pace: the years reported, separated by spaces.")),
  unreported_years: optional(text("For pace: the years of the period up to the latest report that no document reports, separated by spaces.")),
  method: code("level, maintain, pace or year (see the README's status method).", ["level", "maintain", "pace", "year"])
};

