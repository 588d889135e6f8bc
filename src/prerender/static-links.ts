import type {Lang} from "../i18n/locale.ts";

/**
 * Links between the static pages, relative, so the site works from any folder
 * and without JavaScript. Each language has its tree (Chinese at the site's
 * root, English under en/) with the same pages: the explainer (`./`), an
 * index and a page per indicator (`indicators/<id>/`) and per source document
 * (`sources/<id>/`). Every href is escaped by the page that writes it.
 */
export interface StaticLinks {
  lang: Lang;
  /** This page's path within its language's tree ("" for the explainer, "indicators/x/"…). */
  path: string;
  /** The explainer in this language (this language's root). */
  home: string;
  /** The site's root, as a prefix ("" or "../"…): `${site}data/…`. */
  site: string;
  /** This page in the other language. */
  other: string;
  indicator(id: string, hash?: string): string;
  source(id: string, hash?: string): string;
  /** The sentence a figure was read from, highlighted in its source document. */
  quote(o: {source_id: string; observation_id: string}): string;
}

/** A fragment as the page's own links write it: slashes readable (#q-plan-2021/…), everything else encoded. */
export const fragment = (id: string) => `#${encodeURIComponent(id).replace(/%2F/gi, "/")}`;

export function staticLinks(lang: Lang, path: string): StaticLinks {
  const depth = path.split("/").filter(Boolean).length;
  const root = "../".repeat(depth);
  const site = lang === "en" ? `${root}../` : root;
  const other = lang === "en" ? `${site}${path}` : `${root}en/${path}`;
  const under = (folder: string) => (id: string, hash = "") => `${root}${folder}/${encodeURIComponent(id)}/${hash ? fragment(hash) : ""}`;
  const source = under("sources");
  return {lang, path, home: root || "./", site, other: other || "./", indicator: under("indicators"), source, quote: (o) => source(o.source_id, `q-${o.observation_id}`)};
}
