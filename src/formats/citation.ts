import type {SourceRow} from "../schema/tables.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {inLang} from "../i18n/localized.ts";
import {dateParts, formatDate} from "./date-parts.ts";
import {bibtexAuthors, bibtexDate, bibtexEntry, bibtexKey, bibtexUrl, escapeBibtex} from "./bibtex.ts";
import {issuersOf} from "./issuers.ts";
import {BUILD_WORDS} from "../i18n/build-words.ts";

export {bibtexKey, dateParts, escapeBibtex, formatDate, issuersOf};

/** What a citation of a source needs. */
type CitedSource = Pick<SourceRow, "id" | "title_zh" | "title_en" | "issuer_zh" | "issuer_en" | "date" | "date_note" | "document_number" | "kind">;
/**
 * Ways to cite a source document or the dataset itself: a plain-text line to
 * paste into prose, a BibTeX entry and a CSL-JSON item (what Zotero and
 * citeproc read). Pure: the caller decides whether to show or copy them.
 */

/** A CSL-JSON item, with only the variables written here. */
export interface CslItem {
  id: string;
  type: "report" | "dataset";
  title: string;
  "original-title"?: string;
  author?: Array<{literal: string}>;
  publisher?: string;
  genre?: string;
  issued: {"date-parts": number[][]};
  accessed?: {"date-parts": number[][]};
  number?: string;
  URL?: string;
  version?: string;
  language?: string;
  note?: string;
}

export interface Citation {
  text: string;
  bibtex: string;
  csl: CslItem;
}

export interface CitationOptions {
  /** Language of the citation (default "zh", the page's default). */
  lang?: Lang;
}

export interface SourceCitationOptions extends CitationOptions {
  /** Where the cited text can be read: the cleaned copy this dataset publishes (the originals' addresses are not known). */
  url?: string;
  /** When that copy was read, yyyy-mm-dd: the reader's day on the page, the release date in published files. */
  accessed?: string;
}

export interface DatasetInfo {
  name: string;
  title: string;
  version: string;
  /** The version's release date, yyyy-mm-dd, from CHANGELOG.md: never the build date, so one version always cites the same way. */
  date: string;
  /** An address that stays the same for this version (its archive); null when the site's address is not known. */
  url: string | null;
  /** Authors as written; each is cited as one literal name. */
  authors?: readonly string[];
  /** Who publishes the dataset; written unless it repeats the authors. */
  publisher?: string;
}

/** Close a sentence with a full stop unless it already ends with one. */
function closeSentence(text: string, stop: string): string {
  return /[.。!?！？]$/.test(text) ? text : text + stop;
}

/**
 * A note whose first words say the date is a republication date: the text then
 * says "republished", so no one cites it as the date the document was issued.
 */
function isRepublicationDate(note: string | null): boolean {
  return note !== null && /republi/i.test(note);
}

/**
 * A source document as a report: BibTeX's @techreport (biblatex reads it as
 * @report) keeps the document number in `number`, where @misc loses it in
 * most tools, and prints `type` (the kind of document) before it instead of
 * "Technical report". Each issuer is an author of its own.
 */
export function citeSource(source: CitedSource, {lang = "zh", url, accessed}: SourceCitationOptions = {}): Citation {
  const republished = isRepublicationDate(source.date_note);
  const issuers = issuersOf(source, lang);
  const messages = messagesFor(lang);
  const issuer = inLang(source, "issuer", lang);
  const kind = BUILD_WORDS[lang].sourceKinds[source.kind];
  const date = formatDate(source.date, lang);
  const where = url ? interpolate(messages.cite.where, {url, accessed: accessed ? interpolate(messages.cite.accessed, {date: formatDate(accessed, lang)}) : ""}) : "";
  // A translated title carries the original in brackets, the convention for a translated title.
  const original = source.title_zh;
  const translated = inLang(source, "title", lang);
  let text: string;
  if (lang === "zh") {
    const parts = [issuer, `《${source.title_zh}》`, source.document_number, republished ? `${date}转载` : date];
    text = parts.filter((p) => p).join("，") + "。" + where;
  } else {
    const parts = [`${source.title_en} [${source.title_zh}]`, source.document_number, republished ? `republished ${date}` : date];
    text = `${closeSentence(issuer, ".")} ${parts.filter((p) => p).join(", ")}.${where ? ` ${where}` : ""}`;
  }

  const key = bibtexKey(source.id);
  const title = translated === original ? original : `${translated} [${original}]`;
  const bibtex = bibtexEntry("techreport", key, [
    ["author", bibtexAuthors(issuers)],
    ["institution", {braced: escapeBibtex(issuer)}],
    // Double braces keep the title's capitals in styles that lowercase titles.
    ["title", {braced: `{${escapeBibtex(title)}}`}],
    ["type", {braced: escapeBibtex(kind)}],
    ["number", source.document_number ? {braced: escapeBibtex(source.document_number)} : undefined],
    ...bibtexDate(source.date),
    ["url", url ? {braced: bibtexUrl(url)} : undefined],
    ["urldate", url && accessed ? {braced: accessed} : undefined],
    ["note", source.date_note ? {braced: escapeBibtex(source.date_note)} : undefined]
  ]);

  const csl: CslItem = {
    id: key,
    type: "report",
    title: translated,
    ...(translated === original ? {} : {"original-title": original}),
    author: issuers.map((literal) => ({literal})),
    publisher: issuer,
    genre: kind,
    issued: {"date-parts": [dateParts(source.date)]},
    ...(source.document_number ? {number: source.document_number} : {}),
    ...(url ? {URL: url} : {}),
    ...(url && accessed ? {accessed: {"date-parts": [dateParts(accessed)]}} : {}),
    // The language of the document, whatever the language of the citation.
    language: "zh-CN",
    ...(source.date_note ? {note: source.date_note} : {})
  };
  return {text, bibtex, csl};
}

/** Known dataset names get a short key; others their name without punctuation. */
const DATASET_KEY_STEMS: Record<string, string> = {"beijing-education-14th-fyp": "bjedu14fyp"};

export function citeDataset({name, title, version, date, url, authors = [], publisher}: DatasetInfo, {lang = "zh"}: CitationOptions = {}): Citation {
  const [year] = dateParts(date);
  const key = (DATASET_KEY_STEMS[name] ?? bibtexKey(name)) + year;
  const when = formatDate(date, lang);
  // Publisher and author are often the same project: then it is named once, as APA does.
  const press = publisher && !(authors.length === 1 && authors[0] === publisher) ? publisher : undefined;
  // The URL ends the citation with no full stop after it, so that a reader
  // that turns URLs into links does not take the stop as part of the address.
  const text =
    lang === "zh"
      ? [...(authors.length ? [authors.join("、")] : []), `《${title}》（数据集）`, `版本 ${version}`, when, ...(press ? [press] : [])].join("，") + `。${url ?? ""}`
      : ((authors.length ? `${closeSentence(authors.join("; "), ".")} ` : "") + `${title} [dataset], version ${version}, ${when}.${press ? ` ${closeSentence(press, ".")}` : ""}${url ? ` ${url}` : ""}`);

  // biblatex's @dataset: pandoc, citation-js and Zotero read it as a dataset
  // (CSL "dataset") with its version, publisher and one address. A second
  // address field (howpublished = \url{…}) made pandoc file the URL under
  // publisher; there is none.
  const bibtex = bibtexEntry("dataset", key, [
    ["author", bibtexAuthors(authors)],
    ["title", {braced: `{${escapeBibtex(title)}}`}],
    ["publisher", publisher ? {braced: escapeBibtex(publisher)} : undefined],
    ["version", {braced: escapeBibtex(version)}],
    ...bibtexDate(date),
    ["url", url ? {braced: bibtexUrl(url)} : undefined]
  ]);

  const csl: CslItem = {
    id: key,
    type: "dataset",
    title,
    ...(authors.length ? {author: authors.map((literal) => ({literal}))} : {}),
    ...(publisher ? {publisher} : {}),
    issued: {"date-parts": [dateParts(date)]},
    ...(url ? {URL: url} : {}),
    version
  };
  return {text, bibtex, csl};
}
