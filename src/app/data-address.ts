import {dataUrl} from "../schema/data-files.ts";

/**
 * The address of the published `data/` folder, for code a reader copies and
 * for links in downloaded files: the page's own when it is served over
 * http(s), so the code loads what the reader sees; the project's homepage
 * (content/explainer.json) for the offline copy, which has no address of its own.
 */
export function siteAddress(homepage: string | null): string {
  return /^https?:$/.test(location.protocol) || !homepage ? new URL("./", document.baseURI).href : homepage;
}

export function dataAddress(homepage: string | null): string {
  return dataUrl(siteAddress(homepage));
}
