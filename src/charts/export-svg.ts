import {wrapText} from "./wrap-text.ts";

/**
 * A chart as a file: the on-page SVG with its colours made explicit (a file
 * has no page styles), a title above it and the source line and data date
 * below it, so the image carries its provenance wherever it goes.
 */
export interface ExportOptions {
  title: string;
  sourceLine: string;
  /** e.g. "数据截至：2022年" / "Data: 2022"; shown after the source line. */
  dateLine: string;
  /** Colours for the series classes and the text. */
  palette?: Record<string, string>;
  /** The chart alone, without the title and the lines under it (a picture in a page that says them). */
  bare?: boolean;
}

export const LIGHT_PALETTE: Record<string, string> = {
  fg: "#1f2933", muted: "#52606d", bg: "#ffffff",
  "series-baseline": "#52606d", "series-actual": "#b45309", "series-target": "#0f766e", "series-annual": "#6d28d9", "series-district": "#a21caf"
};

const SVG_NS = "http://www.w3.org/2000/svg";
const [TITLE_SIZE, TITLE_LINE, FOOT_SIZE, FOOT_LINE, INSET] = [17, 22, 12, 16, 8];

export function exportSvg(svg: SVGSVGElement, {title, sourceLine, dateLine, palette = LIGHT_PALETTE, bare = false}: ExportOptions): {markup: string; width: number; height: number} {
  const doc = svg.ownerDocument;
  const width = Number(svg.getAttribute("width"));
  const chartHeight = Number(svg.getAttribute("height"));
  // Title and source line wrap as the chart's labels do (never inside a word, nor a number from its unit), inside the picture.
  const room = width - 2 * INSET;
  const titleLines = bare ? [] : wrapText(title, room, TITLE_SIZE, {bold: true});
  const footer = bare ? [] : wrapText(`${sourceLine} ${dateLine}`, room, FOOT_SIZE);
  const header = bare ? 4 : 26 + (titleLines.length - 1) * TITLE_LINE + 18;
  const height = bare ? chartHeight + 8 : header + chartHeight + 16 + footer.length * FOOT_LINE + 8;
  const out = doc.createElementNS(SVG_NS, "svg");
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(height));
  out.setAttribute("viewBox", `0 0 ${width} ${height}`);
  out.setAttribute("font-family", "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif");
  const bg = doc.createElementNS(SVG_NS, "rect");
  for (const [k, v] of Object.entries({width, height, fill: palette.bg})) bg.setAttribute(k, String(v));
  out.append(bg);
  const text = (content: string, y: number, size: number, fill: string, weight = "normal") => {
    const t = doc.createElementNS(SVG_NS, "text");
    for (const [k, v] of Object.entries({x: INSET, y, "font-size": size, fill, "font-weight": weight})) t.setAttribute(k, String(v));
    t.textContent = content;
    out.append(t);
  };
  titleLines.forEach((line, i) => text(line, 26 + i * TITLE_LINE, TITLE_SIZE, palette.fg, "bold"));
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.removeAttribute("id");
  chart.setAttribute("y", String(header));
  chart.setAttribute("style", `color: ${palette.fg}; font-size: 13px; overflow: visible`);
  for (const [cls, colour] of Object.entries(palette)) {
    for (const el of chart.querySelectorAll(`.${cls}`)) el.setAttribute("style", `color: ${colour}`);
  }
  for (const el of chart.querySelectorAll(".chart-note")) el.setAttribute("style", `fill: ${palette.muted}`);
  // A file is not a page: links and the invisible targets that carry them go.
  for (const a of chart.querySelectorAll("a")) a.remove();
  for (const el of chart.querySelectorAll("[aria-describedby]")) el.removeAttribute("aria-describedby");
  out.append(chart);
  footer.forEach((line, i) => text(line, header + chartHeight + 20 + i * FOOT_LINE, FOOT_SIZE, palette.muted));
  // The document's own serializer: in Node (the build's pictures) there is no global one.
  const Serializer = doc.defaultView?.XMLSerializer ?? XMLSerializer;
  return {markup: new Serializer().serializeToString(out), width, height};
}
