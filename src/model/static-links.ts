import {DEFAULT_LANG, langFolder, langRoot, type Lang} from "../i18n/locale.ts";
import {defaultState, type StatePatch} from "./view-state.ts";
import {fragmentOf, hrefFor} from "./state-href.ts";
import {sitePath} from "./language-files.ts";

/**
 * A page of the static site the build writes (src/prerender/): its language
 * and its path within that language's tree ("" for the explainer,
 * "indicators/<id>/", "sources/<id>/"). While one renders, links lead to
 * static pages, so a reader without JavaScript follows every link to a page
 * that has it; the live page's links are states of the page (`?view=…`).
 */
export interface StaticPage {
  lang: Lang;
  path: string;
  /** The site's root from the page, for a page outside the language trees (a chart's embed page, frame/<lang>/): "../../". */
  root?: string;
}

let staticPage: StaticPage | null = null;

/** Renders a static page: every link made inside `render` leads to the static site, relative to `page`. */
export function renderingStatic<T>(page: StaticPage, render: () => T): T {
  const before = staticPage;
  staticPage = page;
  try {
    return render();
  } finally {
    staticPage = before;
  }
}

/** From a static page, the site's root as a relative prefix ("", "../", …): a language's tree but the default's is one folder down. */
function siteRoot(page: StaticPage): string {
  return page.root ?? `${langRoot(page.lang)}${"../".repeat(page.path.split("/").filter(Boolean).length)}`;
}

/** The static page a state leads to: an indicator's, a document's, the indicators' list for the data, the explainer for the rest. */
function staticHref(lang: Lang, {hash, ...patch}: StatePatch, page: StaticPage): string {
  // The same language's tree is this page's; the other's is reached from the site's root.
  const tree = lang === page.lang && page.root === undefined ? "../".repeat(page.path.split("/").filter(Boolean).length) : `${siteRoot(page)}${langFolder(lang)}`;
  const id = (value: string) => encodeURIComponent(value);
  let path = "";
  if (patch.indicator) path = `indicators/${id(patch.indicator)}/`;
  else if (patch.view === "source") path = patch.doc ? `sources/${id(patch.doc)}/` : "sources/";
  else if (patch.view === "data") path = "indicators/";
  // A story has no static page: its link is the live page's, which shows the explainer without JavaScript.
  else if (patch.story) return `${tree || "./"}${hrefFor({...defaultState(), lang: DEFAULT_LANG}, {story: patch.story, step: patch.step})}`;
  return `${tree}${path}${fragmentOf(hash)}` || "./";
}

/** A link from a fresh state in a language: what a permalink or a link in the text needs (a static page's, while one renders). */
export function linkTo(lang: Lang, patch: StatePatch = {}): string {
  if (staticPage) return staticHref(lang, patch, staticPage);
  return hrefFor({...defaultState(), lang}, patch);
}

/** A file of the site (`data/…`, `embed.html`) as a link from the page at `pathname` (the live page's), or from the static page rendering. */
export function siteHref(path: string, pathname: string): string {
  return staticPage ? `${siteRoot(staticPage)}${path}` : sitePath(path, pathname);
}
