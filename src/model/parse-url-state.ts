import {STATUSES} from "../schema/statuses.ts";
import {DOMAINS, SERIES} from "../schema/records.ts";
import {DEFAULT_LANG, isLang, type Lang} from "../i18n/locale.ts";
import {idOrNull} from "../schema/ids.ts";
import {DEFAULT_STATE, defaultState, SORT_KEYS, VIEWS, type UrlState} from "./view-state.ts";

/**
 * The one parser of the address: known keys only, each value checked against
 * its allowed set or shape, anything else dropped without error.
 */
export interface ParseOptions {
  /** Source ids that exist; others are dropped (default: any id of the right shape). */
  sources?: readonly string[];
  /** Place ids that exist (the index's places); others are dropped (default: any id of the right shape). */
  scopes?: readonly string[];
  /** The language of the page file the URL loads (`en/` is English): the language when the query names none. */
  home?: Lang;
}

const MAX_SEARCH = 4096;
const MAX_QUERY = 100;

/** Values from a comma list that are in the allowed set, once each, in the set's order. */
function pick<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(","));
  return allowed.filter((v) => wanted.has(v));
}

/** Ids from a comma list, once each, when the ids that exist are not known yet. */
function ids(value: string | null): string[] {
  return [...new Set((value ?? "").split(",").map(idOrNull).filter((s): s is string => s !== null))];
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

/** A deck's payload: base64url behind its format mark, within the size a deck may have (its own checks come later). */
const DECK = /(?:^\?|&)deck=([A-Za-z0-9_-]{1,24000})(?=&|$)/;

export function parseUrlState(search: string, {sources, scopes, home = DEFAULT_LANG}: ParseOptions = {}): UrlState {
  let params: URLSearchParams;
  // The deck is the one long value: read on its own, so the rest keeps its limit.
  const text = String(search).slice(0, 32768);
  const deck = DECK.exec(text)?.[1] ?? null;
  try {
    params = new URLSearchParams(text.replace(DECK, "").slice(0, MAX_SEARCH));
  } catch {
    return defaultState();
  }
  const get = (key: string) => params.get(key);
  const lang = get("lang");
  const doc = idOrNull(get("doc"));
  const story = idOrNull(get("story"));
  const view = one(get("view"), VIEWS, "explainer");
  const present = !story && view === "deck" && get("present") === "1";
  return {
    lang: isLang(lang) ? lang : home,
    view,
    doc: doc && (!sources || sources.includes(doc)) ? doc : null,
    indicator: idOrNull(get("indicator")),
    story,
    // A step and the notes flag mean something only within a story, or a deck presented.
    step: story || present ? step(get("step")) : 1,
    notes: (story !== null || present) && get("notes") === "1",
    deck,
    present,
    filters: {
      domain: pick(get("domain"), DOMAINS),
      scope: scopes ? pick(get("scope"), scopes) : ids(get("scope")),
      series: pick(get("series"), SERIES),
      status: pick(get("status"), STATUSES),
      source: sources ? pick(get("source"), sources) : ids(get("source")),
      q: cleanQuery(get("q"))
    },
    sort: {key: one(get("sort"), SORT_KEYS, DEFAULT_STATE.sort.key), dir: get("dir") === "desc" ? "desc" : "asc"}
  };
}

