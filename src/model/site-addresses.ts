import type {SiteSettings} from "../schema/site.ts";
import {sitePath} from "./language-files.ts";

/**
 * Every address of the site as a page sees it, from the page's own address:
 * the English file (en/) is one folder down, so its `data/` is the site's,
 * never `en/data/`. Pure; src/app/site.ts gives them the page's location.
 */

/** The site's root folder, from a page's address. */
export function siteRootOf(page: string | URL): URL {
  const url = new URL(page);
  return new URL(sitePath("./", url.pathname), url);
}

/** The published `data/` folder, from a page's address: what the page fetches. */
export function dataFolderOf(page: string | URL): URL {
  return new URL("data/", siteRootOf(page));
}

/**
 * The site's address for what leaves the page (code a reader copies, links
 * inside a downloaded file): the page's own site when it is served over
 * http(s), so the code loads what the reader sees; otherwise (the offline
 * copy, opened from a disk) the site's address as the build was told it, or
 * null when it was not: then nothing names an address.
 */
export function publicSiteOf(page: string | URL, site: Pick<SiteSettings, "url">): string | null {
  const url = new URL(page);
  return /^https?:$/.test(url.protocol) ? siteRootOf(url).href : site.url;
}

/** The `data/` folder's address for code a reader copies (see publicSiteOf), or null. */
export function publicDataOf(page: string | URL, site: Pick<SiteSettings, "url">): string | null {
  const root = publicSiteOf(page, site);
  return root === null ? null : new URL("data/", root).href;
}

