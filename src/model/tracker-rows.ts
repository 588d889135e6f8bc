import {sentenceKeys, type TrackerGroup, type TrackerTexts} from "../schema/content.ts";
import type {Domain, Indicator, Observation, TargetStatus} from "../schema/dataset.ts";
import {CITY} from "../schema/roles.ts";
import {JUDGED, type Counts, type Status} from "../schema/statuses.ts";
import {formatFigure, formatQuantity} from "../i18n/format-figure.ts";
import {formatNumber} from "../i18n/format-number.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {fillText, type NarrativeContext} from "./narrative.ts";
import {inLang} from "../i18n/localized.ts";
import {BUILD_WORDS} from "../i18n/build-words.ts";
import {messagesFor} from "../i18n/messages.ts";

/** A figure in a tracker cell: as the page writes it, and its year (or years). */
export interface TrackerCell {
  text: string;
  year: string;
}

/** One target: what it is, its figures, its verdict and what they show. */
export interface TrackerRow {
  /** The target's observation id. */
  id: string;
  indicatorId: string;
  group: TrackerGroup;
  /** One of the plan's main targets (主要目标). */
  main: boolean;
  name: string;
  area: Domain;
  /** The 十三五 figure of the same indicator and scope, if the plan gives one. */
  baseline?: TrackerCell;
  /** The latest figure the verdict read, with what it counts of what the target counts, and a note when not the same thing. */
  latest?: TrackerCell & {counts: Counts; note: string};
  target: TrackerCell;
  /** The verdict (its word and shape are the page's: messages.status, status-keys). */
  status: Status;
  /** What the figures show, in a sentence filled from the data. */
  sentence: string;
}

export interface TrackerRowsInput {
  /** The published statuses, one per target. */
  status: readonly TargetStatus[];
  byId: ReadonlyMap<string, Observation>;
  observations: readonly Observation[];
  indicators: ReadonlyMap<string, Indicator>;
  texts: TrackerTexts;
  /** For the sentences' data slots and the page's words. */
  context: NarrativeContext;
}

/** The group a target belongs to: a district's; the plan's headline targets (main targets and five-year totals); the rest. */
export function groupOf(target: Observation, indicator: Indicator): TrackerGroup {
  if (target.scope !== CITY) return "district";
  return indicator.main_target || target.basis === "cumulative" ? "headline" : "other";
}

/** Whether a target can be checked: a figure that counts what it counts has been compared with it. */
export const checkable = (row: Pick<TrackerRow, "status">) => JUDGED.has(row.status) || row.status === "too-early";

/**
 * English keeps a number with the word after it on one line ("30 schools", "15.8 years"): a
 * no-break space after a number. A figure's unit word keeps its hyphen too ("person‑times"). The
 * words before a number (at least, more than) may still wrap, so a narrow column needs no more
 * than its longest figure.
 */
export const glued = (text: string) => text.replace(/(\d) (?=\S)/g, "$1\u00a0");
const unbrokenHyphens = (text: string) => text.replace(/(?<=\p{L})-(?=\p{L})/gu, "\u2011");
const gluedFigure = (text: string) => unbrokenHyphens(glued(text));

/** A figure's year, or its span of years with the language's range dash (2021—2025 in Chinese, as the plan writes it; 2021–2025). */
const yearsOf = (o: Observation, lang: NarrativeContext["lang"]) => (o.period_start === o.period_end ? String(o.year) : `${o.period_start}${messagesFor(lang).punctuation.range}${o.period_end}`);
const cell = (o: Observation, lang: NarrativeContext["lang"]): TrackerCell => ({text: lang === "en" ? gluedFigure(formatFigure(o, lang)) : formatFigure(o, lang), year: yearsOf(o, lang)});

/** An English sentence starts with a capital, whatever figure opens it ("at least 99%" → "At least 99%"), and keeps its numbers with their units. */
const sentenceCase = (text: string, lang: NarrativeContext["lang"]) => (lang === "en" ? glued(text.charAt(0).toUpperCase() + text.slice(1)) : text);

/** How far a figure is from its target, in words: percentage points for a rate. */
function gapText(gap: number, unit: string, context: NarrativeContext): string {
  const {lang, messages} = context;
  if (unit === "%") return interpolate(gap === 1 ? messages.tracker.point : messages.tracker.points, {n: formatNumber(gap, lang)});
  return formatQuantity(gap, unit, lang);
}

/** The values a row's sentence may name: only those the row has, so a template naming a missing one stops the build. */
function sentenceValues(s: TargetStatus, rows: {target: Observation; latest?: Observation; baseline?: Observation; name: string; other?: Indicator}, context: NarrativeContext) {
  const {lang, messages} = context;
  const {target, latest, baseline} = rows;
  const unit = target.unit_base;
  const list = (years: string | null) => (years ? years.split(" ").join(messages.punctuation.list) : "");
  const values: Record<string, string> = {name: rows.name, target: formatFigure(target, lang), targetYear: yearsOf(target, lang)};
  // latestN: the figure without its unit word, for a sentence that names the unit itself ("2,100,000 visits").
  if (latest) Object.assign(values, {latest: formatFigure(latest, lang), latestN: formatFigure(latest, lang, {unit: false}), latestYear: String(latest.year)});
  if (baseline) Object.assign(values, {baseline: formatFigure(baseline, lang), baselineYear: String(baseline.year)});
  if (s.gap !== null) values.gap = gapText(s.gap, unit, context);
  if (s.needed_per_year !== null && s.reported_per_year !== null) {
    const years = list(s.reported_years);
    // One year reported is that year's figure, not an average.
    const reported = interpolate(s.reported_years?.includes(" ") ? BUILD_WORDS[lang].pace.reportedMean : BUILD_WORDS[lang].pace.reportedOne, {value: formatQuantity(s.reported_per_year, unit, lang), years});
    Object.assign(values, {
      needed: formatQuantity(s.needed_per_year, unit, lang),
      reported,
      reportedYears: years,
      missing: s.unreported_years ? interpolate(BUILD_WORDS[lang].pace.missing, {years: list(s.unreported_years)}) : ""
    });
  }
  if (rows.other) values.otherName = inLang(rows.other, "name", lang);
  return values;
}

/**
 * Every target as a tracker row, in the order of the published statuses: its
 * figures (the 十三五 one, the latest one the verdict read, the target as
 * worded), its verdict, and a sentence from the content's templates filled
 * with the row's own figures. Pure: the build runs it for each language.
 */
export function trackerRows({status, byId, observations, indicators, texts, context}: TrackerRowsInput): TrackerRow[] {
  const {lang, messages} = context;
  return status.map((s) => {
    const target = byId.get(s.target_id)!;
    const indicator = indicators.get(s.indicator_id)!;
    const name = inLang(indicator, "name", lang);
    const baseline = observations
      .filter((o) => o.series === "baseline" && o.indicator_id === target.indicator_id && o.scope === target.scope && o.year < target.year)
      .reduce<Observation | undefined>((a, b) => (!a || b.year > a.year ? b : a), undefined);
    const latest = s.actual_id ? byId.get(s.actual_id) : undefined;
    const other = s.counts === "other" && latest && latest.indicator_id !== target.indicator_id ? indicators.get(latest.indicator_id) : undefined;
    const notes = [
      ...(latest && s.method === "pace" ? [messages.tracker.notes.yearly] : []),
      ...(s.counts === "part" ? [messages.tracker.notes.part] : []),
      // What the figure counts instead, named (visits against a target of students): the cell reads with its noun.
      ...(s.counts === "other" ? [other ? interpolate(messages.tracker.notes.otherNamed, {name: inLang(other, "name", lang)}) : messages.tracker.notes.other] : [])
    ];
    const key = [s.target_id, ...sentenceKeys(s)].find((k) => (k === s.target_id ? texts.rows?.[k] : texts.sentences[k]) !== undefined);
    if (!key) throw new Error(`content/tracker.json (${lang}) has no sentence for ${sentenceKeys(s).join(" or ")} (target ${s.target_id})`);
    const template = key === s.target_id ? texts.rows![key] : texts.sentences[key];
    return {
      id: s.target_id,
      indicatorId: s.indicator_id,
      group: groupOf(target, indicator),
      main: indicator.main_target && target.scope === CITY,
      name,
      area: indicator.domain,
      ...(baseline ? {baseline: cell(baseline, lang)} : {}),
      ...(latest && s.counts ? {latest: {...cell(latest, lang), counts: s.counts, note: unbrokenHyphens(notes.join(messages.punctuation.items))}} : {}),
      target: cell(target, lang),
      status: s.status,
      sentence: sentenceCase(fillText(template, {...context, values: sentenceValues(s, {target, latest, baseline, name, other}, context)}).trim(), lang)
    };
  });
}
