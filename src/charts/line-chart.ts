import {axisX, axisY, dot, line, plot, ruleY, text, type Markish} from "@observablehq/plot";
import type {ChartMark, ChartModel, MarkSeries} from "../model/chart-model.ts";
import {rowDomain} from "../model/row-scale.ts";
import {finishSvg} from "./accessible-svg.ts";
import {lineChartHeight} from "./chart-heights.ts";
import {FONT, HIT} from "./chart-layout.ts";
import type {IndicatorChartOptions} from "./indicator-chart.ts";
import {keyed} from "./keyed.ts";
import {markHref} from "./mark-href.ts";
import {markLanguages} from "./mark-languages.ts";

/** A figure placed on the years: its row (indicator), its mark, and where its link leads. */
interface Point extends ChartMark {
  row: string;
  rowLabel: string;
  href: string;
}

const MARGIN = {top: 22, right: 16, bottom: 30, left: 48};
/** Figures that are reported (a line joins them); the rest are goals, drawn as points. */
const REPORTED: ReadonlySet<MarkSeries> = new Set(["baseline", "actual"]);

/**
 * A chart of figures of one unit over the years, on one scale: for each
 * indicator, its reported figures (the 十三五 baseline and every year's actual)
 * joined by a line, and its goals (a year's target, the plan's target, a
 * district's) as points at the year they are due; what a five-year total needs
 * each year as a dashed rule. Every figure is a 24 px target that links to its
 * quote, named for screen readers, as in the row chart. Pure: the same model
 * gives the same SVG, in the browser or in Node.
 */
export function lineChart(model: ChartModel, {width = 640, document: doc = globalThis.document, id = `plot-${model.id}`, linkBase}: IndicatorChartOptions = {}): SVGSVGElement {
  const units = new Set(model.rows.map((r) => r.unit));
  if (units.size > 1) throw new Error(`chart ${model.id}: a line chart draws one unit, not ${[...units].join(", ")}`);
  const points: Point[] = model.rows.flatMap((row) => row.marks.map((m) => ({...m, row: row.key, rowLabel: row.label, href: markHref(m, model.lang, linkBase)})));
  for (const p of points) if (!Number.isFinite(p.value)) throw new Error(`chart ${model.id}: ${p.id} has no value`);
  const paces = points.filter((p) => p.series === "pace");
  const dated = points.filter((p) => p.series !== "pace");
  const reported = dated.filter((p) => REPORTED.has(p.series)).sort((a, b) => a.year - b.year);
  const goals = dated.filter((p) => !REPORTED.has(p.series));
  const years = dated.map((p) => p.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const {domain} = rowDomain([...units][0] ?? "", points.flatMap((p) => [p.value, p.upper ?? p.value]));
  const height = lineChartHeight(width);
  const byMark = (name: string, data: Point[]) => ({render: keyed(data, (p) => `${name}:${p.id}`)});
  const series = (name: MarkSeries) => `series-${name}`;
  // The last reported figure of each indicator names its line.
  const ends = model.rows.length > 1 ? model.rows.flatMap((row) => reported.filter((p) => p.row === row.key).slice(-1)) : [];
  const marks: Markish[] = [
    axisY({ticks: 5, tickSize: 0, label: null, fontSize: FONT - 1, className: "tick-label"}),
    axisX({ticks: Array.from({length: last - first + 1}, (_, i) => first + i), tickFormat: String, tickSize: 4, label: null, fontSize: FONT - 1, className: "tick-label"}),
    ruleY(paces, {y: "value", stroke: "currentColor", strokeWidth: 2, strokeDasharray: "6 4", className: series("pace"), ...byMark("pace", paces)}),
    text(paces, {x: last, y: "value", text: "label", dy: -8, textAnchor: "end", fill: "currentColor", className: series("pace"), ...byMark("pace-label", paces)}),
    line(reported, {x: "year", y: "value", z: "row", stroke: "currentColor", strokeWidth: 2, className: series("actual"), render: keyed(model.rows, (r) => `line:${r.key}`)}),
    ...(["baseline", "actual"] as const).map((s) => {
      const here = reported.filter((p) => p.series === s);
      return dot(here, {x: "year", y: "value", r: s === "actual" ? 6 : 5, symbol: s === "actual" ? "diamond2" : "circle", fill: "currentColor", className: series(s), ...byMark("dot", here)});
    }),
    ...(["annual", "target", "district"] as const).map((s) => {
      const here = goals.filter((p) => p.series === s);
      return dot(here, {x: "year", y: "value", r: 6, fill: "var(--chart-bg, white)", stroke: "currentColor", strokeWidth: 2.5, className: series(s), ...byMark("goal", here)});
    }),
    // Each figure's label above it, in its series' colour; the figures the text talks about in bold.
    ...(["baseline", "actual", "annual", "target", "district"] as const).flatMap((s) => [false, true].map((bold) => {
      const here = dated.filter((p) => p.series === s && p.highlight === bold);
      return text(here, {x: "year", y: "value", text: "label", dy: -14, fill: "currentColor", fontWeight: bold ? 700 : 400, className: series(s), ...byMark("label", here)});
    })),
    text(ends, {x: "year", y: "value", text: "rowLabel", dx: 10, textAnchor: "start", fontWeight: 600, fill: "currentColor", ...byMark("name", ends)}),
    // Invisible 24 px targets carry the links, names and keyboard focus.
    dot(dated, {x: "year", y: "value", r: HIT, fill: "currentColor", fillOpacity: 0, href: "href", ariaLabel: "description", className: "hit", ...byMark("hit", dated)})
  ];
  const svg = plot({
    document: doc,
    width,
    height,
    marginTop: MARGIN.top,
    marginRight: ends.length ? Math.min(160, width * 0.3) : MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    style: {fontSize: `${FONT}px`, fontFamily: "inherit", overflow: "visible"},
    x: {domain: [first - 0.3, last + 0.3], axis: null},
    y: {domain, axis: null, nice: true},
    marks
  }) as SVGSVGElement;
  svg.setAttribute("id", id);
  svg.setAttribute("class", `${svg.getAttribute("class") ?? ""} indicator-chart line-chart`.trim());
  markLanguages(svg, model.lang);
  return finishSvg(svg, {title: model.title, description: model.description}) as SVGSVGElement;
}
