/** The data view, loaded when first opened: its model, its citations and its element. */
import type {Citation} from "../components/bj-cite-panel.ts";
import "../components/bj-data-view.ts";
import type {PageData} from "../model/page-data.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {citeDataset, citeSource} from "../formats/citation.ts";

export {dataRows, dataViewModel} from "../model/data-view-model.ts";

export function citations(data: PageData, lang: Lang, url: string, version: string, date: string): Citation[] {
  const m = messagesFor(lang);
  const asCitation = (id: string, title: string, c: ReturnType<typeof citeSource>): Citation => ({id, title, text: c.text, bibtex: c.bibtex, csl: JSON.stringify(c.csl, null, 2)});
  return [
    asCitation("dataset", m.cite.dataset, citeDataset({name: "beijing-education-14th-fyp", title: m.title, version, date, url}, {lang})),
    ...[...data.sources.values()].map((s) => asCitation(s.id, lang === "zh" ? s.title_zh : s.title_en, citeSource(s, {lang})))
  ];
}
