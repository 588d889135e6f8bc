import type {Lang} from "../i18n/locale.ts";
import {htmlLang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import type {TrackerTexts} from "../schema/content.ts";
import {STATUS_CODES, type Status} from "../schema/statuses.ts";
import type {IndicatorSummary} from "./indicator-summary.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {fillText, type NarrativeContext} from "./narrative.ts";
import {checkable, type TrackerRow} from "./tracker-rows.ts";

/** The statuses in the order a reader wants them: news first, then what cannot be judged and why. */
export const STATUS_ORDER: readonly Status[] = STATUS_CODES;

/** One result on the first screen: a target, its sentence, and its row in the tracker. */
export interface SummaryTarget {
  id: string;
  name: string;
  sentence: string;
  /** The fragment of its tracker row. */
  href: string;
}

export interface StatusGroup {
  status: Status;
  label: string;
  targets: SummaryTarget[];
}

/** The first screen: how many headline targets can be checked, what each with a figure shows, how many have none, and the way to the tracker. */
export interface FirstScreenSummary {
  /** How many can be checked, and their verdicts ("only 4 …: 2 met, 1 on track and 1 too early to judge"). */
  finding: string;
  /** The verdicts that count in the finding, each with its targets; a verdict no target has is left out. */
  groups: StatusGroup[];
  /** The targets with a figure that cannot be checked (not comparable): a sentence that sets them apart from the finding, and their group. */
  aside?: {text: string; groups: StatusGroup[]};
  /** The headline targets with no figure since the plan, in a sentence ("" when there are none). */
  rest: string;
  more: {text: string; href: string};
}

/** The fragment of a target's row in the tracker. */
export const trackerRowId = (targetId: string) => `t-${targetId}`;

/**
 * The aside's template: by what the uncomparable figures count (`part`,
 * `other`, or `mixed` when they differ), with the number's plural category
 * first ("part/one": "One more has …"); `mixed` is the fallback the build
 * requires.
 */
export function asideKey(rows: readonly Pick<TrackerRow, "latest">[], texts: TrackerTexts, lang: Lang): string {
  const counts = new Set(rows.map((r) => r.latest?.counts ?? "other"));
  const what = counts.size === 1 ? [...counts][0] : "mixed";
  const plural = new Intl.PluralRules(htmlLang(lang)).select(rows.length);
  return [`${what}/${plural}`, what, `mixed/${plural}`, "mixed"].find((k) => texts.aside[k] !== undefined) ?? "mixed";
}

/**
 * The news of the first screen, from the tracker's rows: of the plan's
 * headline targets (main targets and five-year totals), how many can be
 * checked against a figure that counts what they count, and their verdicts;
 * each such target, by verdict, with the sentence that says what it shows;
 * apart from them, those whose figure counts something else or only part;
 * and the number with none. Counts and words come from the data and the content.
 */
export function firstScreenSummary(rows: readonly TrackerRow[], texts: TrackerTexts, context: NarrativeContext): FirstScreenSummary {
  const headline = rows.filter((r) => r.group === "headline");
  const checked = headline.filter(checkable);
  const apart = headline.filter((r) => r.status === "not-comparable");
  const n = checked.length;
  const values = {
    checkable: n,
    breakdown: statusPhrase(checked.map((r) => r.status), context),
    total: headline.length,
    main: headline.filter((r) => r.main).length,
    totals: headline.filter((r) => !r.main).length,
    count: rows.length,
    m: apart.length,
    n: headline.filter((r) => r.status === "no-figure").length
  };
  const fill = (template: string) => fillText(template, {...context, values});
  const lead = n === 0 ? texts.lead.none : n === headline.length ? texts.lead.all : texts.lead.some;
  const groupsOf = (statuses: readonly Status[]) => statuses.flatMap((status) => {
    const targets = headline.filter((r) => r.status === status).map((r) => ({id: r.id, name: r.name, sentence: r.sentence, href: `#${trackerRowId(r.id)}`}));
    return targets.length ? [{status, label: context.messages.status[status], targets}] : [];
  });
  return {
    finding: fill(lead),
    groups: groupsOf(STATUS_ORDER.filter((s) => s !== "no-figure" && s !== "not-comparable")),
    ...(apart.length ? {aside: {text: fill(texts.aside[asideKey(apart, texts, context.lang)]), groups: groupsOf(["not-comparable"])}} : {}),
    rest: values.n ? fill(texts.rest) : "",
    more: {text: fill(texts.more), href: "#tracker"}
  };
}

/**
 * The statuses that occur, as a phrase: "2 met, 1 on track and 1 behind".
 * A status with no target is left out, so a finding names every status there
 * is (moving away included, when one appears) and none that is not.
 */
export function statusBreakdown(tracked: readonly IndicatorSummary[], context: {lang: Lang; messages: Messages}): string {
  return statusPhrase(tracked.map((s) => s.status!.status), context);
}

/** The same phrase from a list of verdicts (a tracker's rows). */
export function statusPhrase(statuses: readonly Status[], {lang, messages}: {lang: Lang; messages: Messages}): string {
  const parts = STATUS_ORDER.flatMap((status) => {
    const n = statuses.filter((s) => s === status).length;
    return n ? [interpolate(messages.summary.counts[status], {n})] : [];
  });
  return new Intl.ListFormat(htmlLang(lang), {type: "conjunction"}).format(parts);
}

/** How many of a chart's targets there are, for its title's {count}. */
export function statusCounts(tracked: readonly IndicatorSummary[]): {count: number} {
  return {count: tracked.length};
}
