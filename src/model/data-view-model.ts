import type {Filters, UrlState} from "./url-state.ts";
import {DOMAINS, SCOPES, SERIES, type Domain} from "../schema/records.ts";
import {formatFigure} from "../i18n/format-figure.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import {STATUSES, type FilterStatus} from "../schema/statuses.ts";
import type {Observation, Source} from "../schema/dataset.ts";
import type {Table} from "./table.ts";
import {selectRows} from "./table-select.ts";

/** An observation as the data view lists it. */
export interface DataRow extends Observation {
  /** The published status of the figure (targets only), or `none`. */
  filterStatus: FilterStatus;
  name: string;
  sourceTitle: string;
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
export function dataRows(observations: readonly Observation[], sources: ReadonlyMap<string, Source>, lang: Lang): DataRow[] {
  return observations.map((o) => {
    const source = sources.get(o.source_id)!;
    return {
      ...o,
      filterStatus: o.status ?? "none",
      name: lang === "zh" ? o.indicator_zh : o.indicator_en,
      sourceTitle: lang === "zh" ? source.title_zh : source.title_en,
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
 * language's rows of the dataset): each row's text to search, folded, and
 * for each sort key its rows in order (a permutation, collated once). With it
 * a filter is one pass over the rows and a sort a lookup, so the view answers
 * at once at 10,000 rows on a slow phone (npm run bench:scale measures it).
 */
interface RowIndex {
  haystacks: string[];
  /** Per sort (`key:dir`), each row's place in that order (ties in published order). */
  places: Map<string, Uint32Array>;
}

const indexes = new WeakMap<readonly DataRow[], RowIndex>();

function indexOf(rows: readonly DataRow[]): RowIndex {
  let index = indexes.get(rows);
  if (!index) {
    index = {haystacks: rows.map((row) => fold([row.indicator_zh, row.indicator_en, row.quote, row.figure, row.display, row.sourceTitle].join("\u0000"))), places: new Map()};
    indexes.set(rows, index);
  }
  return index;
}

/** Each row's place when sorted by a key, either way; ties keep the published order. */
function placesBy(rows: readonly DataRow[], {key, dir}: UrlState["sort"], lang: Lang): Uint32Array {
  const index = indexOf(rows);
  const known = index.places.get(`${key}:${dir}`);
  if (known) return known;
  let value: (row: DataRow) => number;
  if (key === "domain") value = (row) => DOMAIN_ORDER.get(row.domain) ?? 0;
  else if (key === "series") value = (row) => SERIES_ORDER[row.series];
  else if (key === "year") value = (row) => row.year;
  else if (key === "value") value = (row) => row.value_base;
  else {
    // Text: each distinct text collated once, then compared as its rank.
    const text = (row: DataRow) => (key === "indicator" ? row.name : key === "source" ? row.sourceTitle : row.scope);
    const collator = new Intl.Collator(lang === "zh" ? "zh-CN" : "en");
    const ranks = new Map([...new Set(rows.map(text))].sort(collator.compare).map((t, i) => [t, i]));
    value = (row) => ranks.get(text(row))!;
  }
  const keys = Float64Array.from(rows, value);
  const sign = dir === "desc" ? -1 : 1;
  const order = Array.from(rows.keys()).sort((a, b) => sign * (keys[a] - keys[b]) || rows[a].quote_start - rows[b].quote_start || a - b);
  const places = new Uint32Array(rows.length);
  order.forEach((row, place) => (places[row] = place));
  index.places.set(`${key}:${dir}`, places);
  return places;
}

/** The facets a row fails, as a bit set over FACETS (0: it passes them all); the search counts as failing every facet. */
function failures(row: DataRow, filters: Filters, haystack: string, q: string): number {
  if (q && !haystack.includes(q)) return (1 << FACETS.length) - 1;
  let failed = 0;
  FACETS.forEach((key, bit) => {
    const chosen = filters[key] as string[];
    if (chosen.length && !chosen.includes(facetValue(row, key))) failed |= 1 << bit;
  });
  return failed;
}

export interface DataViewOptions {
  lang: Lang;
  messages: Messages;
  sources: ReadonlyMap<string, Source>;
  /** The observations table the rows were read from, row for row: filtered and ordered as a table. */
  table: Table;
}

/**
 * Filters, counts and sorts the rows for the data view, in one pass over the
 * rows: a row that fails no facet is shown and counts under every facet; one
 * that fails exactly one facet counts under that facet only (what choosing
 * another option there would add). The input is not changed.
 */
export function dataViewModel(rows: readonly DataRow[], state: Pick<UrlState, "filters" | "sort">, {lang, messages, sources, table}: DataViewOptions): DataViewModel {
  const {filters} = state;
  const labels: Record<FacetKey, (value: string) => string> = {
    domain: (v) => messages.domains[v as Domain],
    scope: (v) => messages.scope[v as keyof Messages["scope"]],
    series: (v) => messages.seriesFilter[v as keyof Messages["seriesFilter"]],
    status: (v) => messages.statusFilter[v as FilterStatus],
    source: (v) => (lang === "zh" ? sources.get(v)!.title_zh : sources.get(v)!.title_en)
  };
  const options: Record<FacetKey, readonly string[]> = {domain: DOMAINS, scope: SCOPES, series: SERIES, status: STATUSES, source: [...sources.keys()]};
  const counts = FACETS.map(() => new Map<string, number>());
  const {haystacks} = indexOf(rows);
  const q = fold(filters.q);
  const shown = new Uint8Array(rows.length);
  const add = (bit: number, row: DataRow) => {
    const value = facetValue(row, FACETS[bit]);
    counts[bit].set(value, (counts[bit].get(value) ?? 0) + 1);
  };
  for (let i = 0; i < rows.length; i++) {
    const failed = failures(rows[i], filters, haystacks[i], q);
    if (failed === 0) {
      shown[i] = 1;
      for (let bit = 0; bit < FACETS.length; bit++) add(bit, rows[i]);
    } else if ((failed & (failed - 1)) === 0) add(31 - Math.clz32(failed), rows[i]);
  }
  const facets = Object.fromEntries(
    FACETS.map((key, bit) => [key, options[key].map((value) => ({value, label: labels[key](value), count: counts[bit].get(value) ?? 0, checked: (filters[key] as string[]).includes(value)}))])
  ) as DataViewModel["facets"];
  const places = placesBy(rows, state.sort, lang);
  const selected = Array.from(selectRows(table, (i) => shown[i] === 1, (a, b) => places[a] - places[b]), (i) => rows[i]);
  return {rows: selected, total: rows.length, facets};
}
