import type {Lang} from "../i18n/locale.ts";
import {NO_SITE} from "../schema/site.ts";
import {citations} from "../model/citations.ts";
import {dataRows} from "../model/data-view-model.ts";
import {indicatorDetail, type IndicatorDetail} from "../model/indicator-detail.ts";
import type {PageData} from "../model/page-data.ts";
import {pageModel, type PageModel} from "../model/page-model.ts";
import {firstScreenOf, QUOTES_PER_FILE, restOf, type DataViewPart, type ExplainerRest, type FirstScreen, type PartsIndex, type SourcesPart} from "../model/page-parts.ts";
import {placeNames} from "../model/place-names.ts";
import {provenance, type Provenance} from "../model/provenance.ts";
import {sourceDocs} from "../model/source-docs.ts";
import {storyModel} from "../model/story-model.ts";
import type {StoryModel} from "../model/story-steps.ts";
import {inLang, type Localized} from "../i18n/localized.ts";

/**
 * Everything one language of the site shows, computed once per build: the
 * page model (the explainer and its charts) and, from it, every view's part.
 * The site step writes these as data/page/<lang>/… and renders the static
 * pages from the same objects, so a page and its part cannot disagree.
 */
export interface SiteModel {
  lang: Lang;
  page: PageModel;
  index: PartsIndex;
  first: FirstScreen;
  rest: ExplainerRest;
  indicators: Map<string, IndicatorDetail>;
  sources: SourcesPart;
  stories: Map<string, StoryModel>;
  dataView: DataViewPart;
  quotes: Map<string, Provenance>;
}

/** How many files the quotes are spread over: a few kB gzip each, whatever the dataset's size. */
export function quoteFileCount(data: Pick<PageData, "observations">): number {
  return Math.max(1, Math.ceil(data.observations.length / QUOTES_PER_FILE));
}

export function siteModel(data: PageData, lang: Lang): SiteModel {
  const page = pageModel(data, lang);
  const {explainer, messages} = page;
  const quoteFiles = quoteFileCount(data);
  const title = (s: Localized<"title">) => inLang(s, "title", lang);
  const stories = new Map(data.content.stories.map((story) => [story.id, storyModel(story, explainer, data)]));
  const sources = [...data.sources.values()];
  return {
    lang,
    page,
    index: {
      lang,
      quoteFiles,
      charts: [...page.charts.values()].map((c) => ({id: c.id, title: c.title, embeddable: c.embeddable})),
      stories: [...stories.values()].map((s) => ({id: s.id, title: s.title, steps: s.steps.length})),
      indicators: [...data.summaries.keys()],
      sources: sources.map((s) => ({id: s.id, title: title(s)})),
      places: [...placeNames(data.places.values(), lang).values()],
      release: data.content.release ?? null,
      dataLine: explainer.byline.data,
      project: data.content.explainer.project.name,
      site: data.content.site ?? NO_SITE
    },
    first: firstScreenOf(explainer, {quoteFiles}),
    rest: restOf(explainer),
    indicators: new Map([...data.summaries].map(([id, summary]) => [id, indicatorDetail(summary, data, page)])),
    sources: {docs: sourceDocs(page)},
    stories,
    dataView: {rows: dataRows(data.observations, data.sources, data.places, lang), sources: sources.map((s) => ({id: s.id, title: title(s)})), citations: citations(data, lang, messages)},
    quotes: new Map(data.observations.map((o) => [o.observation_id, provenance(data, o, lang, messages)]))
  };
}
