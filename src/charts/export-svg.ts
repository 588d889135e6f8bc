import {wrapText} from "./wrap-text.ts";

/**
 * A drawn chart as a picture for the build's own pages (the static chapters'
 * images, the Open Graph card): the SVG with its colours made explicit (a
 * file has no page styles), and a title and source line unless `bare`. The
 * downloads draw their files at one canonical size instead (export-chart.ts).
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

/** The light theme's colours (src/styles/theme.css) by class: a file has no page styles to take them from. */
export const LIGHT_PALETTE: Record<string, string> = {
  fg: "#1f2933", muted: "#52606d", bg: "#ffffff",
  "series-baseline": "#52606d", "series-actual": "#b45309", "series-target": "#0f766e", "series-pace": "#0f766e", "series-annual": "#6d28d9", "series-district": "#a21caf",
  "status-met": "#166534", "status-on-track": "#1d4ed8", "status-behind": "#b91c1c", "status-moving-away": "#9a3412", "status-too-early": "#52606d", "status-not-comparable": "#52606d", "status-no-figure": "#52606d"
};

const SVG_NS = "http://www.w3.org/2000/svg";
const [TITLE_SIZE, TITLE_LINE, FOOT_SIZE, FOOT_LINE, INSET] = [17, 22, 12, 16, 8];

/**
 * A copy of a drawn chart for a file: its colours explicit, as the page's
 * styles give them (series and status colours, muted notes, ticks and axis
 * breaks), and without the page's links and the invisible targets that carry them.
 */
export function inlineColours(svg: SVGSVGElement, palette: Record<string, string> = LIGHT_PALETTE): SVGSVGElement {
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.removeAttribute("id");
  chart.setAttribute("style", `color: ${palette.fg}; font-size: 13px; overflow: visible`);
  for (const [cls, colour] of Object.entries(palette)) {
    for (const el of chart.querySelectorAll(`.${cls}`)) el.setAttribute("style", `color: ${colour}`);
  }
  for (const el of chart.querySelectorAll(".chart-note, .tick-label")) el.setAttribute("style", `fill: ${palette.muted}`);
  for (const el of chart.querySelectorAll(".axis-break")) el.setAttribute("style", `stroke: ${palette.muted}`);
  // `currentColor` written out: some renderers (resvg, editors) resolve an inherited `fill="currentColor"`
  // where it is declared (the chart's root), not at each shape, and draw every series in the text colour.
  const colourOf = (el: Element | null): string => {
    for (let at = el; at && at !== chart.parentNode; at = at.parentElement) {
      const style = /(?:^|;)\s*color:\s*([^;]+)/.exec(at.getAttribute("style") ?? "");
      if (style) return style[1].trim();
    }
    return palette.fg;
  };
  for (const el of [chart, ...chart.querySelectorAll("*")]) {
    for (const attr of ["fill", "stroke"]) if (el.getAttribute(attr) === "currentColor") el.setAttribute(attr, colourOf(el));
    // A coloured group whose shapes inherit the root's fill takes its own colour as fill.
    if (el !== chart && /color:/.test(el.getAttribute("style") ?? "") && !el.hasAttribute("fill")) el.setAttribute("fill", colourOf(el));
  }
  for (const a of chart.querySelectorAll("a")) a.remove();
  for (const el of chart.querySelectorAll("[aria-describedby]")) el.removeAttribute("aria-describedby");
  return chart;
}

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
  const chart = inlineColours(svg, palette);
  chart.setAttribute("y", String(header));
  out.append(chart);
  footer.forEach((line, i) => text(line, header + chartHeight + 20 + i * FOOT_LINE, FOOT_SIZE, palette.muted));
  // The document's own serializer: in Node (the build's pictures) there is no global one.
  const Serializer = doc.defaultView?.XMLSerializer ?? XMLSerializer;
  return {markup: new Serializer().serializeToString(out), width, height};
}
