/**
 * Makes Plot's SVG accessible without silencing any check:
 * - Plot names every mark group (`aria-label="dot"`) on a `<g>` with no role,
 *   which ARIA prohibits; decorative groups are hidden instead, and groups that
 *   hold links keep no name of their own.
 * - A mark wrapped in a link gets its name on the link, where focus lands.
 */
export function finishSvg(svg: Element, {title, description}: {title: string; description: string}): Element {
  const doc = svg.ownerDocument;
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", title);
  svg.removeAttribute("aria-description");
  const desc = doc.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.textContent = description;
  svg.insertBefore(desc, svg.firstChild);
  const id = svg.getAttribute("id");
  if (id) {
    desc.setAttribute("id", `${id}-desc`);
    svg.setAttribute("aria-describedby", `${id}-desc`);
  }
  // Plot's scoped stylesheet is not content; some readers speak a <style> in an SVG.
  for (const style of svg.querySelectorAll("style")) style.setAttribute("aria-hidden", "true");
  for (const g of svg.querySelectorAll("g[aria-label], g[aria-description]")) {
    g.removeAttribute("aria-label");
    g.removeAttribute("aria-description");
    if (!g.querySelector("a")) g.setAttribute("aria-hidden", "true");
  }
  for (const a of svg.querySelectorAll("a")) {
    const named = a.querySelector("[aria-label]");
    if (named) {
      a.setAttribute("aria-label", named.getAttribute("aria-label")!);
      named.removeAttribute("aria-label");
    }
    const href = a.getAttribute("href") ?? "";
    const match = /#q-([^#]+)$/.exec(href);
    if (match) a.setAttribute("data-observation", decodeURIComponent(match[1]));
  }
  return svg;
}
