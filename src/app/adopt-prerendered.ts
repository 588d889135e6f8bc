import {prerendered} from "./prerendered.ts";

/**
 * A copy of a pre-rendered chart, renamed so its ids are its own, its marks
 * linked as the live page links them (`hrefs`, by observation), or null.
 */
export function adoptPrerendered(id: string, newId: string, hrefs: ReadonlyMap<string, string> = new Map()): SVGSVGElement | null {
  const source = prerendered(id);
  if (!source || source.localName !== "svg") return null;
  const svg = source.cloneNode(true) as SVGSVGElement;
  svg.id = newId;
  const desc = svg.querySelector("desc");
  if (desc) {
    desc.id = `${newId}-desc`;
    svg.setAttribute("aria-describedby", desc.id);
  }
  for (const a of svg.querySelectorAll("a[data-observation]")) {
    const href = hrefs.get(a.getAttribute("data-observation")!);
    if (href) a.setAttribute("href", href);
  }
  svg.classList.add("adopted");
  return svg;
}
