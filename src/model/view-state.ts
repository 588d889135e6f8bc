import {DEFAULT_LANG, type Lang} from "../i18n/locale.ts";
import type {FilterStatus} from "../schema/statuses.ts";
import type {Domain, Scope, Series} from "../schema/records.ts";

/**
 * Everything a view is, in the URL: language, page, filters, sort, open
 * indicator (read by parse-url-state.ts, written by state-href.ts).
 */
export const VIEWS = ["explainer", "data", "source", "deck"] as const;
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
  /** The story being presented, its step (from 1), and whether this window is the speaker view. */
  story: string | null;
  step: number;
  notes: boolean;
  /**
   * A presenter's deck, as the address carries it (deck-codec.ts): opaque here,
   * checked where it is read. Kept while the presenter browses the explainer
   * for charts; `view=deck` edits it, with `present` it is presented (`step`, `notes`).
   */
  deck: string | null;
  present: boolean;
  filters: Filters;
  sort: {key: SortKey; dir: "asc" | "desc"};
}

export const DEFAULT_STATE: UrlState = {
  lang: DEFAULT_LANG,
  view: "explainer",
  doc: null,
  indicator: null,
  story: null,
  step: 1,
  notes: false,
  deck: null,
  present: false,
  filters: {domain: [], scope: [], series: [], status: [], source: [], q: ""},
  sort: {key: "domain", dir: "asc"}
};

/** A fresh copy of the default state (its lists are never shared; no structuredClone, which older browsers lack). */
export function defaultState(): UrlState {
  const {filters, sort} = DEFAULT_STATE;
  return {...DEFAULT_STATE, filters: {domain: [...filters.domain], scope: [...filters.scope], series: [...filters.series], status: [...filters.status], source: [...filters.source], q: filters.q}, sort: {...sort}};
}

/** A change to a state, and a fragment to land on (`chart-…`, `q-…`, `all-…`). */
export type StatePatch = Partial<Omit<UrlState, "filters">> & {filters?: Partial<Filters>; hash?: string};
