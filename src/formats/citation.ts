import type {SourceRow} from "../schema/tables.ts";

/** What a citation of a source needs. */
type CitedSource = Pick<SourceRow, "id" | "title_zh" | "title_en" | "issuer_zh" | "issuer_en" | "date" | "date_note" | "document_number">;
import type {Lang} from "../i18n/locale.ts";
import {dateParts, formatDate} from "./date-parts.ts";
import {bibtexAuthors, bibtexDate, bibtexEntry, bibtexKey, bibtexUrl, escapeBibtex} from "./bibtex.ts";

export {bibtexKey, dateParts, escapeBibtex, formatDate};

/**
 * Ways to cite a source document or the dataset itself: a plain-text line to
 * paste into prose, a BibTeX entry and a CSL-JSON item (what Zotero and
 * citeproc read). Pure: the caller decides whether to show or copy them.
 */

/** A CSL-JSON item, with only the variables written here. */
export interface CslItem {
  id: string;
  type: "document" | "dataset";
  title: string;
  "original-title"?: string;
  author?: Array<{literal: string}>;
  issued: {"date-parts": number[][]};
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

export interface DatasetInfo {
  name: string;
  title: string;
  version: string;
  /** Build date, ISO yyyy-mm-dd. */
  date: string;
  url: string;
  /** Authors as written; each is cited as one literal name. */
  authors?: readonly string[];
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

export function citeSource(source: CitedSource, {lang = "zh"}: CitationOptions = {}): Citation {
  const republished = isRepublicationDate(source.date_note);
  const issuer = lang === "zh" ? source.issuer_zh : source.issuer_en;
  const date = formatDate(source.date, lang);
  let text: string;
  if (lang === "zh") {
    const parts = [issuer, `《${source.title_zh}》`, source.document_number, republished ? `${date}转载` : date];
    text = parts.filter((p) => p).join("，") + "。";
  } else {
    const parts = [`${source.title_en} [${source.title_zh}]`, source.document_number, republished ? `republished ${date}` : date];
    text = `${closeSentence(issuer, ".")} ${parts.filter((p) => p).join(", ")}.`;
  }

  const key = bibtexKey(source.id);
  // English titles carry the original in brackets, the convention for a translated title.
  const title = lang === "zh" ? source.title_zh : `${source.title_en} [${source.title_zh}]`;
  const bibtex = bibtexEntry("misc", key, [
    ["author", bibtexAuthors([issuer])],
    // Double braces keep the title's capitals in styles that lowercase titles.
    ["title", {braced: `{${escapeBibtex(title)}}`}],
    ["number", source.document_number ? {braced: escapeBibtex(source.document_number)} : undefined],
    ...bibtexDate(source.date),
    ["note", source.date_note ? {braced: escapeBibtex(source.date_note)} : undefined]
  ]);

  const csl: CslItem = {
    id: key,
    type: "document",
    title: lang === "zh" ? source.title_zh : source.title_en,
    ...(lang === "en" ? {"original-title": source.title_zh} : {}),
    author: [{literal: issuer}],
    issued: {"date-parts": [dateParts(source.date)]},
    ...(source.document_number ? {number: source.document_number} : {}),
    // The language of the document, whatever the language of the citation.
    language: "zh-CN",
    ...(source.date_note ? {note: source.date_note} : {})
  };
  return {text, bibtex, csl};
}

/** Known dataset names get a short key; others their name without punctuation. */
const DATASET_KEY_STEMS: Record<string, string> = {"beijing-education-14th-fyp": "bjedu14fyp"};

export function citeDataset({name, title, version, date, url, authors = []}: DatasetInfo, {lang = "zh"}: CitationOptions = {}): Citation {
  const [year] = dateParts(date);
  const key = (DATASET_KEY_STEMS[name] ?? bibtexKey(name)) + year;
  const when = formatDate(date, lang);
  // The URL ends the citation with no full stop after it, so that a reader
  // that turns URLs into links does not take the stop as part of the address.
  const text =
    lang === "zh"
      ? [...(authors.length ? [authors.join("、")] : []), `《${title}》（数据集）`, `版本 ${version}`, when].join("，") + `。${url}`
      : (authors.length ? `${closeSentence(authors.join("; "), ".")} ` : "") + `${title} [dataset], version ${version}, ${when}. ${url}`;

  const bibtex = bibtexEntry("misc", key, [
    ["author", bibtexAuthors(authors)],
    ["title", {braced: `{${escapeBibtex(title)}}`}],
    // @misc rather than @dataset: plain BibTeX styles know only @misc, and
    // howpublished is the field they print for where it is.
    ["howpublished", {braced: `\\url{${bibtexUrl(url)}}`}],
    ["url", {braced: bibtexUrl(url)}],
    ["version", {braced: escapeBibtex(version)}],
    ...bibtexDate(date),
    ["note", {braced: lang === "zh" ? `数据集，版本 ${escapeBibtex(version)}` : `Dataset, version ${escapeBibtex(version)}`}]
  ]);

  const csl: CslItem = {
    id: key,
    type: "dataset",
    title,
    ...(authors.length ? {author: authors.map((literal) => ({literal}))} : {}),
    issued: {"date-parts": [dateParts(date)]},
    URL: url,
    version
  };
  return {text, bibtex, csl};
}
