/**
 * Where an indicator stands against its target, after Open SDG's progress
 * measure and Healthy People 2030's "percent of targeted change achieved".
 * The method itself is src/model/status.ts.
 */
export type Status = "met" | "on-track" | "behind" | "moving-away" | "no-data";

/** Why a status is "no-data": what is missing or what cannot be compared. */
export type NoDataReason = "no-actual" | "no-baseline" | "units" | "basis";

export type Method = "level" | "maintain" | "pace";

/** Statuses a reader can filter by: the method's five, and indicators with no five-year target. */
export type FilterStatus = Status | "no-target";

export const STATUSES: readonly FilterStatus[] = ["met", "on-track", "behind", "moving-away", "no-data", "no-target"];
