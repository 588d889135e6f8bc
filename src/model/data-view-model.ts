import type {Filters, UrlState} from "./url-state.ts";
import {DOMAINS, SCOPES, SERIES} from "../schema/records.ts";
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

function matches(row: DataRow, filters: Filters, skip?: FacetKey): boolean {
  for (const key of FACETS) {
    if (key === skip || filters[key].length === 0) continue;
    const value = facetValue(row, key);
    if (!(filters[key] as string[]).includes(value)) return false;
  }
  if (filters.q) {
    const q = fold(filters.q);
    if (![row.indicator_zh, row.indicator_en, row.quote, row.figure, row.display, row.sourceTitle].some((text) => fold(text).includes(q))) return false;
  }
  return true;
}

const SERIES_ORDER = Object.fromEntries(SERIES.map((s, i) => [s, i]));

function comparator(sort: UrlState["sort"], lang: Lang, domainOrder: Map<string, number>) {
  const collator = new Intl.Collator(lang === "zh" ? "zh-CN" : "en");
  const key = (row: DataRow): string | number => {
    switch (sort.key) {
      case "indicator": return row.name;
      case "domain": return domainOrder.get(row.domain) ?? 0;
      case "scope": return row.scope;
      case "series": return SERIES_ORDER[row.series];
      case "year": return row.year;
      case "value": return row.value_base;
      case "source": return row.sourceTitle;
    }
  };
  const sign = sort.dir === "desc" ? -1 : 1;
  return (a: DataRow, b: DataRow) => {
    const [x, y] = [key(a), key(b)];
    const primary = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
    // Ties keep the published order, so the table is stable.
    return sign * primary || a.quote_start - b.quote_start;
  };
}

export interface DataViewOptions {
  lang: Lang;
  messages: Messages;
  sources: ReadonlyMap<string, Source>;
  /** The observations table the rows were read from, row for row: filtered and ordered as a table. */
  table: Table;
}

/** Filters, counts and sorts the rows for the data view. The input is not changed. */
export function dataViewModel(rows: readonly DataRow[], state: Pick<UrlState, "filters" | "sort">, {lang, messages, sources, table}: DataViewOptions): DataViewModel {
  const {filters} = state;
  const domainOrder = new Map(DOMAINS.map((d, i) => [d, i]));
  const labels: Record<FacetKey, (value: string) => string> = {
    domain: (v) => messages.domains[v],
    scope: (v) => messages.scope[v as keyof Messages["scope"]],
    series: (v) => messages.seriesFilter[v as keyof Messages["seriesFilter"]],
    status: (v) => messages.statusFilter[v as FilterStatus],
    source: (v) => (lang === "zh" ? sources.get(v)!.title_zh : sources.get(v)!.title_en)
  };
  const options: Record<FacetKey, readonly string[]> = {domain: DOMAINS, scope: SCOPES, series: SERIES, status: STATUSES, source: [...sources.keys()]};
  const facets = Object.fromEntries(
    FACETS.map((key) => {
      const pool = rows.filter((row) => matches(row, filters, key));
      return [key, options[key].map((value) => ({
        value,
        label: labels[key](value),
        count: pool.filter((row) => facetValue(row, key) === value).length,
        checked: (filters[key] as string[]).includes(value)
      }))];
    })
  ) as DataViewModel["facets"];
  const order = comparator(state.sort, lang, domainOrder);
  const selected = Array.from(selectRows(table, (i) => matches(rows[i], filters), (a, b) => order(rows[a], rows[b])), (i) => rows[i]);
  return {rows: selected, total: rows.length, facets};
}
