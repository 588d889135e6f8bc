import {LANGS} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {explainerModel} from "../model/explainer-model.ts";
import {firstScreenOf, PAGE_FILES, QUOTES_PER_FILE, quoteFile, restOf} from "../model/explainer-parts.ts";
import type {PageData} from "../model/page-data.ts";
import {provenance, type Provenance} from "../model/provenance.ts";
import type {Observation} from "../schema/dataset.ts";

/**
 * A figure in the text or a pending target, as the page's elements use it:
 * its ids only (they link and open its quote; the quote loads with it).
 * The whole row would triple the size of the parts.
 */
const slim = (_key: string, value: unknown) => {
  if (!value || typeof value !== "object" || !("observation_id" in value) || !("quote" in value)) return value;
  const {observation_id, indicator_id, source_id} = value as Observation;
  return {observation_id, indicator_id, source_id};
};

/**
 * The explainer's parts as the page loads them (src/model/explainer-parts.ts),
 * per language, by path under data/: the first screen, the rest of the
 * explainer, and the quotes spread over files of about QUOTES_PER_FILE each.
 * Compact JSON: the page is their only reader. The observations inside the
 * parts keep their ids only (`slim`), which is all the page reads of them there.
 */
export function pageFiles(data: PageData): Record<string, string> {
  const files: Record<string, string> = {};
  const quoteFiles = Math.max(1, Math.ceil(data.observations.length / QUOTES_PER_FILE));
  for (const lang of LANGS) {
    const model = explainerModel(data, lang);
    files[PAGE_FILES.first(lang)] = JSON.stringify(firstScreenOf(model, {quoteFiles}), slim);
    files[PAGE_FILES.rest(lang)] = JSON.stringify(restOf(model), slim);
    const quotes: Array<Record<string, Provenance>> = Array.from({length: quoteFiles}, () => ({}));
    for (const o of data.observations) quotes[quoteFile(o.observation_id, quoteFiles)][o.observation_id] = provenance(data, o, lang, messagesFor(lang));
    quotes.forEach((file, i) => (files[PAGE_FILES.quotes(lang, i)] = JSON.stringify(file)));
  }
  return files;
}
