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
const LINK = /<link\b[^>]*>/gi;
/** A tag's attribute value, quoted either way or not at all. */
export const attribute = (tag: string, name: string): string | undefined => {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return found ? (found[1] ?? found[2] ?? found[3]) : undefined;
};

/** Whether a tag's attribute (`rel`, `class`) lists a token, as the browser reads the list. */
export const hasToken = (tag: string, name: string, token: string): boolean =>
  (attribute(tag, name) ?? "").toLowerCase().split(/\s+/).includes(token.toLowerCase());

/** The page as it is, less every script and module preload: what the HTML and CSS alone cost. */
export function withoutScripts(html: string): string {
  return html.replace(SCRIPT, "").replace(LINK, (tag) => (hasToken(tag, "rel", "modulepreload") ? "" : tag));
}

/**
 * The page's head without scripts, and in its body only the first chart's
 * figure (its host element, declarative shadow root and all): what the chart
 * costs with its title, subtitle and legend, and nothing else of the page.
 */
export function figureAlone(html: string, {chart = "indicator-chart", host = "bj-chart-figure", wrap = ['<div class="page"><main>', "</main></div>"]}: FigureOptions = {}): string {
  const svg = [...html.matchAll(/<svg\b[^>]*>/gi)].find(([tag]) => hasToken(tag, "class", chart));
  if (!svg) throw new Error(`figureAlone: the page has no <svg class="${chart}">`);
  const at = svg.index;
  const opening = [...html.slice(0, at).matchAll(new RegExp(`<${host}[\\s>]`, "gi"))].at(-1);
  const close = `</${host}>`;
  const end = html.indexOf(close, at);
  // The chart must lie inside the host: no closing tag of it between the two.
  if (!opening || end < 0 || html.lastIndexOf(close, at) > opening.index) throw new Error(`figureAlone: the first ${chart} is not inside a <${host}>`);
  const body = html.search(/<body\b/i);
  if (body < 0 || body > opening.index) throw new Error("figureAlone: no <body> before the chart");
  const head = withoutScripts(html.slice(0, body));
  return `${head}<body>${wrap[0]}${html.slice(opening.index, end + close.length)}${wrap[1]}</body>\n</html>\n`;
}
