import {sitePath} from "../model/url-state.ts";

/** A path of the site (`data/…`, `embed.html`, `./`) as a link from this page: the English file (en/) is one folder down. */
export function site(path: string): string {
  return sitePath(path, location.pathname);
}
