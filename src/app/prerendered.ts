/**
 * The width the build draws a first-screen chart at: the narrowest column (a
 * 320 px screen less the page's padding). The SVG scales with its viewBox up
 * to PRERENDER_MAX_SCALE times that, so its text is never below its design
 * size and never more than 40 % above it, at any width, with one drawing.
 */
export const PRERENDER_WIDTH = 288;
export const PRERENDER_MAX_SCALE = 1.4;

/** The id a pre-rendered chart's SVG carries, so the client can adopt it instead of drawing it again. */
export function prerenderId(lang: string, chartId: string): string {
  return `pre-${lang}-${chartId}`;
}

/**
 * The charts the build drew into index.html. The live page adopts them instead
 * of drawing the same chart again, which keeps Plot off the first view; they
 * are kept here when the static layer is removed from the page.
 */
const stash = new Map<string, SVGSVGElement>();

/** The drawings in a static copy, in its light DOM or in its figures' (declarative) shadow roots. */
function drawingsIn(root: ParentNode): SVGSVGElement[] {
  const figures = [...root.querySelectorAll("bj-chart-figure")].flatMap((f) => [...(f.shadowRoot?.querySelectorAll<SVGSVGElement>("svg[id^='pre-']") ?? [])]);
  return [...root.querySelectorAll<SVGSVGElement>("svg[id^='pre-']"), ...figures];
}

export function stashPrerendered(root: ParentNode): void {
  for (const svg of drawingsIn(root)) stash.set(svg.id, svg);
}

/** A pre-rendered chart by its id: kept from the static layer, or still in the page. */
export function prerendered(id: string): SVGSVGElement | undefined {
  return stash.get(id) ?? drawingsIn(document).find((svg) => svg.id === id);
}
