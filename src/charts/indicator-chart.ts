import {arrow, dot, link, plot, rect, ruleX, text, type Markish} from "@observablehq/plot";
import type {ChartModel, MarkSeries} from "../model/chart-model.ts";
import {finishSvg} from "./accessible-svg.ts";
import {ARROW, chartLayout, FONT, HIT, MARGIN, type PlacedMark as Placed, type PlacedRow} from "./chart-layout.ts";
import type {Status} from "../schema/statuses.ts";
import {keyed} from "./keyed.ts";
import {markLanguages} from "./mark-languages.ts";
import {CALLOUT_PAD, labelWidth} from "./fit-label.ts";
import {STATUS_SYMBOLS, STROKED} from "./status-symbols.ts";

export interface IndicatorChartOptions {
  width?: number;
  /** The document to create elements in; pass a server-side DOM's document in Node. */
  document?: Document;
  /** A stable id for the SVG, used for its description's id. */
  id?: string;
  /** The explainer's address, when the chart is shown elsewhere (an embed): marks link to its sources by absolute URL. */
  linkBase?: string | URL;
  /** A slide's closer spacing (chart-layout.ts). */
  dense?: boolean;
}

const GOALS: ReadonlySet<MarkSeries> = new Set(["annual", "pace", "target", "district"]);
const by = (marks: Placed[], ...comparators: string[]) => marks.filter((m) => comparators.includes(m.comparator));

/** The box behind a called-out figure's label: its lines' estimated width (labelWidth) and height, padded (CALLOUT_PAD). */
function calloutBox(m: Placed): {x1: number; x2: number; y1: number; y2: number} {
  const width = Math.max(...m.fitted.lines.map((line) => labelWidth(line, FONT, {callout: true})));
  const half = (m.fitted.lines.length * 16) / 2;
  const {near, far} = CALLOUT_PAD;
  const [x1, x2] = m.fitted.side === "right" ? [m.fitted.x - near, m.fitted.x + width + far] : [m.fitted.x - width - far, m.fitted.x + near];
  return {x1, x2, y1: m.y - half - 1, y2: m.y + half + 1};
}

/** The shapes of one series: each figure drawn so that its qualifier shows (≥ arrow, > open circle, ≈ band, = tick). */
function seriesMarks(series: MarkSeries, ms: Placed[], plot: {left: number; right: number}): Markish[] {
  const className = `series-${series}`;
  // Each shape named after its figure and part, so a story's next step can move it (keyed.ts).
  const part = (name: string, data: Placed[]) => ({render: keyed(data, (m) => `${name}:${m.id}`)});
  if (!GOALS.has(series)) return [dot(ms, {x: "x", y: "y", r: series === "actual" ? 7 : 5.5, symbol: series === "actual" ? "diamond2" : "circle", fill: "currentColor", className, ...part("dot", ms)})];
  const clampX = (x: number) => Math.min(plot.right, Math.max(plot.left, x));
  const [bands, ticks, up, down, open] = [by(ms, "approx"), by(ms, "eq", "ge", "approx", "le", "lt"), by(ms, "ge", "gt"), by(ms, "le", "lt"), by(ms, "gt", "lt")];
  return [
    rect(bands, {x1: (m: Placed) => clampX(m.x - m.band), x2: (m: Placed) => clampX(m.x + m.band), y1: (m: Placed) => m.y - 7, y2: (m: Placed) => m.y + 7, fill: "currentColor", fillOpacity: 0.28, className, ...part("band", bands)}),
    ruleX(ticks, {x: "x", y1: (m: Placed) => m.y - 9, y2: (m: Placed) => m.y + 9, stroke: "currentColor", strokeWidth: 3, strokeDasharray: series === "pace" ? "4 3" : undefined, className, ...part("tick", ticks)}),
    arrow(up, {x1: "x", x2: (m: Placed) => Math.min(plot.right, m.x + m.reach.right - 5), y1: "y", y2: "y", stroke: "currentColor", strokeWidth: 2, headLength: 7, className, ...part("up", up)}),
    arrow(down, {x1: "x", x2: (m: Placed) => Math.max(plot.left, m.x - ARROW), y1: "y", y2: "y", stroke: "currentColor", strokeWidth: 2, headLength: 7, className, ...part("down", down)}),
    dot(open, {x: "x", y: "y", r: 5.5, fill: "var(--chart-bg, white)", stroke: "currentColor", strokeWidth: 2.5, className, ...part("open", open)})
  ];
}

/** A row's own axis: a line, ticks and their labels; an axis that does not start at zero opens with a break. */
function rowAxis(rows: PlacedRow[], plot: {left: number; right: number}): Markish[] {
  const ticks = rows.flatMap((r) => r.ticks.map((t) => ({...t, y: r.axisY, key: `${r.row.key}:${t.label}`})));
  const breaks = rows.filter((r) => r.row.zoomed).flatMap((r) => [0, 4].map((dx) => ({x: plot.left - 9 + dx, y: r.axisY, key: `${r.row.key}:${dx}`})));
  const named = <T extends {key: string}>(name: string, data: T[]) => ({render: keyed(data, (d) => `${name}:${d.key}`)});
  const byAnchor = (["start", "middle", "end"] as const).map((anchor) => ticks.filter((t) => t.anchor === anchor));
  return [
    link(rows, {x1: plot.left, x2: plot.right, y1: (r: PlacedRow) => r.axisY, y2: (r: PlacedRow) => r.axisY, stroke: "currentColor", strokeOpacity: 0.35, render: keyed(rows, (r) => `axis:${r.row.key}`)}),
    link(ticks, {x1: "x", x2: "x", y1: "y", y2: (t: {y: number}) => t.y + 4, stroke: "currentColor", strokeOpacity: 0.5, ...named("axis-tick", ticks)}),
    link(breaks, {x1: (b: {x: number}) => b.x, x2: (b: {x: number}) => b.x + 3, y1: (b: {y: number}) => b.y + 4, y2: (b: {y: number}) => b.y - 4, stroke: "currentColor", strokeWidth: 1.5, className: "axis-break", ...named("break", breaks)}),
    ...byAnchor.map((group) => text(group, {x: "x", y: (t: {y: number}) => t.y + 15, text: "label", textAnchor: group[0]?.anchor ?? "middle", fontSize: FONT - 1, fill: "currentColor", className: "tick-label", ...named("tick-label", group)}))
  ];
}

/**
 * A chart of indicators, a row each, each row on a scale of its own: every
 * figure in a lane with its label beside it, drawn so that its qualifier
 * shows, and a 24 px target that links to its quote. Positions come from
 * chartLayout (pure); Plot draws them on identity scales. Pure: the same model
 * gives the same SVG, in the browser or in Node.
 */
export function indicatorChart(model: ChartModel, {width = 640, document: doc = globalThis.document, id = `plot-${model.id}`, linkBase, dense}: IndicatorChartOptions = {}): SVGSVGElement {
  for (const row of model.rows) for (const m of row.marks) if (!Number.isFinite(m.value)) throw new Error(`chart ${model.id}: ${m.id} has no value`);
  const layout = chartLayout(model, width, {linkBase, dense});
  const {plot: area, rows, marks: placed} = layout;
  const lines = rows.flatMap((r) => r.lines.map((l, i) => ({...l, key: `${l.kind}:${r.row.key}:${i}`})));
  const [labels, noteLines] = [lines.filter((l) => l.kind === "label"), lines.filter((l) => l.kind === "note")];
  const notes = rows.filter((r) => r.row.status && r.lines.some((l) => l.kind === "note")).map((r) => ({status: r.row.status!, y: r.lines.find((l) => l.kind === "note")!.y - 4, key: `status:${r.row.key}`}));
  const labelText = (m: Placed) => m.fitted.lines.join("\n");
  const byKey = <T extends {key: string}>(data: T[]) => ({render: keyed(data, (d) => d.key)});
  const byMark = (name: string, data: Placed[]) => ({render: keyed(data, (m) => `${name}:${m.id}`)});
  const marks: Markish[] = [
    text(labels, {x: MARGIN.left, y: "y", text: "text", textAnchor: "start", fontWeight: 600, fill: "currentColor", ...byKey(labels)}),
    ...(Object.entries(STATUS_SYMBOLS) as Array<[Status, (typeof STATUS_SYMBOLS)[Status]]>).map(([status, symbol]) => {
      const here = notes.filter((n) => n.status === status);
      return dot(here, {x: MARGIN.left + 5, y: "y", r: 4, symbol, fill: STROKED.has(status) ? "none" : "currentColor", stroke: "currentColor", strokeWidth: 1.8, className: `status-key status-${status}`, ...byKey(here)});
    }),
    text(noteLines, {x: MARGIN.left + 14, y: "y", text: "text", textAnchor: "start", fontSize: FONT - 1, className: "chart-note", fill: "currentColor", ...byKey(noteLines)}),
    ...rowAxis(rows, area),
    ...(["baseline", "actual", "annual", "pace", "target", "district"] as const).flatMap((series) => {
      const ms = placed.filter((m) => m.series === series);
      if (!ms.length) return [];
      const className = `series-${series}`;
      const label = (side: "left" | "right", bold: boolean) => {
        const here = ms.filter((m) => m.fitted.side === side && m.highlight === bold);
        return text(here, {x: (m: Placed) => m.fitted.x, y: "y", text: labelText, textAnchor: side === "left" ? "end" : "start", lineAnchor: "middle", lineHeight: 16 / FONT, fill: bold ? "var(--fg, currentColor)" : "currentColor", fontWeight: bold ? 700 : 400, className, ...byMark("label", here)});
      };
      const called = ms.filter((m) => m.highlight);
      return [
        // A called-out figure's label sits on the same colour as the figure in the text beside the chart, in the text's colour (legible on it
        // in both schemes): no shape around the mark, which could be read as a figure's wording.
        rect(called, {x1: (m: Placed) => calloutBox(m).x1, x2: (m: Placed) => calloutBox(m).x2, y1: (m: Placed) => calloutBox(m).y1, y2: (m: Placed) => calloutBox(m).y2, fill: "var(--mark, #fde68a)", rx: 3, className: "callout", ...byMark("callout", called)}),
        ...seriesMarks(series, ms, area),
        label("right", false), label("right", true), label("left", false), label("left", true)
      ];
    }),
    // Invisible 24 px targets carry the links, names and keyboard focus.
    dot(placed, {x: "x", y: "y", r: HIT, fill: "currentColor", fillOpacity: 0, href: "href", ariaLabel: "description", className: "hit", ...byMark("hit", placed)})
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
  markLanguages(svg, model.lang);
  return finishSvg(svg, {title: model.title, description: model.description}) as SVGSVGElement;
}
