import type {SiteSettings} from "../schema/site.ts";
import {dataFolderOf, publicDataOf, publicSiteOf} from "../model/site-address.ts";
import {sitePath} from "../model/url-state.ts";

/**
 * The one place the page makes the site's addresses from where it is
 * (src/model/site-address.ts holds the rules): links to the site's files,
 * the data folder it fetches, and the addresses that leave the page.
 */

/** A path of the site (`data/…`, `embed.html`, `./`) as a link from this page: the English file (en/) is one folder down. */
export function site(path: string): string {
  return sitePath(path, location.pathname);
}

/** The published `data/` folder this page loads from. */
export function dataFolder(): URL {
  return dataFolderOf(document.baseURI);
}

/** The site's address for code a reader copies and links in downloaded files; null in an offline copy built without one. */
export function siteAddress(settings: Pick<SiteSettings, "url">): string | null {
  return publicSiteOf(document.baseURI, settings);
}

/** The `data/` folder's address for code a reader copies; null in an offline copy built without the site's address. */
export function dataAddress(settings: Pick<SiteSettings, "url">): string | null {
  return publicDataOf(document.baseURI, settings);
}
