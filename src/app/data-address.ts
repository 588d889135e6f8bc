import type {SiteSettings} from "../schema/site.ts";
import {publicDataOf, publicSiteOf, sitePath} from "../model/url-state.ts";

/**
 * The addresses that leave the page, from where it is (src/model/url-state.ts
 * holds the rules, beside every other link): code a reader copies and links
 * inside downloaded files. A module of its own, loaded with the views that
 * need it, so the first view does not carry it.
 */

/** A published file (`data/indicators/x.csv`) as a link from this page: the English file (en/) is one folder down. */
export function dataLink(path: string): string {
  return sitePath(path, location.pathname);
}

/** The site's address: the page's own site when served, the build setting offline; null offline without one. */
export function siteAddress(settings: Pick<SiteSettings, "url">): string | null {
  return publicSiteOf(document.baseURI, settings);
}

/** The `data/` folder's address for code a reader copies; null in an offline copy built without the site's address. */
export function dataAddress(settings: Pick<SiteSettings, "url">): string | null {
  return publicDataOf(document.baseURI, settings);
}
