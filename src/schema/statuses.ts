/**
 * Where a target stands: a verdict that says what is known, after Open SDG's
 * progress measure and Healthy People 2030's "percent of targeted change
 * achieved". Four verdicts judge progress (met, on-track, behind, moving-away);
 * three say why there is none: a figure that counts the same thing but no
 * baseline to measure its pace by (too-early), a latest figure that counts
 * something else (not-comparable), or no figure since the plan (no-figure).
 * The method itself is src/build/status.ts.
 */
export type Status = "met" | "on-track" | "behind" | "moving-away" | "too-early" | "not-comparable" | "no-figure";

/** The verdicts in the order a reader wants them: news first, then what cannot be judged and why. */
export const STATUS_CODES: readonly Status[] = ["met", "on-track", "behind", "moving-away", "too-early", "not-comparable", "no-figure"];

/** Verdicts on progress: a figure that counts what the target counts was compared with it. */
export const JUDGED: ReadonlySet<Status> = new Set(["met", "on-track", "behind", "moving-away"]);

/**
 * Why a target has no verdict on progress:
 * - no-actual: nothing published since the plan (no-figure);
 * - no-baseline: a figure that counts the same thing, but no baseline to measure its pace by (too-early);
 * - other-measure: the latest figure is of an indicator curated as counting something else (not-comparable);
 * - part: the latest figures count only part of what the target counts, and below the pace a lower bound shows nothing (not-comparable);
 * - units, basis: the figures compared are in different units or count on a different basis (not-comparable).
 */
export type NoVerdictReason = "no-actual" | "no-baseline" | "other-measure" | "part" | "units" | "basis";
/** @deprecated the name before verdicts were told apart; the same codes. */
export type NoDataReason = NoVerdictReason;

/**
 * How a status was decided: level (progress from the baseline towards the target),
 * maintain (a level to keep: met or behind), pace (a cumulative target against the
 * yearly figures reported), year (a target for one year, against that year's figure).
 */
export type Method = "level" | "maintain" | "pace" | "year";

/** The published status_reason: the method for a verdict on progress, else why there is none. */
export type StatusReason = NoVerdictReason | Method;

export const STATUS_REASONS: readonly StatusReason[] = ["level", "maintain", "pace", "year", "no-actual", "no-baseline", "other-measure", "part", "units", "basis"];

/**
 * What the figure a status read counts, of what its target counts (curation:
 * the indicator, or a relation's `counts`): the same thing, only part of it (a
 * lower bound), or something else.
 */
export type Counts = "same" | "part" | "other";

export const COUNTS: readonly Counts[] = ["same", "part", "other"];

/** Statuses a reader can filter figures by: a target's, and `none` for figures that are not targets. */
export type FilterStatus = Status | "none";

export const STATUSES: readonly FilterStatus[] = [...STATUS_CODES, "none"];
