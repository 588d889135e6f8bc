import type {Observation, Source} from "../schema/dataset.ts";
import type {DatasetYears} from "../schema/roles.ts";
import {formatFigure, formatQuantity} from "../i18n/format-figure.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import type {ChartMark, ChartModel, ChartRow, MarkSeries} from "./chart-model.ts";
import {MARK_SERIES} from "./chart-model.ts";
import type {IndicatorSummary, StatusInfo} from "./indicator-summary.ts";
import {interpolate} from "./narrative.ts";
import {linkTo} from "./url-state.ts";

export interface ChartRowsOptions {
  id: string;
  title: string;
  description: string;
  lang: Lang;
  messages: Messages;
  sources: ReadonlyMap<string, Source>;
  /** Observations the narrative talks about. */
  highlight?: ReadonlySet<string>;
  /** The years the data speaks of (baseline, actual, unreported): read from the whole dataset, not from this chart. */
  years: Pick<DatasetYears, "baseline" | "actual" | "missing">;
  /** Which figures to draw (default: all). */
  series?: readonly MarkSeries[];
  /** Whether the chart can be embedded on another site (the explainer's own charts can). */
  embeddable?: boolean;
}

export interface TableRow {
  id: string;
  indicatorId: string;
  indicator: string;
  series: string;
  year: number;
  figure: string;
  status: string;
  source: string;
}

export interface ChartWithTable extends ChartModel {
  table: TableRow[];
  /** The series drawn, in drawing order, with their names. */
  legend: Array<{series: MarkSeries; label: string}>;
  embeddable: boolean;
}

export function statusText(result: StatusInfo | undefined, messages: Messages, lang: Lang, unit: string, years: {actual: number; baseline: number}): string {
  if (!result) return "";
  const label = messages.status[result.status];
  if (result.pace) {
    const pace = interpolate(messages.pace, {
      needed: formatQuantity(result.pace.neededPerYear, unit, lang),
      reported: formatQuantity(result.pace.reported, unit, lang),
      actual: result.pace.reportedYears.join(lang === "zh" ? "、" : ", "),
      missing: result.pace.unreportedYears.length ? interpolate(messages.paceMissing, {years: result.pace.unreportedYears.join(lang === "zh" ? "、" : ", ")}) : ""
    }).trim();
    return `${label}${lang === "zh" ? "。" : ". "}${pace}`;
  }
  if (result.status === "no-data" && result.reason) {
    return `${label}${lang === "zh" ? "：" : ": "}${interpolate(messages.reason[result.reason], {actual: years.actual, baseline: years.baseline})}`;
  }
  return label;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil((value * 1.12) / step) * step;
}

export function domainFor(unit: string, values: number[]): [number, number] {
  if (unit === "%") return [0, 100];
  const max = Math.max(...values);
  if (unit === "年") return [Math.floor(Math.min(...values) - 0.5), Math.ceil(max + 0.5)];
  return [0, niceMax(max)];
}

/** The figure a summary shows for one series: an observation, or for `pace` the five-year target whose yearly need is drawn. */
function figureOf(summary: IndicatorSummary, series: MarkSeries): Observation | undefined {
  return series === "pace" ? summary.paces?.summary.target : summary[series];
}

/**
 * The chart-ready model of a set of indicators that share one unit and one
 * basis. Throws if they do not: figures of different kinds never share an
 * axis. A five-year total is drawn as the pace it needs, on the axis of the
 * yearly figures it is judged against, never as a total beside them.
 */
export function chartRows(summaries: IndicatorSummary[], {id, title, description, lang, messages, sources, highlight = new Set(), years, series: shown = MARK_SERIES, embeddable = false}: ChartRowsOptions): ChartWithTable {
  const SHOWN = MARK_SERIES.filter((s) => shown.includes(s));
  const kinds = new Set(summaries.map((s) => `${s.indicator.unit} ${s.indicator.basis}`));
  if (kinds.size !== 1) throw new Error(`chart ${id} mixes units or bases (${[...kinds].join("; ")}); figures of different kinds never share an axis`);
  const unit = summaries[0].indicator.unit;
  const name = (s: IndicatorSummary) => (lang === "zh" ? s.indicator.name_zh : s.indicator.name_en);
  const sourceTitle = (o: Observation) => {
    const source = sources.get(o.source_id)!;
    return lang === "zh" ? source.title_zh : source.title_en;
  };
  const table: TableRow[] = [];
  const usedSources = new Set<string>();
  const rows: ChartRow[] = summaries.map((summary) => {
    const status = summary.paces?.status ?? summary.status;
    const note = statusText(status, messages, lang, unit, years);
    const marks: ChartMark[] = SHOWN.flatMap((series) => {
      const o = figureOf(summary, series);
      if (!o) return [];
      usedSources.add(sourceTitle(o));
      const pace = series === "pace" ? summary.paces!.status.pace : undefined;
      if (series === "pace" && !pace) return [];
      const value = pace ? pace.neededPerYear : o.value_base;
      const figure = pace ? interpolate(messages.paceFigure, {needed: formatQuantity(value, unit, lang), total: formatFigure(o, lang)}) : formatFigure(o, lang);
      const seriesName = interpolate(messages.series[series], {year: o.year});
      const short = interpolate(messages.seriesShort[series], {year: o.year});
      const markStatus = series === "target" || series === "pace" ? note : "";
      table.push({id: o.observation_id, indicatorId: summary.indicator.id, indicator: name(summary), series: seriesName, year: o.year, figure, status: markStatus, source: sourceTitle(o)});
      return [{
        id: o.observation_id,
        series,
        value,
        upper: pace || o.value_upper_base === null ? null : o.value_upper_base,
        comparator: o.comparator,
        label: pace ? figure : `${short} ${figure}`,
        description: interpolate(messages.chart.markLabel, {indicator: name(summary), series: interpolate(messages.seriesWithYear, {series: seriesName, year: o.year}), figure, source: sourceTitle(o), status: markStatus}).trim(),
        highlight: highlight.has(o.observation_id),
        // Without script, or opened in a new tab, a mark leads to its quote in the source view.
        href: linkTo(lang, {view: "source", doc: o.source_id, hash: `q-${o.observation_id}`})
      }];
    });
    return {key: summary.indicator.id, label: name(summary), note, marks};
  });
  const values = rows.flatMap((r) => r.marks.flatMap((m) => [m.value, m.upper ?? m.value]));
  const unitName = lang === "zh" ? unit : (messages.units[unit] ?? unit);
  return {
    id,
    title,
    description,
    unit,
    axisLabel: unit === "%" ? messages.chart.axisPercent : unit === "年" ? messages.chart.axisYears : unitName ? interpolate(messages.chart.axisCount, {unit: unitName}) : messages.chart.axisCountPlain,
    domain: domainFor(unit, values.length ? values : [0]),
    rows,
    sourceLine: interpolate(messages.chart.source, {sources: [...usedSources].join(lang === "zh" ? "；" : "; ")}),
    table,
    embeddable,
    legend: SHOWN.flatMap((series) => {
      const o = summaries.map((s) => figureOf(s, series)).find((x) => x);
      if (!o) return [];
      const label = interpolate(messages.series[series], {year: o.year});
      return [{series, label: series === "target" ? `${label}${lang === "zh" ? "：" : ": "}${messages.chart.legendTarget}` : series === "pace" ? label : interpolate(messages.seriesWithYear, {series: label, year: o.year})}];
    })
  };
}
