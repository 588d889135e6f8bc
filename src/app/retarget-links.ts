/**
 * Links inside an embedded chart are written for the explainer (`?indicator=…`,
 * `?view=source…`): relative to the page they would lead to the embedding page.
 * This click handler sends them to the explainer instead, in `target` (the
 * host's tab for embed.html, the same tab for the web component), or in a new
 * tab when the click is modified. Links with their own target, downloads,
 * fragments and clicks already handled are left alone.
 */
export function followToExplainer(event: MouseEvent, explainer: string | URL, target: "_top" | "_self"): void {
  if (event.defaultPrevented || event.button !== 0) return;
  const link = event.composedPath().find((el): el is Element => el instanceof Element && el.localName === "a");
  const href = link?.getAttribute("href");
  if (!link || !href || href.startsWith("#") || link.hasAttribute("download") || link.hasAttribute("target")) return;
  event.preventDefault();
  const url = new URL(href, explainer).href;
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) window.open(url, "_blank", "noopener");
  else window.open(url, target);
}
