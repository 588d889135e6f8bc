import type {Filters, UrlState} from "./url-state.ts";
import {DOMAINS, SERIES, type Domain} from "../schema/records.ts";
import {formatFigure} from "../i18n/format-figure.ts";
import {htmlLang, type Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import {STATUSES, type FilterStatus} from "../schema/statuses.ts";
import type {Observation, Place, Source} from "../schema/dataset.ts";
import {placeName, type PlaceName} from "./place-names.ts";
import {inLang} from "../i18n/localized.ts";

/** An observation as the data view lists it. */
export interface DataRow extends Observation {
  /** The published status of the figure (targets only), or `none`. */
  filterStatus: FilterStatus;
  name: string;
  sourceTitle: string;
  /** The place the figure covers, named in the language (data/scopes.json). */
  scopeName: string;
  display: string;
}

export interface FacetOption {
  value: string;
  label: string;
  /** Rows that would match if this option were chosen, given every other filter. */
  count: number;
  checked: boolean;
}

export interface DataViewModel {
  rows: DataRow[];
  total: number;
  facets: Record<Exclude<keyof Filters, "q">, FacetOption[]>;
}

type FacetKey = Exclude<keyof Filters, "q">;
const FACETS: FacetKey[] = ["domain", "scope", "series", "status", "source"];
const fold = (text: string) => text.toLowerCase().replace(/\s+/g, "");

/**
 * Each row's status is its own, as published: a target's, or `none` for a
 * baseline or an actual, so a selection by status downloads exactly the rows
 * whose status column says so.
 */
export function dataRows(observations: readonly Observation[], sources: ReadonlyMap<string, Source>, places: ReadonlyMap<string, Place>, lang: Lang): DataRow[] {
  return observations.map((o) => {
    const source = sources.get(o.source_id)!;
    return {
      ...o,
      filterStatus: o.status ?? "none",
      name: inLang(o, "indicator", lang),
      sourceTitle: inLang(source, "title", lang),
      scopeName: placeName(places.get(o.scope)!, lang).name,
      display: formatFigure(o, lang)
    };
  });
}

function facetValue(row: DataRow, key: FacetKey): string {
  return key === "source" ? row.source_id : key === "status" ? row.filterStatus : row[key];
}

const SERIES_ORDER = Object.fromEntries(SERIES.map((s, i) => [s, i]));
const DOMAIN_ORDER = new Map<string, number>(DOMAINS.map((d, i) => [d, i]));

/**
 * What filtering and sorting read, worked out once per list of rows (a
 * language's rows of the dataset): each row's text to search, folded; each
 * row's option in every facet, as a number; and for each sort its rows in
 * order (collated once). With it a filter, its counts and its order are one
 * pass over the rows, so the view answers at once at 10,000 rows on a slow
 * phone (npm run bench:scale measures it).
 */
interface RowIndex {
  haystacks: string[];
  /** Per facet (FACETS order), each row's option as its place in the facet's options. */
  options: Record<FacetKey, readonly string[]>;
  codes: Uint16Array[];
  /** Per sort (`key:dir`), the rows in that order (ties in published order). */
  orders: Map<string, Uint32Array>;
}

const indexes = new WeakMap<readonly DataRow[], RowIndex>();

function indexOf(rows: readonly DataRow[], sources: ReadonlyMap<string, SourceTitle>, places: ReadonlyMap<string, PlaceName>): RowIndex {
  let index = indexes.get(rows);
  if (!index) {
    const options: Record<FacetKey, readonly string[]> = {domain: DOMAINS, scope: [...places.keys()], series: SERIES, status: STATUSES, source: [...sources.keys()]};
    const codes = FACETS.map((key) => {
      const place = new Map(options[key].map((value, i) => [value, i]));
      return Uint16Array.from(rows, (row) => place.get(facetValue(row, key)) ?? 0xffff);
    });
    index = {haystacks: rows.map((row) => fold([row.indicator_zh, row.indicator_en, row.quote, row.quote_en, row.figure, row.display, row.sourceTitle].join("\u0000"))), options, codes, orders: new Map()};
    indexes.set(rows, index);
  }
  return index;
}

/** The rows in a sort's order; ties keep the published order, either way. */
function orderBy(rows: readonly DataRow[], index: RowIndex, {key, dir}: UrlState["sort"], lang: Lang): Uint32Array {
  const known = index.orders.get(`${key}:${dir}`);
  if (known) return known;
  let value: (row: DataRow) => number;
  if (key === "domain") value = (row) => DOMAIN_ORDER.get(row.domain) ?? 0;
  else if (key === "series") value = (row) => SERIES_ORDER[row.series];
  else if (key === "year") value = (row) => row.year;
  else if (key === "value") value = (row) => row.value_base;
  else {
    // Text: each distinct text collated once, then compared as its rank.
    const text = (row: DataRow) => (key === "indicator" ? row.name : key === "source" ? row.sourceTitle : row.scopeName);
    const collator = new Intl.Collator(htmlLang(lang));
    const ranks = new Map([...new Set(rows.map(text))].sort(collator.compare).map((t, i) => [t, i]));
    value = (row) => ranks.get(text(row))!;
  }
  const keys = Float64Array.from(rows, value);
  const starts = Float64Array.from(rows, (row) => row.quote_start);
  const sign = dir === "desc" ? -1 : 1;
  const order = Uint32Array.from(rows.keys()).sort((a, b) => sign * (keys[a] - keys[b]) || starts[a] - starts[b] || a - b);
  index.orders.set(`${key}:${dir}`, order);
  return order;
}

/** A source as the data view's filter names it. */
export interface SourceTitle {
  id: string;
  title: string;
}

export interface DataViewOptions {
  lang: Lang;
  messages: Messages;
  /** The sources, in the order the filter lists them. */
  sources: ReadonlyMap<string, SourceTitle>;
  /** The places, in the order the filter lists them (the index's). */
  places: ReadonlyMap<string, PlaceName>;
}

/**
 * Filters, counts and sorts the rows for the data view, in one pass over the
 * rows: a row that fails no facet is shown and counts under every facet; one
 * that fails exactly one facet counts under that facet only (what choosing
 * another option there would add). The sort's order, made once per list of
 * rows, lists the rows that pass. The input is not changed.
 */
export function dataViewModel(rows: readonly DataRow[], state: Pick<UrlState, "filters" | "sort">, {messages, sources, places, lang}: DataViewOptions): DataViewModel {
  const {filters} = state;
  const labels: Record<FacetKey, (value: string) => string> = {
    domain: (v) => messages.domains[v as Domain],
    scope: (v) => places.get(v)?.name ?? v,
    series: (v) => messages.seriesFilter[v as keyof Messages["seriesFilter"]],
    status: (v) => messages.statusFilter[v as FilterStatus],
    source: (v) => sources.get(v)!.title
  };
  const index = indexOf(rows, sources, places);
  const {haystacks, options, codes} = index;
  // Per facet, whether each option is chosen (none chosen: every option passes).
  const chosen = FACETS.map((key) => {
    const picked = filters[key] as string[];
    return picked.length ? Uint8Array.from(options[key], (v) => (picked.includes(v) ? 1 : 0)) : null;
  });
  const counts = FACETS.map((key) => new Uint32Array(options[key].length + 1));
  const q = fold(filters.q);
  const shown = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    if (q && !haystacks[i].includes(q)) continue;
    let failed = 0;
    let fails = 0;
    for (let f = 0; f < FACETS.length; f++) {
      const pass = chosen[f]?.[codes[f][i]];
      if (pass === 0 || pass === undefined && chosen[f]) (failed = f, fails++);
    }
    if (fails === 0) {
      shown[i] = 1;
      for (let f = 0; f < FACETS.length; f++) counts[f][Math.min(codes[f][i], options[FACETS[f]].length)]++;
    } else if (fails === 1) counts[failed][Math.min(codes[failed][i], options[FACETS[failed]].length)]++;
  }
  const facets = Object.fromEntries(
    FACETS.map((key, f) => [key, options[key].map((value, o) => ({value, label: labels[key](value), count: counts[f][o], checked: (filters[key] as string[]).includes(value)}))])
  ) as DataViewModel["facets"];
  const selected: DataRow[] = [];
  for (const i of orderBy(rows, index, state.sort, lang)) if (shown[i]) selected.push(rows[i]);
  return {rows: selected, total: rows.length, facets};
}
