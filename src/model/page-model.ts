import type {Lang} from "../i18n/locale.ts";
import {messagesFor, type Messages} from "../i18n/messages.ts";
import type {ChartWithTable} from "./chart-rows.ts";
import {explainerModel, type ExplainerModel} from "./explainer-model.ts";
import type {PageData} from "./page-data.ts";

// The page loads this module with the whole dataset: it reads the tables into the page data too.
export {pageData} from "./page-data.ts";
import {provenance, type Provenance} from "./provenance.ts";

/**
 * The one stage between the data and what is drawn: everything the page, the
 * embed and the web component show, for one language. Built once per dataset
 * and language (src/app/data-controller.ts keeps it); views read it, never the
 * tables.
 */
export interface PageModel {
  lang: Lang;
  messages: Messages;
  data: PageData;
  explainer: ExplainerModel;
  /** Every chart the explainer shows, by id, in page order: the scoreboard's, then each chapter's. */
  charts: ReadonlyMap<string, ChartWithTable>;
}

export function pageModel(data: PageData, lang: Lang): PageModel {
  const explainer = explainerModel(data, lang);
  const charts = [explainer.scoreboard.chart, ...explainer.chapters.flatMap((chapter) => chapter.charts)];
  return {lang, messages: messagesFor(lang), data, explainer, charts: new Map(charts.map((chart) => [chart.id, chart]))};
}

/** The quote behind an observation, for the provenance dialog, or null for an id the data does not have. */
export function provenanceOf(model: PageModel, id: string | null): Provenance | null {
  const o = id ? model.data.byId.get(id) : undefined;
  return o ? provenance(model.data, o, model.lang, model.messages) : null;
}
