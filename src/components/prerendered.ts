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
