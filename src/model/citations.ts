import {citeSource, type Citation as Cited} from "../formats/citation.ts";
import {datasetCitation} from "../formats/dataset-citation.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import {NO_SITE, siteUrl} from "../schema/site.ts";
import type {PageData} from "./page-data.ts";
import {inLang} from "../i18n/localized.ts";

/** One way to cite a work, in the three forms the cite panel offers. */
export interface Citation {
  id: string;
  title: string;
  text: string;
  bibtex: string;
  csl: string;
}

/**
 * The dataset and each source, cited as the published metadata cites them:
 * the project as author and publisher, the version's release date and
 * archive; each source by its issuers, with the address of the cleaned text
 * this version publishes, read on the release date.
 */
export function citations(data: Pick<PageData, "content" | "sources">, lang: Lang, messages: Messages): Citation[] {
  const {release, explainer, site = NO_SITE} = data.content;
  const project = explainer.project.name;
  const asCitation = (id: string, title: string, c: Cited): Citation => ({id, title, text: c.text, bibtex: c.bibtex, csl: JSON.stringify(c.csl, null, 2)});
  return [
    ...(release ? [asCitation("dataset", messages.cite.dataset, datasetCitation({release, site, project, lang}))] : []),
    ...[...data.sources.values()].map((s) => asCitation(s.id, inLang(s, "title", lang), citeSource(s, {lang, ...(site.url ? {url: siteUrl(site, `data/${s.text_path}`)!, accessed: release?.date} : {})})))
  ];
}
