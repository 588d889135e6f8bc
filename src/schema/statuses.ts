/**
 * Where an indicator stands against its target, after Open SDG's progress
 * measure and Healthy People 2030's "percent of targeted change achieved".
 * The method itself is src/model/status.ts.
 */
export type Status = "met" | "on-track" | "behind" | "moving-away" | "no-data";

/** Why a status is "no-data": what is missing or what cannot be compared. */
export type NoDataReason = "no-actual" | "no-baseline" | "units" | "basis";

/**
 * How a status was decided: level (progress from the baseline towards the target),
 * maintain (a level to keep: met or behind), pace (a cumulative target against the
 * yearly figures reported), year (a target for one year, against that year's figure).
 */
export type Method = "level" | "maintain" | "pace" | "year";

/** The published status_reason: what is missing when there is no comparable data, else the method. */
export type StatusReason = NoDataReason | Method;

export const STATUS_CODES: readonly Status[] = ["met", "on-track", "behind", "moving-away", "no-data"];
export const STATUS_REASONS: readonly StatusReason[] = ["level", "maintain", "pace", "year", "no-actual", "no-baseline", "units", "basis"];

/** Statuses a reader can filter figures by: a target's five, and `none` for figures that are not targets. */
export type FilterStatus = Status | "none";

export const STATUSES: readonly FilterStatus[] = ["met", "on-track", "behind", "moving-away", "no-data", "none"];
