/**
 * SVG snapshots that change only when the drawing does: as Observable Plot's
 * own test harness does (test/plot.js: reindexStyle), the generated class of
 * each plot (plot-d6a7b5) is renumbered in order (plot, plot-2, …), numbers
 * are rounded, and each element starts a line so a diff reads.
 */
export function snapshotOf(root: Element): string {
  let index = 0;
  for (const style of root.querySelectorAll("style")) {
    const name = `plot${index++ ? `-${index}` : ""}`;
    const parent = style.parentElement!;
    const uid = parent.getAttribute("class")!.split(/\s+/).find((c) => /^plot-[0-9a-f]+$/.test(c));
    if (!uid) continue;
    const pattern = new RegExp(`\\b${uid}\\b`, "g");
    for (const node of [parent, ...parent.querySelectorAll("[class]")]) node.setAttribute("class", node.getAttribute("class")!.replace(pattern, name));
    style.textContent = (style.textContent ?? "").replace(new RegExp(`[.]${uid}`, "g"), `.${name}`);
  }
  return root.outerHTML.replace(/(\d+\.\d{2})\d+/g, "$1").replace(/></g, ">\n<");
}
