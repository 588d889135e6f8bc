import {PAGE_FILES, quoteFile} from "../model/page-parts.ts";
import type {Provenance} from "../model/provenance.ts";
import type {Observation} from "../schema/dataset.ts";
import type {SiteModel} from "./site-model.ts";

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
 * Every part of one language's site model, by path under data/
 * (src/model/page-parts.ts says what each holds). Compact JSON: the page is
 * their only reader.
 */
export function pageParts(site: SiteModel): Record<string, string> {
  const {lang} = site;
  const files: Record<string, string> = {};
  const put = (path: string, value: unknown, replacer?: (key: string, value: unknown) => unknown) => (files[path] = JSON.stringify(value, replacer as never));
  put(PAGE_FILES.index(lang), site.index);
  put(PAGE_FILES.first(lang), site.first, slim);
  put(PAGE_FILES.rest(lang), site.rest, slim);
  const {quoteFiles} = site.index;
  for (const chart of site.page.charts.values()) put(PAGE_FILES.chart(lang, chart.id), {chart, quoteFiles});
  for (const [id, detail] of site.indicators) put(PAGE_FILES.indicator(lang, id), detail);
  for (const [id, story] of site.stories) put(PAGE_FILES.story(lang, id), {story, quoteFiles}, slim);
  put(PAGE_FILES.sources(lang), site.sources);
  put(PAGE_FILES.dataView(lang), site.dataView);
  const quotes: Array<Record<string, Provenance>> = Array.from({length: site.index.quoteFiles}, () => ({}));
  for (const [id, item] of site.quotes) quotes[quoteFile(id, quotes.length)][id] = item;
  quotes.forEach((file, i) => put(PAGE_FILES.quotes(lang, i), file));
  return files;
}
