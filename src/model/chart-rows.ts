import type {Observation, Place, Source} from "../schema/dataset.ts";
import {JUDGED} from "../schema/statuses.ts";
import type {DatasetYears} from "../schema/roles.ts";
import {formatFigure, formatQuantity} from "../i18n/format-figure.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import type {ChartKind} from "../schema/content.ts";
import type {ChartMark, ChartModel, ChartRow, MarkSeries} from "./chart-model.ts";
import {CITY_SERIES, MARK_SERIES} from "./chart-model.ts";
import type {StatusResult} from "../schema/statuses.ts";
import type {IndicatorSummary} from "./indicator-summary.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {placeWords} from "./place-names.ts";
import {rowDomain} from "./row-scale.ts";
import {sharedDomains} from "./shared-scale.ts";
import {inLang} from "../i18n/localized.ts";
import {BUILD_WORDS} from "../i18n/build-words.ts";

export interface ChartRowsOptions {
  id: string;
  /** How the chart is drawn (default `rows`); a `line` chart shows every year's actual, not only the latest. */
  kind?: ChartKind;
  title: string;
  /** What is drawn, in one sentence an editor wrote (content); without one, the page writes it from the data. */
  subtitle?: string;
  description: string;
  lang: Lang;
  messages: Messages;
  sources: ReadonlyMap<string, Source>;
  /** The places (scopes.json), whose names a district's series label holds. */
  places: ReadonlyMap<string, Place>;
  /** Observations the narrative talks about. */
  highlight?: ReadonlySet<string>;
  /** The years the data speaks of (baseline, actual, unreported): read from the whole dataset, not from this chart. */
  years: Pick<DatasetYears, "baseline" | "actual" | "missing">;
  /** Which figures to draw (default: all of the city's; a district's target never shares a city's row). */
  series?: readonly MarkSeries[];
  /** Whether the chart can be embedded on another site (the explainer's own charts can). */
  embeddable?: boolean;
  /** Show where each target stands (default). A story's step turns it off until it reveals an actual or a pace. */
  statuses?: boolean;
  /** The figures each row's scale is made to hold (default: those drawn). A story holds every step's, so its axes stay still while marks enter. */
  scaleFrom?: readonly MarkSeries[];
  /** Rows of one unit share one scale (a slide: a room compares rows by their places); by default each row has its own. */
  shareScales?: boolean;
  /** With `shareScales`: more rows whose figures each unit's scale also holds (a story's other steps, so a row keeps its scale from slide to slide). */
  scaleWith?: readonly IndicatorSummary[];
  /** Sources the chart's words cite without the chart drawing a figure of theirs (a slide's caption that states the plan's target): the source line names them too. */
  cited?: readonly string[];
}

/** One row of a chart's table: what its columns show, and the ids and number behind them (for the chart's CSV). */
export interface TableRow {
  id: string;
  /** The indicator of the chart row the figure is drawn on (for a pace, the yearly indicator it is judged against). */
  indicatorId: string;
  /** How the figure is drawn: as itself, or (`pace`) a five-year total as the yearly pace it needs. */
  mark: MarkSeries;
  indicator: string;
  series: string;
  year: number;
  figure: string;
  /** The number the mark is drawn at, in the base unit: the figure's value, or for a pace what is needed a year. */
  value: number;
  unit: string;
  /** The figure's own status in words (a target's, or a five-year total's pace), empty for what is not a target. */
  status: string;
  sourceId: string;
  source: string;
}

export interface ChartWithTable extends ChartModel {
  table: TableRow[];
  /** The series drawn, in drawing order: `label` explains the target's shapes, `short` only names (a slide's legend, read from across a room). */
  legend: Array<{series: MarkSeries; label: string; short: string}>;
  embeddable: boolean;
}

export function statusText(result: StatusResult | undefined, messages: Messages, lang: Lang, unit: string, years: {actual: number; baseline: number}): string {
  if (!result) return "";
  const reason = !JUDGED.has(result.status) && result.reason ? interpolate(messages.reason[result.reason], {actual: years.actual, baseline: years.baseline}) : "";
  const label = reason ? `${messages.status[result.status]}${messages.sep}${reason}` : messages.status[result.status];
  if (result.pace) {
    const pace = interpolate(messages.pace, {
      needed: formatQuantity(result.pace.neededPerYear, unit, lang),
      reported: formatQuantity(result.pace.reported, unit, lang),
      actual: result.pace.reportedYears.join(messages.punctuation.list),
      missing: result.pace.unreportedYears.length ? interpolate(BUILD_WORDS[lang].pace.missing, {years: result.pace.unreportedYears.join(messages.punctuation.list)}) : ""
    }).trim();
    return `${label}${messages.sentenceEnd}${pace}`;
  }
  return label;
}

/** The figure a summary shows for one series: an observation, or for `pace` the five-year target whose yearly need is drawn. */
function figureOf(summary: IndicatorSummary, series: MarkSeries): Observation | undefined {
  return series === "pace" ? summary.paces?.summary.target : summary[series];
}

/** The figures a series draws: its one figure, or on a chart over the years every year's actual. */
function figuresOf(summary: IndicatorSummary, series: MarkSeries, everyYear: boolean): Observation[] {
  if (everyYear && series === "actual") return [...summary.actuals].sort((a, b) => a.year - b.year);
  const o = figureOf(summary, series);
  return o ? [o] : [];
}

/** The values a row's scale must hold for these series: each figure, a range's ceiling, an "about" figure's band, a pace's yearly need. */
function scaleValues(summary: IndicatorSummary, series: readonly MarkSeries[], everyYear: boolean): number[] {
  return series.flatMap((s) => figuresOf(summary, s, everyYear).flatMap((o) => {
    const value = s === "pace" ? summary.paces?.status.pace?.neededPerYear : o.value_base;
    if (value == null) return [];
    const upper = s === "pace" ? null : o.value_upper_base;
    return [value, upper ?? value, ...(o.comparator === "approx" ? [value * 1.05, value * 0.95] : [])];
  }));
}

/**
 * What a chart draws, in one sentence, when no editor wrote it (a slide's
 * chart): the unit and how the scales run (the legend names the figures).
 * `shareScales`: rows in one unit share a scale (a slide's).
 */
export function chartSubtitle({rows, lang, messages, shareScales = false}: Pick<ChartWithTable, "rows" | "lang"> & {messages: Messages; shareScales?: boolean}): string {
  const c = messages.chart;
  const units = [...new Set(rows.map((r) => r.unit))];
  const word = units.length === 1 ? unitName(units[0], lang, messages) : "";
  const unit = units.length !== 1 ? c.subtitleUnits : units[0] === "%" || units[0] === "年" ? interpolate(c.subtitleUnit, {unit: word}) : word === c.count ? c.numbers : interpolate(c.countOf, {unit: word});
  const zoomed = rows.some((r) => r.zoomed);
  const scale = rows.length > 1 ? (shareScales && units.length === 1 ? (zoomed ? c.scaleSharedZoomed : c.scaleShared) : zoomed ? c.scaleRowsZoomed : c.scaleRows) : zoomed ? c.scaleZoomed : "";
  return interpolate(c.subtitle, {unit, scale});
}

/** A unit as a subtitle names it: 所 / schools, % / per cent. */
export function unitName(unit: string, lang: Lang, messages: Messages): string {
  if (lang === "zh") return unit;
  const word = messages.units[unit];
  return unit === "%" ? messages.chart.perCent : unit === "年" ? messages.chart.years : (typeof word === "string" ? word : word?.other) || messages.chart.count;
}


/**
 * The chart-ready model of a set of indicators: a row each, on a scale of its
 * own, so figures of different kinds never share an axis. A five-year total
 * is drawn as the pace it needs, on the row of the yearly figures it is judged
 * against, never as a total beside them.
 */
export function chartRows(summaries: IndicatorSummary[], {id, kind = "rows", title, subtitle: given, description, lang, messages, sources, places, highlight = new Set(), years, series: shown = CITY_SERIES, embeddable = false, statuses = true, scaleFrom = shown, shareScales = false, scaleWith = [], cited = []}: ChartRowsOptions): ChartWithTable {
  const everyYear = kind === "line";
  const SHOWN = MARK_SERIES.filter((s) => shown.includes(s));
  const name = (s: IndicatorSummary) => inLang(s.indicator, "name", lang);
  const titleOf = (id: string) => inLang(sources.get(id)!, "title", lang);
  const sourceTitle = (o: Observation) => titleOf(o.source_id);
  // The source line: each document once, those of the drawn figures first.
  const issuers = new Map<string, string>();
  const cite = (id: string) => {
    const source = sources.get(id)!;
    issuers.set(id, interpolate(messages.chart.sourceItem, {issuer: inLang(source, "issuer", lang), title: titleOf(id)}));
  };
  const table: TableRow[] = [];
  const rows: ChartRow[] = summaries.map((summary) => {
    const unit = summary.indicator.unit;
    const status = statuses ? (summary.paces?.status ?? summary.status) : undefined;
    const note = statusText(status, messages, lang, unit, years);
    const marks: ChartMark[] = SHOWN.flatMap((series) => figuresOf(summary, series, everyYear).flatMap((o) => {
      const pace = series === "pace" ? summary.paces?.status.pace : undefined;
      if (series === "pace" && !pace) return [];
      cite(o.source_id);
      const value = pace ? pace.neededPerYear : o.value_base;
      const figure = pace ? interpolate(BUILD_WORDS[lang].pace.figure, {needed: formatQuantity(value, unit, lang), total: formatFigure(o, lang)}) : formatFigure(o, lang);
      const words = {year: o.year, ...placeWords(o.scope, places, lang)};
      const seriesName = interpolate(messages.series[series], words);
      const seriesYear = interpolate(messages.seriesWithYear, {series: seriesName, year: o.year});
      const short = interpolate(messages.seriesShort[series], words);
      // Each target shows its own status: a yearly target its year's, a five-year total its pace's (never the row's other one).
      const own = !statuses ? undefined : series === "pace" ? summary.paces?.status : series === "annual" ? summary.annualStatus : series === "target" ? summary.status : undefined;
      const markStatus = statusText(own, messages, lang, unit, years);
      table.push({id: o.observation_id, indicatorId: summary.indicator.id, mark: series, indicator: name(summary), series: seriesName, year: o.year, figure, value, unit, status: markStatus, sourceId: o.source_id, source: sourceTitle(o)});
      return [{
        id: o.observation_id,
        series,
        value,
        upper: pace || o.value_upper_base === null ? null : o.value_upper_base,
        comparator: o.comparator,
        label: pace ? figure : `${short} ${figure}`,
        description: interpolate(BUILD_WORDS[lang].chart.markLabel, {indicator: name(summary), series: seriesYear, figure, source: sourceTitle(o), status: markStatus ? interpolate(messages.chart.markStatus, {status: markStatus.replace(/[。.]$/, "")}) : ""}).trim(),
        tip: {figure, series: seriesYear, source: sourceTitle(o), status: own ? messages.status[own.status] : ""},
        highlight: highlight.has(o.observation_id),
        source: o.source_id,
        year: o.year,
        ...(pace ? {total: formatFigure(o, lang)} : {})
      }];
    }));
    const values = scaleValues(summary, scaleFrom, everyYear);
    return {key: summary.indicator.id, label: name(summary), note, ...(status ? {status: status.status} : {}), unit, ...rowDomain(unit, values), marks};
  });
  if (shareScales) {
    const others = scaleWith.filter((s) => !summaries.includes(s)).map((summary) => ({unit: summary.indicator.unit, summary}));
    const shared = sharedDomains([...rows.map((row, i) => ({unit: row.unit, summary: summaries[i]})), ...others], (r) => scaleValues(r.summary, scaleFrom, everyYear));
    rows.forEach((row, i) => Object.assign(row, shared[i]));
  }
  for (const id of cited) if (!issuers.has(id) && sources.has(id)) cite(id);
  const legend = SHOWN.flatMap((series) => {
    const o = summaries.map((s) => figureOf(s, series)).find((x) => x);
    if (!o) return [];
    const words = {year: o.year, ...placeWords(o.scope, places, lang)};
    const short = interpolate(messages.seriesShort[series], words);
    // A target's key says what its shape means, for the shapes this chart draws only ("an arrow means “or more”").
    const shapes = series === "target" ? [...new Set(rows.flatMap((r) => r.marks).filter((m) => m.series === "target").map((m) => BUILD_WORDS[lang].chart.shapes[m.comparator]).filter(Boolean))] : [];
    const label = interpolate(BUILD_WORDS[lang].chart.legendItems[series], words);
    return [{series, short, label: shapes.length ? interpolate(messages.chart.legendShapes, {label, shapes: shapes.join(messages.chart.listSep)}) : label}];
  });
  // The content's own sentence where it gives one (the explainer's charts); else what the rows and legend say (a slide's).
  const subtitle = given ?? chartSubtitle({rows, lang, messages, shareScales});
  return {
    id,
    kind,
    title,
    subtitle,
    description,
    lang,
    rows,
    sourceLine: interpolate(messages.chart.source, {sources: [...issuers.values()].join(messages.punctuation.items)}),
    table,
    embeddable,
    legend
  };
}
