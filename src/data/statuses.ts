import type {Status} from "./status.ts";

/** Statuses a reader can filter by: the method's five, and indicators with no five-year target. */
export type FilterStatus = Status | "no-target";

export const STATUSES: readonly FilterStatus[] = ["met", "on-track", "behind", "moving-away", "no-data", "no-target"];
