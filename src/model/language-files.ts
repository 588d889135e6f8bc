import {DEFAULT_LANG, isLang, langFolder, langRoot, type Lang} from "../i18n/locale.ts";
import {defaultState, type StatePatch, type UrlState} from "./view-state.ts";
import {fragmentOf, serializeUrlState} from "./state-href.ts";

/**
 * The language a page file speaks, from its path: `…/en/` (or `…/en/index.html`)
 * is the English file, anything else the default language's. The page's links say
 * `lang=en` where they need to, so they read the same on either file.
 */
export function homeOf(pathname: string): Lang {
  const folder = /\/([a-z]+)\/(?:index\.html)?$/.exec(pathname)?.[1];
  return isLang(folder) ? folder : DEFAULT_LANG;
}

/** A path of the site (`data/…`, `embed.html`) as a link from the page at `pathname`: a language's file but the default's is one folder down. */
export function sitePath(path: string, pathname: string): string {
  return `${langRoot(homeOf(pathname))}${path}`;
}

/**
 * The same view in the state's language, as a link from a page file in `home`:
 * to the file of that language (`en/…` from the Chinese one, `../…` from the
 * English one), so the link works without JavaScript too (the language switch).
 */
export function pageHref(state: UrlState, home: Lang, hash = ""): string {
  const file = state.lang === home ? "./" : `${langRoot(home)}${langFolder(state.lang)}` || "./";
  // The file names the language: the query leaves it out.
  const query = serializeUrlState({...state, lang: DEFAULT_LANG});
  return `${file}${query}${fragmentOf(hash)}`.replace(/^\.\/\?/, "?");
}

/**
 * A view's address in the explainer as a reader shares it: the page file of
 * its language under the site's folder `site`, no query it does not need
 * (`…/#chart-x`, `…/en/#chart-x`, `…/en/?story=plan&step=1`).
 */
export function shareHref(site: string | URL, lang: Lang, patch: StatePatch = {}): string {
  const {hash, filters, ...rest} = patch;
  const state: UrlState = {...defaultState(), ...rest, lang, filters: {...defaultState().filters, ...filters}};
  if (rest.story !== undefined && rest.step === undefined) state.step = 1;
  return new URL(pageHref(state, DEFAULT_LANG, hash), site).href;
}

