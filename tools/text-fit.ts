/**
 * Does every chart's text fit? `measureTextFit` runs in the page (hand it to
 * `page.evaluate`): it finds every chart SVG, through open shadow roots, and
 * reports text that sticks out of its SVG and pairs of text boxes that overlap.
 * Boxes are client rects, so they are what a reader sees after CSS scaling,
 * viewBox, text-anchor and dx have all been applied.
 */
import type {Page} from "playwright-core";

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One rendered line of chart text: a `<text>`, or one `<tspan>` of a text with several. */
export interface TextBox extends Box {
  text: string;
  /** What the text is, from its mark group: "tick label", "axis title", "row label", "note", "mark label (target)", … */
  kind: string;
}

export type TextFitFinding =
  | {type: "outside"; chart: string; svg: string; sides: string[]; by: number; text: TextBox; svgBox: Box}
  | {type: "overlap"; chart: string; svg: string; overlap: {x: number; y: number}; texts: [TextBox, TextBox]}
  /** A line broken inside a word or between a number and its unit or qualifier (./line-breaks.ts). */
  | {type: "broken"; chart: string; text: string};

export interface TextFitResult {
  /** Rendered chart SVGs measured. */
  charts: number;
  /** Rendered text boxes measured. */
  texts: number;
  findings: TextFitFinding[];
}

export interface TextFitOptions {
  /** Which SVGs are charts (default: Plot output as the project draws it). */
  selector?: string;
  /** Pixels a box may stick out or overlap before it counts. */
  tolerance?: number;
}

/**
 * Runs in the page, so it is self-contained: no imports, and no named inner
 * functions (tsx and vitest may wrap those in a `__name` helper the page lacks).
 */
export function measureTextFit({selector = "svg.indicator-chart", tolerance = 0.5}: TextFitOptions = {}): TextFitResult {
  // Every open shadow root too (the explainer, the embed and the web component all draw inside them), in page order.
  const svgs: SVGSVGElement[] = [];
  const roots: Array<Document | ShadowRoot> = [document];
  for (let root = roots.shift(); root; root = roots.shift()) {
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if (el.matches(selector) && el instanceof SVGSVGElement) svgs.push(el);
    }
  }
  const result: TextFitResult = {charts: 0, texts: 0, findings: []};
  for (const svg of svgs) {
    const s = svg.getBoundingClientRect();
    if (s.width === 0 || s.height === 0) continue; // a hidden variant (the static page's other width, a story's other steps)
    result.charts++;
    // Named by the nearest id outside the SVG (the figure, crossing shadow boundaries), else the SVG's own.
    let chart = "";
    for (let n: Node | null = svg.parentNode; n && !chart; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
      if (n instanceof Element && n.id) chart = n.id;
    }
    const svgId = svg.id || "(no id)";
    chart ||= svgId;
    const boxes: TextBox[] = [];
    for (const text of svg.querySelectorAll("text")) {
      // What the text is, from its group: Plot's own names if still there (the accessibility pass removes
      // them), else the project's class names, else Plot's structure.
      let kind = "text";
      for (let n: Element | null = text.parentElement; n && n !== svg && kind === "text"; n = n.parentElement) {
        const label = n.getAttribute("aria-label") ?? "";
        const classes = [...n.classList].filter((c) => !/^plot-/.test(c) && c !== "highlight");
        const series = classes.find((c) => c.startsWith("series-"));
        // Plot's axis: numeric tick labels get tabular figures, and its title is the one-text group after them.
        const afterTicks = n.previousElementSibling?.getAttribute("font-variant") === "tabular-nums" && n.childElementCount === 1;
        if (/axis tick label/.test(label)) kind = "tick label";
        else if (/axis label/.test(label)) kind = "axis title";
        else if (series) kind = `mark label (${series.slice("series-".length)})`;
        else if (classes.includes("chart-note")) kind = "note";
        else if (classes.length) kind = classes.join(" ");
        else if (n.getAttribute("font-variant") === "tabular-nums") kind = "tick label";
        else if (afterTicks) kind = "axis title";
        else if (n.getAttribute("font-weight") === "600") kind = "row label"; // the chart's only bold text group
      }
      const tspans = [...text.children].filter((c) => c.localName === "tspan");
      for (const el of tspans.length > 1 ? tspans : [text]) {
        const content = (el.textContent ?? "").trim();
        if (!content) continue;
        // Not rendered: display/visibility, an invisible ancestor, or no size. aria-hidden text is still seen.
        const style = getComputedStyle(el);
        if (style.display === "none" || style.visibility !== "visible") continue;
        let transparent = style.fill === "none" && style.stroke === "none";
        for (let n: Element | null = el; n && n !== svg.parentElement && !transparent; n = n.parentElement) transparent = getComputedStyle(n).opacity === "0";
        const r = el.getBoundingClientRect();
        if (transparent || r.width === 0 || r.height === 0) continue;
        const [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom].map((n) => Math.round(n * 10) / 10);
        boxes.push({text: content, kind, left, top, right, bottom});
      }
    }
    result.texts += boxes.length;
    const [left, top, right, bottom] = [s.left, s.top, s.right, s.bottom].map((n) => Math.round(n * 10) / 10);
    const svgBox = {left, top, right, bottom};
    for (const b of boxes) {
      const out = {left: s.left - b.left, right: b.right - s.right, top: s.top - b.top, bottom: b.bottom - s.bottom};
      const sides = Object.entries(out).filter(([, by]) => by > tolerance);
      if (sides.length) result.findings.push({type: "outside", chart, svg: svgId, sides: sides.map(([side]) => side), by: Math.round(Math.max(...sides.map(([, by]) => by)) * 10) / 10, text: b, svgBox});
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > tolerance && y > tolerance) result.findings.push({type: "overlap", chart, svg: svgId, overlap: {x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10}, texts: [a, b]});
      }
    }
  }
  return result;
}

const boxText = (b: Box) => `[${b.left},${b.top} → ${b.right},${b.bottom}]`;

/** One line per finding, for a failure message or a report. */
export function describeFinding(f: TextFitFinding): string {
  if (f.type === "broken") return `${f.chart}: a line broken against the rules: "${f.text}"`;
  if (f.type === "outside") {
    return `${f.chart}: ${f.text.kind} "${f.text.text}" ${boxText(f.text)} sticks out ${f.sides.join("+")} by ${f.by}px of the SVG ${boxText(f.svgBox)}`;
  }
  const [a, b] = f.texts;
  return `${f.chart}: ${a.kind} "${a.text}" ${boxText(a)} overlaps ${b.kind} "${b.text}" ${boxText(b)} by ${f.overlap.x}×${f.overlap.y}px`;
}

/** A readable account of a result: the totals and the first 20 findings. */
export function textFitMessage(result: TextFitResult, label: string): string {
  const outside = result.findings.filter((f) => f.type === "outside").length;
  const broken = result.findings.filter((f) => f.type === "broken").length;
  const lines = result.findings.slice(0, 20).map((f) => `  - ${describeFinding(f)}`);
  if (result.findings.length > 20) lines.push(`  … and ${result.findings.length - 20} more`);
  return `${label}: in ${result.charts} charts (${result.texts} text boxes), ${outside} text boxes outside their chart, ` +
    `${result.findings.length - outside - broken} overlapping pairs and ${broken} lines broken against the rules\n${lines.join("\n")}`;
}

/** Measures the page's charts as they are now, and fails with a readable list if any text does not fit. */
export async function expectTextFits(page: Page, label: string, options: TextFitOptions = {}): Promise<TextFitResult> {
  const result = await page.evaluate(measureTextFit, options);
  if (result.charts === 0) throw new Error(`${label}: no rendered chart SVG to measure`);
  if (result.findings.length) throw new Error(textFitMessage(result, label));
  return result;
}
