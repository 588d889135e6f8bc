/**
 * Where did Chromium break the page's lines? `measureLineBreaks` runs in the
 * page (hand it to `page.evaluate`): for every chart SVG, the lines of each
 * wrapped label (its tspans, which the charts' own wrapping cut); for the
 * text around the charts and in the page, each text node a browser wrapped,
 * with the position of every character that starts a new line, read from the
 * character's own box. `brokenLines` then judges each break in Node against
 * the rules of src/i18n/line-breaks.ts: never inside a word, never between a
 * number and its unit or qualifier.
 */
import {breakPoints, brokenBetween, type BreakLang} from "../src/i18n/line-breaks.ts";

/** A wrapped SVG label: its lines as drawn. */
export interface SvgLines {
  chart: string;
  lines: string[];
}

/** An HTML text node drawn on more than one line: its text, and where each line after the first starts. */
export interface HtmlBreaks {
  /** The nearest element with an id (crossing shadow roots), else the host's tag. */
  where: string;
  text: string;
  starts: number[];
}

export interface LineBreaks {
  lang: BreakLang;
  svg: SvgLines[];
  html: HtmlBreaks[];
}

export interface BrokenLine {
  where: string;
  /** The two sides of the break, as drawn: "90%以 | 上". */
  text: string;
}

export interface LineBreakOptions {
  /** Which SVGs are charts. */
  selector?: string;
}

/**
 * Runs in the page, so it is self-contained: no imports, and no named inner
 * functions (tsx and vitest may wrap those in a `__name` helper the page lacks).
 */
export function measureLineBreaks({selector = "svg.indicator-chart"}: LineBreakOptions = {}): LineBreaks {
  const result: LineBreaks = {lang: document.documentElement.lang.startsWith("en") || /[?&]lang=en/.test(location.search) ? "en" : "zh", svg: [], html: []};
  // Every open shadow root too, in page order.
  const roots: Array<Document | ShadowRoot> = [document];
  const walkers: Array<{root: Document | ShadowRoot; host: string}> = [];
  for (let root = roots.shift(); root; root = roots.shift()) {
    walkers.push({root, host: root instanceof ShadowRoot ? root.host.localName : "document"});
    for (const el of root.querySelectorAll("*")) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  for (const {root, host} of walkers) {
    for (const svg of root.querySelectorAll(selector)) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      for (const text of svg.querySelectorAll("text")) {
        const lines = [...text.children].filter((c) => c.localName === "tspan").map((t) => t.textContent ?? "");
        if (lines.length > 1 && getComputedStyle(text).visibility === "visible") result.svg.push({chart: svg.id || host, lines});
      }
    }
    // The page's own text: every text node a browser wrapped (SVG text, scripts and code aside).
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      const text = node.data;
      if (!parent || text.trim().length < 2 || parent.closest("svg, script, style, pre, code, template, textarea")) continue;
      if (parent.getClientRects().length === 0) continue;
      const range = document.createRange();
      const starts: number[] = [];
      let lastTop: number | null = null;
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i])) continue; // collapsed white space has no box of its own
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        // A new line: this character sits clearly below the last one.
        if (lastTop !== null && rect.top > lastTop + rect.height / 2) starts.push(i);
        lastTop = rect.top;
      }
      if (!starts.length) continue;
      let where = "";
      for (let n: Node | null = parent; n && !where; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n instanceof Element && n.id) where = `#${n.id}`;
      result.html.push({where: where || `${host} ${parent.localName}`, text, starts});
    }
  }
  return result;
}

/** Every break the rules forbid, in Node: a label's line against the next, a text node at each line it starts. */
export function brokenLines({lang, svg, html}: LineBreaks): BrokenLine[] {
  const out: BrokenLine[] = [];
  for (const {chart, lines} of svg) {
    for (let i = 1; i < lines.length; i++) if (brokenBetween(lines[i - 1], lines[i], lang)) out.push({where: chart, text: `${lines[i - 1]} | ${lines[i]}`});
  }
  for (const {where, text, starts} of html) {
    const allowed = new Set(breakPoints(text, lang));
    for (const at of starts) {
      if (!allowed.has(at)) out.push({where, text: `${text.slice(Math.max(0, at - 12), at).trimStart()} | ${text.slice(at, at + 12).trimEnd()}`});
    }
  }
  return out;
}
