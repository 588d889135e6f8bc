/** The widths charts are drawn at ahead of time; the page scales the nearest one to its column. */
export const PRERENDER_WIDTHS = {narrow: 343, wide: 800} as const;
export type PrerenderWidth = keyof typeof PRERENDER_WIDTHS;

/** The id a pre-rendered chart's SVG carries, so the client can adopt it instead of drawing it again. */
export function prerenderId(lang: string, width: PrerenderWidth, chartId: string): string {
  return `pre-${lang}-${width}-${chartId}`;
}

/**
 * The charts the build drew into index.html. The live page adopts them instead
 * of drawing the same chart again, which keeps Plot off the first view; they
 * are kept here when the static layer is removed from the page.
 */
const stash = new Map<string, SVGSVGElement>();

export function stashPrerendered(root: ParentNode): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>("svg[id^='pre-']")) stash.set(svg.id, svg);
}

/** A copy of a pre-rendered chart, renamed so its ids are its own, or null. */
export function adoptPrerendered(id: string, newId: string): SVGSVGElement | null {
  const source = stash.get(id) ?? (document.getElementById(id) as SVGSVGElement | null);
  if (!source || source.localName !== "svg") return null;
  const svg = source.cloneNode(true) as SVGSVGElement;
  svg.id = newId;
  const desc = svg.querySelector("desc");
  if (desc) {
    desc.id = `${newId}-desc`;
    svg.setAttribute("aria-describedby", desc.id);
  }
  svg.classList.add("adopted");
  return svg;
}
