/**
 * Pages between the built page and its static limit, for taking the first
 * chart's time apart (`npm run bench:breakdown`). Each is the built HTML with
 * things taken out, so that a row's difference to the next is what those
 * things cost: the page's scripts, then the page's other text, then the
 * chart's own title, subtitle and legend (what is left is the bare SVG).
 * Plain string work on the build's own output, whose shape the build fixes.
 */

export interface FigureOptions {
  /** The class of the chart's SVG, as the bench's observer looks for it. */
  chart?: string;
  /** The element that holds one chart with its title, subtitle and legend. */
  host?: string;
  /** Markup around the figure, so that it lays out at the page's column width. */
  wrap?: [string, string];
}

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi;

/** The page as it is, less every script and module preload: what the HTML and CSS alone cost. */
export function withoutScripts(html: string): string {
  return html.replace(SCRIPT, "").replace(MODULE_PRELOAD, "");
}

/**
 * The page's head without scripts, and in its body only the first chart's
 * figure (its host element, declarative shadow root and all): what the chart
 * costs with its title, subtitle and legend, and nothing else of the page.
 */
export function figureAlone(html: string, {chart = "indicator-chart", host = "bj-chart-figure", wrap = ['<div class="page"><main>', "</main></div>"]}: FigureOptions = {}): string {
  const at = html.search(new RegExp(`<svg\\b[^>]*\\bclass=["'][^"']*\\b${chart}\\b`));
  if (at < 0) throw new Error(`figureAlone: the page has no <svg class="${chart}">`);
  const start = html.lastIndexOf(`<${host}`, at);
  const close = `</${host}>`;
  const end = html.indexOf(close, at);
  if (start < 0 || end < 0) throw new Error(`figureAlone: the first ${chart} is not inside a <${host}>`);
  const body = html.search(/<body\b/i);
  if (body < 0 || body > start) throw new Error("figureAlone: no <body> before the chart");
  const head = withoutScripts(html.slice(0, body));
  return `${head}<body>${wrap[0]}${html.slice(start, end + close.length)}${wrap[1]}</body>\n</html>\n`;
}
