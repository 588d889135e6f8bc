import type {Lang} from "../i18n/locale.ts";
import {messagesFor, type Messages} from "../i18n/messages.ts";
import type {EmbedView} from "./embed-query.ts";
import {explainerModel, type ExplainerModel} from "./explainer-model.ts";
import type {Dataset} from "./load-dataset.ts";
import {interpolate} from "./narrative.ts";
import {pageData, type PageData} from "./page-data.ts";
import {provenance, type Provenance} from "./provenance.ts";

/** The source view of the explainer at a figure's quote, relative to the explainer. */
export function sourceHref(item: Provenance, lang: Lang): string {
  return `./?view=source&doc=${encodeURIComponent(item.sourceId)}${lang === "en" ? "&lang=en" : ""}#q-${encodeURIComponent(item.id)}`;
}

/** What an embed says when it has nothing valid to show. */
export function embedNotice(view: Extract<EmbedView, {kind: "none"}>, messages: Messages): string {
  if (!view.asked) return messages.embed.missingChart;
  return interpolate(view.what === "story" ? messages.embed.unknownStory : messages.embed.unknownChart, {id: view.asked});
}

/** What an embedded chart needs from the dataset, for one language: derived as the explainer derives it. */
export interface EmbedData {
  data: PageData;
  lang: Lang;
  model: ExplainerModel;
}

export function embedData(dataset: Dataset, lang: Lang): EmbedData {
  const data = pageData(dataset);
  return {data, lang, model: explainerModel(data, lang)};
}

/** The quote behind an observation, for the provenance dialog, or null. */
export function embedProvenance({data, lang}: EmbedData, id: string | null): Provenance | null {
  const o = id ? data.byId.get(id) : undefined;
  return o ? provenance(data, o, lang, messagesFor(lang)) : null;
}
