import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import type {Status} from "../schema/statuses.ts";
import type {IndicatorSummary} from "./indicator-summary.ts";
import {interpolate} from "../i18n/interpolate.ts";

/** The statuses in the order a reader wants them: news first, then what cannot be judged. */
export const STATUS_ORDER: readonly Status[] = ["met", "on-track", "behind", "moving-away", "no-data"];

export interface TrackedTarget {
  /** The indicator whose target it is. */
  id: string;
  name: string;
  status: Status;
  /** The explainer chart that shows it, for a link (`#chart-…`), if one does. */
  chart?: string;
}

export interface StatusGroup {
  status: Status;
  label: string;
  targets: TrackedTarget[];
}

/**
 * The targets a reader can follow: the plan's main targets (主要目标) and the
 * five-year totals judged as a pace. Each has a status from the build.
 */
export function trackedTargets(summaries: ReadonlyMap<string, IndicatorSummary>): IndicatorSummary[] {
  return [...summaries.values()].filter((s) => s.target && s.status && (s.indicator.main_target || s.status.method === "pace"));
}

/** The tracked targets grouped by status, in STATUS_ORDER, each group named; empty groups are left out. */
export function statusGroups(tracked: readonly IndicatorSummary[], {lang, messages, chartOf}: {lang: Lang; messages: Messages; chartOf: (indicator: string) => string | undefined}): StatusGroup[] {
  return STATUS_ORDER.flatMap((status) => {
    const targets = tracked
      .filter((s) => s.status!.status === status)
      .map((s) => ({id: s.indicator.id, name: lang === "zh" ? s.indicator.name_zh : s.indicator.name_en, status, chart: chartOf(s.indicator.id)}));
    return targets.length ? [{status, label: messages.status[status], targets}] : [];
  });
}

/**
 * The statuses that occur, as a phrase: "2 met, 1 on track and 1 behind".
 * A status with no target is left out, so a finding names every status there
 * is (moving away included, when one appears) and none that is not.
 */
export function statusBreakdown(tracked: readonly IndicatorSummary[], {lang, messages}: {lang: Lang; messages: Messages}): string {
  const parts = STATUS_ORDER.flatMap((status) => {
    const n = tracked.filter((s) => s.status!.status === status).length;
    return n ? [interpolate(messages.summary.counts[status], {n})] : [];
  });
  return new Intl.ListFormat(lang === "zh" ? "zh-CN" : "en", {type: "conjunction"}).format(parts);
}

/** Counts per status, for the finding's slots ({met}, {onTrack}, …, {count}). */
export function statusCounts(tracked: readonly IndicatorSummary[]): Record<"count" | "met" | "onTrack" | "behind" | "movingAway" | "noData", number> {
  const n = (status: Status) => tracked.filter((s) => s.status!.status === status).length;
  return {count: tracked.length, met: n("met"), onTrack: n("on-track"), behind: n("behind"), movingAway: n("moving-away"), noData: n("no-data")};
}
