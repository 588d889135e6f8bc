/**
 * Links inside an embedded chart are written for the explainer (`?indicator=…`,
 * `?view=source…`): relative to the page they would lead to the embedding page.
 * This click handler sends them to the explainer instead, in a new tab: the
 * reader stays in the article that embeds the chart. Links with their own
 * target, downloads, fragments and clicks already handled are left alone.
 */
export function followToExplainer(event: MouseEvent, explainer: string | URL): void {
  if (event.defaultPrevented || event.button !== 0) return;
  const link = event.composedPath().find((el): el is Element => el instanceof Element && el.localName === "a");
  const href = link?.getAttribute("href");
  if (!link || !href || href.startsWith("#") || link.hasAttribute("download") || link.hasAttribute("target")) return;
  event.preventDefault();
  window.open(new URL(href, explainer).href, "_blank", "noopener");
}
