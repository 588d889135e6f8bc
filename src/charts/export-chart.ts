import type {ChartWithTable} from "../model/chart-rows.ts";
import {LEGEND_KEYS} from "./legend-keys.ts";
import {indicatorChart} from "./indicator-chart.ts";
import {inlineColours, LIGHT_PALETTE} from "./export-svg.ts";
import {textWidth, wrapText} from "./wrap-text.ts";
import {htmlLang} from "../i18n/locale.ts";

/**
 * A chart as a file a reader keeps or a newsroom republishes: drawn at one
 * canonical width whatever the screen it was saved from (a phone's chart cut
 * its title, a laptop's ran its source line off), with its title and
 * subtitle wrapped to that width, its legend in the chart's own shapes and
 * colours, the unit, and the source line and data years, in the chart's
 * language. Pure: (chart, options) → SVG text; runs in Node as in the page.
 */
export interface ExportChartOptions {
  /** "Data years: 2020, 2022." in the chart's language. */
  dateLine: string;
  /** "Unit: per cent." when the subtitle does not say it already; "" for none. */
  unitLine?: string;
  /** The chart's address, printed last (omitted when unknown). */
  address?: string;
  /** The document to draw in (a server-side DOM's in Node). */
  document?: Document;
  palette?: Record<string, string>;
}

/** The file's width in CSS pixels (PNG: twice that in pixels), and the margin around its content. */
export const EXPORT_WIDTH = 720;
const PAD = 24;
const INNER = EXPORT_WIDTH - 2 * PAD;
const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

interface Line {
  text: string;
  size: number;
  weight?: "bold";
  fill: string;
}

/** A legend laid out in rows: each key (18 px, the chart's shape) and its label, the label wrapped if it is wider than a row. */
function legendRows(chart: ChartWithTable, size: number): Array<Array<{series: string; lines: string[]; x: number}>> {
  const rows: Array<Array<{series: string; lines: string[]; x: number}>> = [[]];
  let x = 0;
  for (const {series, label} of chart.legend) {
    const lines = wrapText(label, INNER - 24, size);
    const width = 24 + Math.max(...lines.map((l) => textWidth(l, size))) + 16;
    if (x > 0 && (x + width > INNER || lines.length > 1)) rows.push([]), (x = 0);
    rows[rows.length - 1].push({series, lines, x});
    x += width;
    if (lines.length > 1) rows.push([]), (x = 0);
  }
  return rows.filter((r) => r.length);
}

export function exportChart(chart: ChartWithTable, {dateLine, unitLine = "", address, document: doc = globalThis.document, palette = LIGHT_PALETTE}: ExportChartOptions): {markup: string; width: number; height: number} {
  const out = doc.createElementNS(SVG_NS, "svg");
  const add = (name: string, attrs: Record<string, string | number>, parent: Element = out) => {
    const el = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    parent.append(el);
    return el;
  };
  const background = add("rect", {x: 0, y: 0, width: EXPORT_WIDTH, fill: palette.bg});
  let y = PAD;
  const write = ({text, size, weight, fill}: Line, gap = 0.35) => {
    for (const line of wrapText(text, INNER, size, {bold: weight === "bold"})) {
      y += size * 1.25;
      add("text", {x: PAD, y: y - size * 0.25, "font-size": size, fill, ...(weight ? {"font-weight": weight} : {})}).textContent = line;
    }
    y += size * gap;
  };
  write({text: chart.title, size: 20, weight: "bold", fill: palette.fg});
  write({text: chart.subtitle, size: 14, fill: palette.muted}, 0.8);

  for (const row of legendRows(chart, 13)) {
    const height = Math.max(...row.map((item) => item.lines.length)) * 17;
    for (const {series, lines, x} of row) {
      const key = add("g", {transform: `translate(${PAD + x} ${y + 1})`, color: palette[`series-${series}`] ?? palette.fg});
      for (const k of LEGEND_KEYS[series as keyof typeof LEGEND_KEYS]) {
        if (k.shape === "circle") add("circle", {cx: k.cx, cy: k.cy, r: k.r, fill: "currentColor"}, key);
        else if (k.shape === "line") add("line", {x1: k.x1, x2: k.x2, y1: k.y1, y2: k.y2, stroke: "currentColor", "stroke-width": k.width, ...(k.dash ? {"stroke-dasharray": k.dash} : {})}, key);
        else add("path", {d: k.d, ...(k.fill ? {fill: "currentColor"} : {fill: "none", stroke: "currentColor", "stroke-width": k.width ?? 2})}, key);
      }
      lines.forEach((line, i) => (add("text", {x: PAD + x + 24, y: y + 14 + i * 17, "font-size": 13, fill: palette.fg}).textContent = line));
    }
    y += height + 4;
  }
  y += 6;

  // The chart itself, drawn for this width (never the reader's drawing), its colours made explicit.
  const drawn = indicatorChart(chart, {width: INNER, document: doc, id: `export-${chart.id}`});
  const plot = inlineColours(drawn, palette);
  plot.setAttribute("x", String(PAD));
  plot.setAttribute("y", String(y));
  out.append(plot);
  y += Number(drawn.getAttribute("height")) + 12;

  for (const line of [unitLine, chart.sourceLine, dateLine, address ?? ""]) if (line) write({text: line, size: 12, fill: palette.muted}, 0.2);

  const height = Math.ceil(y + PAD - 12);
  background.setAttribute("height", String(height));
  for (const [k, v] of Object.entries({width: EXPORT_WIDTH, height, viewBox: `0 0 ${EXPORT_WIDTH} ${height}`, "font-family": FONT, lang: htmlLang(chart.lang)})) out.setAttribute(k, String(v));
  const title = doc.createElementNS(SVG_NS, "title");
  title.textContent = chart.title;
  out.insertBefore(title, out.firstChild);
  const Serializer = doc.defaultView?.XMLSerializer ?? XMLSerializer;
  return {markup: new Serializer().serializeToString(out), width: EXPORT_WIDTH, height};
}
