import type {Messages} from "../i18n/messages.ts";
import type {ChartMark, MarkSeries} from "./chart-model.ts";
import {chartSubtitle, type ChartWithTable} from "./chart-rows.ts";
import {sharedDomains} from "./shared-scale.ts";

export interface SlideChartOptions {
  id: string;
  title: string;
  description: string;
  messages: Messages;
  /** The rows drawn, by key (default: all), in the chart's order. */
  rows?: readonly string[];
  /** The series revealed (default: all the chart draws). */
  reveal?: readonly MarkSeries[];
  /** The observations the slide's text names. */
  named?: ReadonlySet<string>;
}

/**
 * The figures a slide calls out: those its text names, but only when they are
 * some of what it draws. When the text names every figure on the slide, a
 * call-out would single out nothing, so there is none.
 */
export function callouts(named: ReadonlySet<string>, drawn: readonly string[]): Set<string> {
  const out = new Set(drawn.filter((id) => named.has(id)));
  return out.size === new Set(drawn).size ? new Set() : out;
}

/** An "about" figure's band, either side (as chart-rows.ts and the drawing, src/charts/chart-layout.ts, make it). */
const BAND = 0.05;

/** The values a row's scale must hold for a mark: the figure, a range's ceiling, an "about" figure's band. */
const markValues = (m: ChartMark) => [m.value, m.upper ?? m.value, ...(m.comparator === "approx" ? [m.value * (1 + BAND), m.value * (1 - BAND)] : [])];

/**
 * A slide of an explainer chart (a presenter's deck): some of its rows, some
 * of its series, the named figures called out. Rows of one unit share one
 * scale, made from every figure of those rows, so a revealed series never
 * moves the axis. Where a target stands shows only once what it is judged on
 * (an actual, or a pace) is revealed, as in the built-in story.
 */
export function slideChart(chart: ChartWithTable, {id, title, description, messages, rows: keys, reveal, named = new Set()}: SlideChartOptions): ChartWithTable {
  const shown = new Set(reveal ?? chart.legend.map((l) => l.series));
  const statuses = shown.has("actual") || shown.has("pace");
  const chosen = chart.rows.filter((r) => !keys || keys.includes(r.key));
  const domains = sharedDomains(chosen, (r) => r.marks.flatMap(markValues));
  const drawn = chosen.flatMap((r) => r.marks.filter((m) => shown.has(m.series)).map((m) => m.id));
  const ringed = callouts(named, drawn);
  const rows = chosen.map((row, i) => ({
    ...row,
    ...domains[i],
    ...(statuses ? {} : {status: undefined, note: ""}),
    marks: row.marks.filter((m) => shown.has(m.series)).map((m) => ({...m, highlight: ringed.has(m.id), ...(statuses ? {} : {tip: {...m.tip, status: ""}})}))
  }));
  const ids = new Set(drawn);
  const legend = chart.legend.filter((l) => shown.has(l.series) && rows.some((r) => r.marks.some((m) => m.series === l.series)));
  const table = chart.table.filter((t) => ids.has(t.id)).map((t) => (statuses ? t : {...t, status: "", statusCode: null}));
  return {...chart, id, title, description, rows, legend, table, embeddable: false, subtitle: chartSubtitle({rows, lang: chart.lang, messages, shareScales: true})};
}
