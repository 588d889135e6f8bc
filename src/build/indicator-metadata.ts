import {citeSource, issuersOf} from "../formats/citation.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {DEFAULT_LANG, type Lang} from "../i18n/locale.ts";
import {byLang, inLang} from "../i18n/localized.ts";
import {messagesFor} from "../i18n/messages.ts";
import {METHOD_MESSAGES} from "../i18n/method-messages.ts";
import {indicatorCsvPath, indicatorMetadataPath, OBSERVATIONS_SCHEMA_PATH} from "../schema/data-files.ts";
import {siteLink} from "../schema/site.ts";
import {datasetYears} from "../schema/roles.ts";
import {JUDGED, type NoVerdictReason} from "../schema/statuses.ts";
import type {IndicatorRow, ObservationRow, RelationRow, SourceRow, StatusRow} from "../schema/tables.ts";
import type {DatasetIdentity} from "./dataset-identity.ts";
import type {PublishedTables} from "./tables/published-tables.ts";
import {BUILD_WORDS} from "../i18n/build-words.ts";

type Texts = Record<Lang, string>;
const both = (text: (lang: Lang) => string): Texts => byLang(text);
/** The query that names a language on the page (the default language's needs none). */
const langParam = (lang: Lang) => (lang === DEFAULT_LANG ? "" : `lang=${lang}`);

/** A link from this metadata file to a path of the site: absolute when the site's address is set, else relative to the file. */
type Link = (path: string) => string;

/** The page's own links, made here as the page's hrefFor makes them (src/model/url-state.ts): `?indicator=…`, `?view=source&doc=…#q-…`. */
const pageUrl = (link: Link, query: string, lang: Lang, hash = "") => link(`?${query}${langParam(lang) && `&${langParam(lang)}`}${hash}`);
const quoteUrl = (link: Link, o: Pick<ObservationRow, "source_id" | "observation_id">, lang: Lang) =>
  pageUrl(link, `view=source&doc=${o.source_id}`, lang, `#${encodeURIComponent(`q-${o.observation_id}`).replace(/%2F/gi, "/")}`);

/** A target's verdict in words: its name, the method, and when there is no verdict on progress, why. */
function verdictText(row: StatusRow, years: {actual: number; baseline: number}): {status_text: Texts; method_text: Texts; reason_text: Texts | null} {
  const reason = JUDGED.has(row.status) ? null : both((lang) => interpolate(messagesFor(lang).reason[row.status_reason as NoVerdictReason], years));
  return {status_text: both((lang) => messagesFor(lang).status[row.status]), method_text: both((lang) => METHOD_MESSAGES[lang].statusMethod[row.method]), reason_text: reason};
}

/** A figure as its source says it: the quote, the part that holds the figure, where both are, and the page that shows it. */
function quoted(o: ObservationRow, link: Link) {
  const {observation_id, series, scope, year, figure, status, quote, quote_start, quote_end, figure_start, figure_end} = o;
  return {observation_id, series, scope, year, figure, status, quote, quote_start, quote_end, figure_start, figure_end, url: both((lang) => quoteUrl(link, o, lang))};
}

function source(s: SourceRow, own: readonly ObservationRow[], {link, absolute, released}: {link: Link; absolute: boolean; released: string}) {
  const url = link(`data/${s.text_path}`);
  // A citation names an address only when it is absolute: a relative one means nothing pasted into a paper.
  const cite = (lang: Lang) => citeSource(s, {lang, ...(absolute ? {url, accessed: released} : {})});
  const cites = byLang(cite);
  return {
    id: s.id,
    title: byLang((lang) => inLang(s, "title", lang)),
    issuers: byLang((lang) => issuersOf(s, lang)),
    kind: s.kind,
    date: s.date,
    date_note: s.date_note,
    document_number: s.document_number,
    text: url,
    quotes: own.filter((o) => o.source_id === s.id).map((o) => quoted(o, link)),
    // BibTeX and CSL-JSON in English: their titles carry the Chinese original in brackets.
    citation: {text: byLang((lang) => cites[lang].text), bibtex: cites.en.bibtex, csl: cites.en.csl}
  };
}

/** The indicator's relations, each once, as declared on its side (the build checks the other side declares the inverse). */
function related(id: string, relations: readonly RelationRow[], link: Link) {
  return relations
    .filter((r) => r.indicator_id === id)
    .map((r) => ({id: r.related_id, relation: r.relation, counts: r.counts, why: byLang((lang) => inLang(r, "why", lang)), metadata: link(`data/${indicatorMetadataPath(r.related_id)}`), page: both((lang) => pageUrl(link, `indicator=${r.related_id}`, lang))}));
}

export interface MetadataInput {
  tables: PublishedTables;
  identity: DatasetIdentity;
}

/**
 * One indicator's metadata file: what it counts and how, every figure with its
 * quote, each target's status with the method in words, the related and
 * not-comparable indicators, and the version, licence and citation of the
 * dataset it belongs to. Plain JSON: a key per fact, both languages side by side.
 * Its links are absolute when the site's address is set, and relative to the
 * file (data/indicators/) when it is not.
 */
export function indicatorMetadata(indicator: IndicatorRow, {tables, identity}: MetadataInput) {
  const {site} = identity;
  const link: Link = (path) => siteLink(site, path, `data/${indicatorMetadataPath(indicator.id)}`);
  const own = tables.observations.filter((o) => o.indicator_id === indicator.id);
  const years = datasetYears({sources: tables.sources, observations: tables.observations});
  const byId = new Map(own.map((o) => [o.observation_id, o]));
  const targets = tables.status.filter((s) => s.indicator_id === indicator.id);
  return {
    id: indicator.id,
    name: byLang((lang) => inLang(indicator, "name", lang)),
    definition: byLang((lang) => inLang(indicator, "definition", lang)),
    domain: indicator.domain,
    unit: indicator.unit,
    basis: indicator.basis,
    basis_text: both((lang) => messagesFor(lang).basis[indicator.basis]),
    period_years: indicator.period_years,
    better: indicator.better,
    better_text: both((lang) => BUILD_WORDS[lang].better[indicator.better]),
    main_target: indicator.main_target,
    version: identity.version,
    released: identity.released,
    license: identity.license,
    citation: identity.citation,
    files: {
      csv: link(`data/${indicatorCsvPath(indicator.id)}`),
      metadata: link(`data/${indicatorMetadataPath(indicator.id)}`),
      schema: link(`data/${OBSERVATIONS_SCHEMA_PATH}`),
      datapackage: link("data/datapackage.json"),
      archive: link(`data/${identity.archivePath}`)
    },
    page: both((lang) => pageUrl(link, `indicator=${indicator.id}`, lang)),
    figures: own.length,
    status: targets.map((s) => ({
      target_id: s.target_id,
      scope: s.scope,
      year: byId.get(s.target_id)?.year ?? null,
      status: s.status,
      status_reason: s.status_reason,
      method: s.method,
      ...verdictText(s, years),
      baseline_id: s.baseline_id,
      actual_id: s.actual_id,
      counts: s.counts,
      gap: s.gap,
      progress: s.progress,
      due: s.due,
      needed_per_year: s.needed_per_year,
      reported_per_year: s.reported_per_year,
      reported_years: s.reported_years,
      unreported_years: s.unreported_years
    })),
    status_method: both((lang) => link(`${langParam(lang) && `?${langParam(lang)}`}#method`)),
    related: related(indicator.id, tables.relations, link),
    sources: tables.sources.filter((s) => own.some((o) => o.source_id === s.id)).map((s) => source(s, own, {link, absolute: site.url !== null, released: identity.released})),
    dataset: {name: identity.name, title: identity.title, ...(site.url ? {homepage: site.url} : {}), project: identity.project}
  };
}

export type IndicatorMetadata = ReturnType<typeof indicatorMetadata>;
