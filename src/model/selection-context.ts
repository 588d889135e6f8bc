import {formatDate} from "../formats/date-parts.ts";
import {isoDate} from "../formats/file-name.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {README_MESSAGES} from "../i18n/readme-messages.ts";
import {pluralForm} from "../i18n/format-number.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import {OBSERVATIONS_SCHEMA_PATH} from "../schema/data-files.ts";
import type {Observation} from "../schema/dataset.ts";
import type {FilterStatus} from "../schema/statuses.ts";
import {hrefFor, linkTo, type Filters, type UrlState} from "./url-state.ts";

/** What the Data Package says about the dataset a selection comes from. */
export interface AboutDataset {
  title: string;
  version: string;
  /** yyyy-mm-dd */
  released: string;
  license: {name: string; path: string};
  /** The version's archive; null when the site's address is not known (an offline copy built without it). */
  archive: string | null;
  /** The dataset's citation, as text in the page's language. */
  citation: string;
}

export interface SelectionContextOptions {
  lang: Lang;
  messages: Messages;
  /** The sources by id, each titled in the page's language. */
  sources: ReadonlyMap<string, {title: string}>;
  /** The places, named in the language (the index's). */
  places: ReadonlyMap<string, {name: string}>;
  /** The view the selection was made in: its filters and sort reproduce it. */
  state: UrlState;
  /** The site's address (the folder that holds index.html and data/), ending in /; null when it is not known: then no address is given. */
  site: string | null;
  about: AboutDataset;
  /** When the reader downloads it. */
  date: Date;
  /** The names the files get, so the README can name its siblings: the package's CSV, its copy for spreadsheets, the metadata. */
  files: {csv: string; excel: string; metadata: string};
}

type FacetKey = Exclude<keyof Filters, "q">;
const FACETS: FacetKey[] = ["domain", "scope", "series", "status", "source"];

/** The filters in force, in words: "Area: Preschool; Series: Target, Actual; search “入园”", or none. */
export function describeFilters(filters: Filters, {lang, messages, sources, places}: Pick<SelectionContextOptions, "lang" | "messages" | "sources" | "places">): string {
  const label: Record<FacetKey, (value: string) => string> = {
    domain: (v) => messages.domains[v as keyof Messages["domains"]],
    scope: (v) => places.get(v)?.name ?? v,
    series: (v) => messages.seriesFilter[v as keyof Messages["seriesFilter"]],
    status: (v) => messages.statusFilter[v as FilterStatus],
    source: (v) => sources.get(v)?.title ?? v
  };
  const {list, items} = messages.punctuation;
  const parts = FACETS.filter((key) => filters[key].length).map((key) => `${messages.dataView.facets[key]}${messages.sep}${(filters[key] as string[]).map(label[key]).join(list)}`);
  const r = README_MESSAGES[lang];
  if (filters.q) parts.push(interpolate(r.search, {q: filters.q}));
  return parts.length ? parts.join(items) : r.none;
}

/**
 * What a downloaded selection carries beside its rows: a README for people
 * and the same facts as JSON for programs. The dataset's version, release
 * date and licence, the day of the download, the filters in words and as
 * codes, the address that reproduces the view, and a link to each figure's
 * quote. Pure: the caller passes the date and the addresses.
 */
export function selectionContext(rows: readonly Observation[], {lang, messages, sources, places, state, site, about, date, files}: SelectionContextOptions) {
  const r = README_MESSAGES[lang];
  const at = (href: string) => (site === null ? null : new URL(href, site).href);
  const view = at(hrefFor(state, {}));
  const filters = describeFilters(state.filters, {lang, messages, sources, places});
  const figureUrl = (o: Pick<Observation, "source_id" | "observation_id">) => at(linkTo(lang, {view: "source", doc: o.source_id, hash: `q-${o.observation_id}`}));
  // The same link with the row's ids as blanks to fill in.
  const figureTemplate = figureUrl({source_id: "source-id", observation_id: "observation-id"})?.replace("source-id", "<source_id>").replace("observation-id", "<observation_id>");
  const schema = at(`data/${OBSERVATIONS_SCHEMA_PATH}`);
  const licence = `${about.license.name}, ${about.license.path}`;
  const readme = [
    `# ${interpolate(r.title, {title: about.title})}`,
    "",
    interpolate(pluralForm(r.rows, rows.length, lang), {rows: rows.length}),
    "",
    `- ${interpolate(r.version, {version: about.version, date: formatDate(about.released, lang)})}`,
    `- ${interpolate(r.downloaded, {date: formatDate(isoDate(date), lang)})}`,
    `- ${interpolate(r.licence, {licence})}`,
    `- ${interpolate(r.filters, {filters})}`,
    ...(view ? [`- ${interpolate(r.view, {url: view})}`] : []),
    "",
    interpolate(r.files, {csv: files.csv, excel: files.excel, json: files.metadata}),
    "",
    ...(figureTemplate ? [interpolate(r.figure, {url: figureTemplate}), ""] : []),
    interpolate(r.cite, {citation: about.citation}),
    ""
  ].join("\n");
  const metadata = {
    dataset: {title: about.title, version: about.version, released: about.released, license: about.license, ...(about.archive ? {archive: about.archive} : {}), citation: about.citation},
    downloaded: isoDate(date),
    ...(view ? {view} : {}),
    filters: state.filters,
    filters_text: filters,
    sort: state.sort,
    rows: rows.length,
    files,
    ...(schema ? {schema} : {}),
    figures: rows.map((o) => ({observation_id: o.observation_id, status: o.status, status_reason: o.status_reason, ...(site === null ? {} : {url: figureUrl(o)})}))
  };
  return {readme, metadata};
}
