import {siteHref} from "../model/url-state.ts";

/** A path of the site (`data/…`, `embed.html`, `./`) as a link from this page (the English file, en/, is one folder down), or from the static page the build renders. */
export function site(path: string): string {
  return siteHref(path, globalThis.location?.pathname ?? "/");
}
