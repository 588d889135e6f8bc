import type {DatasetYears} from "./dataset-years.ts";
import type {IndicatorSummary} from "./indicator-summary.ts";
import {interpolate} from "./narrative.ts";
import type {StatusResult} from "./status.ts";
import type {Observation, Source} from "../schema/dataset.ts";
import {formatFigure, formatQuantity} from "../i18n/format-figure.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import type {ChartMark, ChartModel, ChartRow, MarkSeries} from "./chart-model.ts";

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
}

const SERIES: MarkSeries[] = ["baseline", "actual", "annual", "target", "district"];

export function statusText(result: StatusResult | undefined, messages: Messages, lang: Lang, unit: string, years: {actual: number; baseline: number; missing: number[]}): string {
  if (!result) return "";
  const label = messages.status[result.status];
  if (result.pace) {
    const pace = interpolate(messages.pace, {
      needed: formatQuantity(result.pace.neededPerYear, unit, lang),
      reported: formatQuantity(result.pace.reported, unit, lang),
      actual: years.actual,
      missing: result.pace.unreportedYears.join(lang === "zh" ? "、" : ", ")
    });
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


/**
 * The chart-ready model of a set of indicators that share one unit. Throws if
 * the units differ: figures of different kinds never share an axis.
 */
export function chartRows(summaries: IndicatorSummary[], {id, title, description, lang, messages, sources, highlight = new Set(), years, series: shown = SERIES}: ChartRowsOptions): ChartWithTable {
  const SHOWN = SERIES.filter((s) => shown.includes(s));
  const observations = summaries.flatMap((s) => SHOWN.map((series) => s[series]).filter((o): o is Observation => !!o));
  const units = [...new Set(observations.map((o) => o.unit_base))];
  if (units.length !== 1) throw new Error(`chart ${id} mixes units (${units.join(", ")}); figures of different kinds never share an axis`);
  const [unit] = units;
  const name = (s: IndicatorSummary) => (lang === "zh" ? s.indicator.zh : s.indicator.en);
  const sourceTitle = (o: Observation) => {
    const source = sources.get(o.source_id)!;
    return lang === "zh" ? source.title_zh : source.title_en;
  };
  const table: TableRow[] = [];
  const rows: ChartRow[] = summaries.map((summary) => {
    const note = statusText(summary.status, messages, lang, unit, years);
    const marks: ChartMark[] = SHOWN.flatMap((series) => {
      const o = summary[series];
      if (!o) return [];
      const figure = formatFigure(o, lang);
      const seriesName = interpolate(messages.series[series], {year: o.year});
      const short = interpolate(messages.seriesShort[series], {year: o.year});
      const status = series === "target" ? note : "";
      table.push({id: o.observation_id, indicatorId: summary.indicator.id, indicator: name(summary), series: seriesName, year: o.year, figure, status, source: sourceTitle(o)});
      return [{
        id: o.observation_id,
        series,
        value: o.value_base,
        upper: o.upper == null ? null : o.upper * (o.value_base / o.value),
        comparator: o.comparator,
        label: `${short} ${figure}`,
        description: interpolate(messages.chart.markLabel, {indicator: name(summary), series: interpolate(messages.seriesWithYear, {series: seriesName, year: o.year}), figure, source: sourceTitle(o), status}).trim(),
        highlight: highlight.has(o.observation_id),
        // Without script, or opened in a new tab, a mark leads to its quote in the source view.
        href: `?view=source&doc=${encodeURIComponent(o.source_id)}${lang === "en" ? "&lang=en" : ""}#q-${encodeURIComponent(o.observation_id)}`
      }];
    });
    return {key: summary.indicator.id, label: name(summary), note, marks};
  });
  const values = rows.flatMap((r) => r.marks.flatMap((m) => [m.value, m.upper ?? m.value]));
  const usedSources = [...new Set(observations.map(sourceTitle))];
  const unitName = lang === "zh" ? unit : (messages.units[unit] ?? unit);
  return {
    id,
    title,
    description,
    unit,
    axisLabel: unit === "%" ? messages.chart.axisPercent : unit === "年" ? messages.chart.axisYears : unitName ? interpolate(messages.chart.axisCount, {unit: unitName}) : messages.chart.axisCountPlain,
    domain: domainFor(unit, values),
    rows,
    sourceLine: interpolate(messages.chart.source, {sources: usedSources.join(lang === "zh" ? "；" : "; ")}),
    table,
    legend: SHOWN.flatMap((series) => {
      const o = summaries.map((s) => s[series]).find((x) => x);
      if (!o) return [];
      const name = interpolate(messages.series[series], {year: o.year});
      return [{series, label: series === "target" ? `${name}${lang === "zh" ? "：" : ": "}${messages.chart.legendTarget}` : interpolate(messages.seriesWithYear, {series: name, year: o.year})}];
    })
  };
}
