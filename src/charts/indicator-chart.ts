import {arrow, dot, link, plot, rect, ruleX, text, type Markish} from "@observablehq/plot";
import type {ChartModel, MarkSeries} from "../model/chart-model.ts";
import {finishSvg} from "./accessible-svg.ts";
import {ARROW, chartLayout, FONT, HIT, MARGIN, type PlacedMark as Placed, type PlacedRow} from "./chart-layout.ts";
import type {Status} from "../schema/statuses.ts";
import {STATUS_SYMBOLS, STROKED} from "./status-symbols.ts";

export interface IndicatorChartOptions {
  width?: number;
  /** The document to create elements in; pass a server-side DOM's document in Node. */
  document?: Document;
  /** A stable id for the SVG, used for its description's id. */
  id?: string;
}

const GOALS: ReadonlySet<MarkSeries> = new Set(["annual", "pace", "target", "district"]);
const by = (marks: Placed[], ...comparators: string[]) => marks.filter((m) => comparators.includes(m.comparator));

/** The shapes of one series: each figure drawn so that its qualifier shows (≥ arrow, > open circle, ≈ band, = tick). */
function seriesMarks(series: MarkSeries, ms: Placed[], plot: {left: number; right: number}): Markish[] {
  const className = `series-${series}`;
  if (!GOALS.has(series)) return [dot(ms, {x: "x", y: "y", r: series === "actual" ? 7 : 5.5, symbol: series === "actual" ? "diamond2" : "circle", fill: "currentColor", className})];
  const clampX = (x: number) => Math.min(plot.right, Math.max(plot.left, x));
  return [
    rect(by(ms, "approx"), {x1: (m: Placed) => clampX(m.x - m.band), x2: (m: Placed) => clampX(m.x + m.band), y1: (m: Placed) => m.y - 7, y2: (m: Placed) => m.y + 7, fill: "currentColor", fillOpacity: 0.28, className}),
    ruleX(by(ms, "eq", "ge", "approx", "le", "lt"), {x: "x", y1: (m: Placed) => m.y - 9, y2: (m: Placed) => m.y + 9, stroke: "currentColor", strokeWidth: 3, strokeDasharray: series === "pace" ? "4 3" : undefined, className}),
    arrow(by(ms, "ge", "gt"), {x1: "x", x2: (m: Placed) => Math.min(plot.right, m.x + m.reach.right - 5), y1: "y", y2: "y", stroke: "currentColor", strokeWidth: 2, headLength: 7, className}),
    arrow(by(ms, "le", "lt"), {x1: "x", x2: (m: Placed) => Math.max(plot.left, m.x - ARROW), y1: "y", y2: "y", stroke: "currentColor", strokeWidth: 2, headLength: 7, className}),
    dot(by(ms, "gt", "lt"), {x: "x", y: "y", r: 5.5, fill: "var(--chart-bg, white)", stroke: "currentColor", strokeWidth: 2.5, className})
  ];
}

/** A row's own axis: a line, ticks and their labels; an axis that does not start at zero opens with a break. */
function rowAxis(rows: PlacedRow[], plot: {left: number; right: number}): Markish[] {
  const ticks = rows.flatMap((r) => r.ticks.map((t) => ({...t, y: r.axisY})));
  const breaks = rows.filter((r) => r.row.zoomed).flatMap((r) => [0, 4].map((dx) => ({x: plot.left - 9 + dx, y: r.axisY})));
  return [
    link(rows, {x1: plot.left, x2: plot.right, y1: (r: PlacedRow) => r.axisY, y2: (r: PlacedRow) => r.axisY, stroke: "currentColor", strokeOpacity: 0.35}),
    link(ticks, {x1: "x", x2: "x", y1: "y", y2: (t: {y: number}) => t.y + 4, stroke: "currentColor", strokeOpacity: 0.5}),
    link(breaks, {x1: (b: {x: number}) => b.x, x2: (b: {x: number}) => b.x + 3, y1: (b: {y: number}) => b.y + 4, y2: (b: {y: number}) => b.y - 4, stroke: "currentColor", strokeWidth: 1.5, className: "axis-break"}),
    ...(["start", "middle", "end"] as const).map((anchor) =>
      text(ticks.filter((t) => t.anchor === anchor), {x: "x", y: (t: {y: number}) => t.y + 15, text: "label", textAnchor: anchor, fontSize: FONT - 1, fill: "currentColor", className: "tick-label"}))
  ];
}

/**
 * A chart of indicators, a row each, each row on a scale of its own: every
 * figure in a lane with its label beside it, drawn so that its qualifier
 * shows, and a 24 px target that links to its quote. Positions come from
 * chartLayout (pure); Plot draws them on identity scales. Pure: the same model
 * gives the same SVG, in the browser or in Node.
 */
export function indicatorChart(model: ChartModel, {width = 640, document: doc = globalThis.document, id = `plot-${model.id}`}: IndicatorChartOptions = {}): SVGSVGElement {
  for (const row of model.rows) for (const m of row.marks) if (!Number.isFinite(m.value)) throw new Error(`chart ${model.id}: ${m.id} has no value`);
  const layout = chartLayout(model, width);
  const {plot: area, rows, marks: placed} = layout;
  const lines = rows.flatMap((r) => r.lines);
  const notes = rows.filter((r) => r.row.status && r.lines.some((l) => l.kind === "note")).map((r) => ({status: r.row.status!, y: r.lines.find((l) => l.kind === "note")!.y - 4}));
  const labelText = (m: Placed) => m.fitted.lines.join("\n");
  const marks: Markish[] = [
    text(lines.filter((l) => l.kind === "label"), {x: MARGIN.left, y: "y", text: "text", textAnchor: "start", fontWeight: 600, fill: "currentColor"}),
    ...(Object.entries(STATUS_SYMBOLS) as Array<[Status, (typeof STATUS_SYMBOLS)[Status]]>).map(([status, symbol]) =>
      dot(notes.filter((n) => n.status === status), {x: MARGIN.left + 5, y: "y", r: 4, symbol, fill: STROKED.has(status) ? "none" : "currentColor", stroke: "currentColor", strokeWidth: 1.8, className: `status-key status-${status}`})),
    text(lines.filter((l) => l.kind === "note"), {x: MARGIN.left + 14, y: "y", text: "text", textAnchor: "start", fontSize: FONT - 1, className: "chart-note", fill: "currentColor"}),
    ...rowAxis(rows, area),
    ...(["baseline", "actual", "annual", "pace", "target", "district"] as const).flatMap((series) => {
      const ms = placed.filter((m) => m.series === series);
      if (!ms.length) return [];
      const className = `series-${series}`;
      const label = (side: "left" | "right", bold: boolean) =>
        text(ms.filter((m) => m.fitted.side === side && m.highlight === bold), {x: (m: Placed) => m.fitted.x, y: "y", text: labelText, textAnchor: side === "left" ? "end" : "start", lineAnchor: "middle", lineHeight: 16 / FONT, fill: "currentColor", fontWeight: bold ? 700 : 400, className});
      return [
        ...seriesMarks(series, ms, area),
        dot(ms.filter((m) => m.highlight), {x: "x", y: "y", r: 11, fill: "none", stroke: "currentColor", strokeWidth: 1.5, className: `highlight ${className}`}),
        label("right", false), label("right", true), label("left", false), label("left", true)
      ];
    }),
    // Invisible 24 px targets carry the links, names and keyboard focus.
    dot(placed, {x: "x", y: "y", r: HIT, fill: "currentColor", fillOpacity: 0, href: "href", ariaLabel: "description", className: "hit"})
  ];
  const svg = plot({
    document: doc,
    width,
    height: layout.height,
    margin: 0,
    style: {fontSize: `${FONT}px`, fontFamily: "inherit", overflow: "visible"},
    x: {type: "identity", axis: null},
    y: {type: "identity", axis: null},
    marks
  }) as SVGSVGElement;
  svg.setAttribute("id", id);
  svg.setAttribute("class", `${svg.getAttribute("class") ?? ""} indicator-chart`.trim());
  return finishSvg(svg, {title: model.title, description: model.description}) as SVGSVGElement;
}
