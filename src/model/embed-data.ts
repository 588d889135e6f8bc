import {explainerModel, type ExplainerModel} from "./explainer-model.ts";
import {summarise, type IndicatorSummary} from "./indicator-summary.ts";
import type {Dataset} from "./load-dataset.ts";
import {interpolate} from "./narrative.ts";
import {observationRows} from "./observation-rows.ts";
import {provenance, type Provenance} from "./provenance.ts";
import type {Observation} from "../schema/dataset.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor, type Messages} from "../i18n/messages.ts";
import type {EmbedView} from "./embed-query.ts";

/** What an embedded chart needs from the dataset, for one language: derived as the explainer derives it. */
export interface EmbedData {
  dataset: Dataset;
  lang: Lang;
  rows: Observation[];
  summaries: Map<string, IndicatorSummary>;
  model: ExplainerModel;
}

export function embedData(dataset: Dataset, lang: Lang): EmbedData {
  const rows = observationRows(dataset);
  const summaries = new Map(summarise(rows, dataset.indicators).map((s) => [s.indicator.id, s]));
  const model = explainerModel({observations: rows, indicators: dataset.indicators, sources: dataset.sources}, lang);
  return {dataset, lang, rows, summaries, model};
}

/** The quote behind an observation, for the provenance dialog, or null. */
export function embedProvenance({dataset, lang, rows, summaries}: EmbedData, id: string | null): Provenance | null {
  const o = id ? rows.find((r) => r.observation_id === id) : undefined;
  if (!o) return null;
  return provenance(o, dataset.texts.get(o.source_id)!, dataset.sources.get(o.source_id)!, summaries.get(o.indicator_id), lang, messagesFor(lang));
}

/** The source view of the explainer at a figure's quote, relative to the explainer. */
export function sourceHref(item: Provenance, lang: Lang): string {
  return `./?view=source&doc=${encodeURIComponent(item.sourceId)}${lang === "en" ? "&lang=en" : ""}#q-${encodeURIComponent(item.id)}`;
}

/** What an embed says when it has nothing valid to show. */
export function embedNotice(view: Extract<EmbedView, {kind: "none"}>, messages: Messages): string {
  if (!view.asked) return messages.embed.missingChart;
  return interpolate(view.what === "story" ? messages.embed.unknownStory : messages.embed.unknownChart, {id: view.asked});
}
