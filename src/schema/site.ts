/**
 * Where the site lives and where readers report an error: build settings
 * (src/build/site-settings.ts reads them), published with the page's content
 * so the browser and every file the build writes name the same addresses.
 * Either may be missing: a build without an address publishes relative links
 * and no absolute address at all, never a made-up one.
 */
export interface SiteSettings {
  /** The site's public address, an http(s) URL ending in `/` (its `index.html` is there, `data/` under it); null when not set. */
  url: string | null;
  /** Where readers report an error: an http(s) or mailto: address; null when not set. */
  contact: string | null;
}

export const NO_SITE: SiteSettings = {url: null, contact: null};

/**
 * Hosts reserved for documentation and for names that must never resolve
 * (RFC 2606, RFC 6761): an address on one of them is a placeholder, and a
 * build refuses to publish it. (`.test` and `localhost` are real enough for a
 * staging build.)
 */
export const PLACEHOLDER_HOST = /(^|\.)(example\.(org|com|net)|example|invalid)$/i;

/** An absolute address of a path of the site (`data/x.csv`, `en/`), or null when the site's address is not set. */
export function siteUrl(site: Pick<SiteSettings, "url">, path = ""): string | null {
  return site.url === null ? null : new URL(path, site.url).href;
}

/**
 * A link from one published file to another path of the site, both given
 * from the site's root (`data/indicators/x.metadata.json` → `data/sources/y.txt`):
 * absolute when the site's address is set, so the link still works in a copy
 * saved elsewhere; otherwise relative to the folder of `from`, as a browser or
 * `urljoin` resolves it against the file's own address.
 */
export function siteLink(site: Pick<SiteSettings, "url">, path: string, from = ""): string {
  if (site.url !== null) return new URL(path, site.url).href;
  return "../".repeat(from.split("/").length - 1) + path || "./";
}
