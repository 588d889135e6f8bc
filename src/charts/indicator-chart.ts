import {arrow, axisX, dot, gridX, plot, rect, ruleX, ruleY, text} from "@observablehq/plot";
import {finishSvg} from "./accessible-svg.ts";
import type {ChartModel, MarkSeries} from "../model/chart-model.ts";
import {MARK_SERIES} from "../model/chart-model.ts";
import {chartLayout, FONT, MARGIN, type PlacedMark as Placed} from "./chart-layout.ts";

export interface IndicatorChartOptions {
  width?: number;
  /** The document to create elements in; pass a server-side DOM's document in Node. */
  document?: Document;
  /** Half-width of the band drawn for an "about" (≈) figure, as a share of the value. */
  tolerance?: number;
  /** A stable id for the SVG, used for its description's id. */
  id?: string;
  /** Tick format for the x axis. */
  tickFormat?: (value: number) => string;
}

const HIT = 12;

/**
 * A dot plot of one unit: one row per indicator, one lane per figure, each
 * figure drawn so that its comparator shows (≥ arrow open to the right, > open
 * circle and arrow, ≈ band, = tick). Pure: the same model gives the same SVG,
 * in the browser or in Node.
 */
export function indicatorChart(model: ChartModel, {width = 640, document: doc = globalThis.document, tolerance = 0.05, id = `plot-${model.id}`, tickFormat}: IndicatorChartOptions = {}): SVGSVGElement {
  const [x0, x1] = model.domain;
  const {left: marginLeft, right: marginRight} = MARGIN;
  const plotWidth = width - marginLeft - marginRight;
  const px = (units: number) => (units / (x1 - x0)) * plotWidth;
  const toUnits = (pixels: number) => (pixels / plotWidth) * (x1 - x0);
  for (const row of model.rows) for (const m of row.marks) if (!Number.isFinite(m.value)) throw new Error(`chart ${model.id}: ${m.id} has no value`);

  const {height, labels, rules, marks: placed} = chartLayout(model, width);

  const goals: ReadonlySet<MarkSeries> = new Set(["annual", "pace", "target", "district"]);
  const arrowLength = toUnits(20);
  const band = (m: Placed) => Math.max(tolerance * Math.abs(m.value), toUnits(3));
  const labelOffset = (m: Placed) => {
    const reach = m.comparator === "approx" ? Math.round(px(band(m))) : 0;
    if (m.side === "left") return -(HIT + 2 + reach);
    return HIT + 2 + Math.max(reach, goals.has(m.series) && (m.comparator === "ge" || m.comparator === "gt") ? 20 : 0);
  };

  // Plot takes class names and label offsets as constants, so marks are grouped by series and placement.
  const seriesMarks = MARK_SERIES.flatMap((series) => {
    const ms = placed.filter((m) => m.series === series);
    if (!ms.length) return [];
    const className = `series-${series}`;
    const by = (...comparators: string[]) => ms.filter((m) => comparators.includes(m.comparator));
    const shapes = goals.has(series)
      ? [
          rect(by("approx"), {x1: (m: Placed) => m.value - band(m), x2: (m: Placed) => m.value + band(m), y1: (m: Placed) => m.y - 7, y2: (m: Placed) => m.y + 7, fill: "currentColor", fillOpacity: 0.28, className}),
          ruleX(by("eq", "ge", "approx", "le", "lt"), {x: "value", y1: (m: Placed) => m.y - 9, y2: (m: Placed) => m.y + 9, stroke: "currentColor", strokeWidth: 3, className}),
          arrow(by("ge", "gt"), {x1: "value", x2: (m: Placed) => Math.max(m.upper ?? -Infinity, m.value + arrowLength), y1: "y", y2: "y", stroke: "currentColor", strokeWidth: 2, headLength: 7, className}),
          arrow(by("le", "lt"), {x1: "value", x2: (m: Placed) => m.value - arrowLength, y1: "y", y2: "y", stroke: "currentColor", strokeWidth: 2, headLength: 7, className}),
          dot(by("gt", "lt"), {x: "value", y: "y", r: 5.5, fill: "var(--chart-bg, white)", stroke: "currentColor", strokeWidth: 2.5, className})
        ]
      : [dot(ms, {x: "value", y: "y", r: series === "actual" ? 7 : 5.5, symbol: series === "actual" ? "diamond2" : "circle", fill: "currentColor", className})];
    const highlights = dot(ms.filter((m) => m.highlight), {x: "value", y: "y", r: 11, fill: "none", stroke: "currentColor", strokeWidth: 1.5, className: `highlight ${className}`});
    const groups = new Map<string, Placed[]>();
    for (const m of ms) {
      const key = `${m.side} ${labelOffset(m)} ${m.highlight}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    const labelMarks = [...groups].map(([key, group]) => {
      const [side, dx, highlight] = key.split(" ");
      return text(group, {x: "value", y: "y", text: "label", dx: Number(dx), textAnchor: side === "left" ? "end" : "start", fill: "currentColor", fontWeight: highlight === "true" ? 700 : 400, className});
    });
    return [...shapes, highlights, ...labelMarks];
  });

  const svg = plot({
    document: doc,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 0,
    marginBottom: 32,
    style: {fontSize: `${FONT}px`, fontFamily: "inherit", overflow: "visible"},
    x: {domain: model.domain, label: model.axisLabel, labelAnchor: "left", labelArrow: "none"},
    y: {type: "identity", axis: null},
    marks: [
      gridX({stroke: "currentColor", strokeOpacity: 0.12, y1: 0, y2: height - 32, ticks: width < 480 ? 4 : 8}),
      ruleY(rules, {y: (d: number) => d, stroke: "currentColor", strokeOpacity: 0.18}),
      axisX({anchor: "bottom", ticks: width < 480 ? 4 : 8, tickFormat, label: model.axisLabel, labelAnchor: "left", labelArrow: "none", fill: "currentColor"}),
      text(labels.filter((l) => l.kind === "label"), {x: x0, y: "y", text: "text", textAnchor: "start", dx: -marginLeft + 2, fontWeight: 600, fill: "currentColor"}),
      text(labels.filter((l) => l.kind === "note"), {x: x0, y: "y", text: "text", textAnchor: "start", dx: -marginLeft + 2, fontSize: FONT - 1, className: "chart-note", fill: "currentColor"}),
      ...seriesMarks,
      // Invisible 24px targets carry the links, names and keyboard focus.
      dot(placed, {x: "value", y: "y", r: HIT, fill: "currentColor", fillOpacity: 0, href: "href", ariaLabel: "description", className: "hit"})
    ]
  }) as SVGSVGElement;
  svg.setAttribute("id", id);
  svg.setAttribute("class", `${svg.getAttribute("class") ?? ""} indicator-chart`.trim());
  return finishSvg(svg, {title: model.title, description: model.description}) as SVGSVGElement;
}
