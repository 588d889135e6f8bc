/**
 * Everything a view is, in the URL, and every link the page makes: one entry
 * for the modules that hold each part, so importers need not know the split.
 * - view-state.ts: the state (language, page, filters, sort, open indicator) and its defaults;
 * - parse-url-state.ts: the one parser, known keys and allowed values only;
 * - state-href.ts: a state as a query, and hrefFor, which makes every link;
 * - language-files.ts: the page file of each language, and links between them;
 * - static-links.ts: links while a static page renders (linkTo, siteHref);
 * - site-addresses.ts: the site's root and its data/ folder from a page's address.
 */
export {DEFAULT_STATE, defaultState, SORT_KEYS, VIEWS, type Filters, type SortKey, type StatePatch, type UrlState, type ViewName} from "./view-state.ts";
export {cleanQuery, parseUrlState, type ParseOptions} from "./parse-url-state.ts";
export {fragmentOf, hrefFor, serializeUrlState} from "./state-href.ts";
export {homeOf, pageHref, shareHref, sitePath} from "./language-files.ts";
export {linkTo, renderingStatic, siteHref, type StaticPage} from "./static-links.ts";
export {dataFolderOf, publicDataOf, publicSiteOf, siteRootOf} from "./site-addresses.ts";
