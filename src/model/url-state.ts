import type {SiteSettings} from "../schema/site.ts";
import {STATUSES, type FilterStatus} from "../schema/statuses.ts";
import {DOMAINS, SCOPES, SERIES, type Domain, type Scope, type Series} from "../schema/records.ts";
import type {Lang} from "../i18n/locale.ts";
import {idOrNull} from "../schema/ids.ts";

/**
 * Everything a view is, in the URL: language, page, filters, sort, open
 * indicator. One pure parser reads it: known keys only, each value checked
 * against its allowed set or shape, anything else dropped without error.
 */
export const VIEWS = ["explainer", "data", "source"] as const;
export const SORT_KEYS = ["indicator", "domain", "scope", "series", "year", "value", "source"] as const;
export type ViewName = (typeof VIEWS)[number];
export type SortKey = (typeof SORT_KEYS)[number];

export interface Filters {
  domain: Domain[];
  scope: Scope[];
  series: Series[];
  status: FilterStatus[];
  source: string[];
  q: string;
}

export interface UrlState {
  lang: Lang;
  view: ViewName;
  /** Source document shown by the source view. */
  doc: string | null;
  /** Indicator whose detail is open. */
  indicator: string | null;
  /** The story being presented, its step (from 1), and whether this window shows the speaker notes. */
  story: string | null;
  step: number;
  notes: boolean;
  filters: Filters;
  sort: {key: SortKey; dir: "asc" | "desc"};
}

export interface ParseOptions {
  /** Source ids that exist; others are dropped (default: any id of the right shape). */
  sources?: readonly string[];
  /** The language of the page file the URL loads (`en/` is English): the language when the query names none. */
  home?: Lang;
}

export const DEFAULT_STATE: UrlState = {
  lang: "zh",
  view: "explainer",
  doc: null,
  indicator: null,
  story: null,
  step: 1,
  notes: false,
  filters: {domain: [], scope: [], series: [], status: [], source: [], q: ""},
  sort: {key: "domain", dir: "asc"}
};

/** A fresh copy of the default state (its lists are never shared; no structuredClone, which older browsers lack). */
export function defaultState(): UrlState {
  const {filters, sort} = DEFAULT_STATE;
  return {...DEFAULT_STATE, filters: {domain: [...filters.domain], scope: [...filters.scope], series: [...filters.series], status: [...filters.status], source: [...filters.source], q: filters.q}, sort: {...sort}};
}

const MAX_SEARCH = 4096;
const MAX_QUERY = 100;

/** Values from a comma list that are in the allowed set, once each, in the set's order. */
function pick<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(","));
  return allowed.filter((v) => wanted.has(v));
}

function one<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A step number: a whole number from 1 to 99, else the first step. */
function step(value: string | null): number {
  return value && /^[1-9][0-9]?$/.test(value) ? Number(value) : 1;
}

/** A search query: printable text, spaces folded, at most 100 characters. */
export function cleanQuery(value: string | null): string {
  if (!value) return "";
  return [...value.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, " ").replace(/\s+/g, " ").trim()].slice(0, MAX_QUERY).join("").trim();
}

export function parseUrlState(search: string, {sources, home = "zh"}: ParseOptions = {}): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(search).slice(0, MAX_SEARCH));
  } catch {
    return defaultState();
  }
  const get = (key: string) => params.get(key);
  const doc = idOrNull(get("doc"));
  const story = idOrNull(get("story"));
  return {
    lang: get("lang") === "en" ? "en" : get("lang") === "zh" ? "zh" : home,
    view: one(get("view"), VIEWS, "explainer"),
    doc: doc && (!sources || sources.includes(doc)) ? doc : null,
    indicator: idOrNull(get("indicator")),
    story,
    // A step and the notes flag mean something only within a story.
    step: story ? step(get("step")) : 1,
    notes: story !== null && get("notes") === "1",
    filters: {
      domain: pick(get("domain"), DOMAINS),
      scope: pick(get("scope"), SCOPES),
      series: pick(get("series"), SERIES),
      status: pick(get("status"), STATUSES),
      source: sources ? pick(get("source"), sources) : [...new Set((get("source") ?? "").split(",").map(idOrNull).filter((s): s is string => s !== null))],
      q: cleanQuery(get("q"))
    },
    sort: {key: one(get("sort"), SORT_KEYS, DEFAULT_STATE.sort.key), dir: get("dir") === "desc" ? "desc" : "asc"}
  };
}

/** The query string of a state, keys in a fixed order, defaults left out. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== "explainer") params.set("view", state.view);
  if (state.doc) params.set("doc", state.doc);
  if (state.indicator) params.set("indicator", state.indicator);
  if (state.story) {
    params.set("story", state.story);
    params.set("step", String(state.step));
    if (state.notes) params.set("notes", "1");
  }
  for (const key of ["domain", "scope", "series", "status", "source"] as const) {
    if (state.filters[key].length) params.set(key, state.filters[key].join(","));
  }
  if (state.filters.q) params.set("q", state.filters.q);
  if (state.sort.key !== DEFAULT_STATE.sort.key) params.set("sort", state.sort.key);
  if (state.sort.dir !== DEFAULT_STATE.sort.dir) params.set("dir", state.sort.dir);
  if (state.lang === "en") params.set("lang", "en");
  // Commas stay readable; a comma inside the query reads back the same either way.
  const text = params.toString().replace(/%2C/gi, ",");
  return text ? `?${text}` : "";
}

/** A change to a state, and a fragment to land on (`chart-…`, `q-…`, `all-…`). */
export type StatePatch = Partial<Omit<UrlState, "filters">> & {filters?: Partial<Filters>; hash?: string};

/**
 * Every link the page makes: a state changed by a patch, as a relative URL
 * (`?view=source&doc=…#q-…`, or `?` for the explainer's top). The one place
 * that encodes, so every link reads back through parseUrlState to the state
 * it was made from. A story link starts at its first step unless it names one.
 */
export function hrefFor(state: UrlState, {hash, filters, ...patch}: StatePatch = {}): string {
  const next: UrlState = {...state, ...patch, filters: {...state.filters, ...filters}};
  if (patch.story !== undefined && patch.step === undefined) next.step = 1;
  // A fragment keeps its slashes readable (#q-plan-2021/…); everything else in it is encoded.
  return `${serializeUrlState(next) || "?"}${hash ? `#${encodeURIComponent(hash).replace(/%2F/gi, "/")}` : ""}`;
}

/**
 * The language a page file speaks, from its path: `…/en/` (or `…/en/index.html`)
 * is the English file, anything else the Chinese one. The page's links say
 * `lang=en` where they need to, so they read the same on either file.
 */
export function homeOf(pathname: string): Lang {
  return /\/en\/(?:index\.html)?$/.test(pathname) ? "en" : "zh";
}

/** A path of the site (`data/…`, `embed.html`) as a link from the page at `pathname`: the English file is one folder down. */
export function sitePath(path: string, pathname: string): string {
  return `${homeOf(pathname) === "en" ? "../" : ""}${path}`;
}

/**
 * The same view in the state's language, as a link from a page file in `home`:
 * to the file of that language (`en/…` from the Chinese one, `../…` from the
 * English one), so the link works without JavaScript too (the language switch).
 */
export function pageHref(state: UrlState, home: Lang, hash = ""): string {
  const file = state.lang === home ? "./" : state.lang === "en" ? "en/" : "../";
  // The file names the language: the query leaves it out.
  const query = serializeUrlState({...state, lang: "zh"});
  return `${file}${query}${hash ? `#${encodeURIComponent(hash).replace(/%2F/gi, "/")}` : ""}`.replace(/^\.\/\?/, "?");
}

/** A link from a fresh state in a language: what a permalink or a link in the text needs. */
export function linkTo(lang: Lang, patch: StatePatch = {}): string {
  return hrefFor({...defaultState(), lang}, patch);
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
  return new URL(pageHref(state, "zh", hash), site).href;
}

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
