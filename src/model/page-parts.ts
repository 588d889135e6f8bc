import type {Lang} from "../i18n/locale.ts";
import type {SiteSettings} from "../schema/site.ts";
import type {Messages} from "../i18n/messages.ts";
import type {ChartWithTable} from "./chart-rows.ts";
import type {Citation} from "./citations.ts";
import type {DataRow} from "./data-view-model.ts";
import type {ExplainerModel} from "./explainer-model.ts";
import type {IndicatorDetail} from "./indicator-detail.ts";
import type {PlaceName} from "./place-names.ts";
import type {Provenance} from "./provenance.ts";
import type {SourceDoc} from "./source-docs.ts";
import type {StoryModel} from "./story-steps.ts";

/**
 * The page model in the parts a reader needs one after the other. The site
 * step (src/prerender/) computes each language's model once and writes every
 * part under data/page/<lang>/; the browser loads the part a view needs and
 * renders it, never recomputing what the build computed. A part holds
 * what its view shows and nothing that grows with the rest of the dataset.
 */

/** What the first screen shows (the news, in words), and nothing that grows with the number of observations. */
export type FirstScreen = Pick<ExplainerModel, "lang" | "years" | "dek" | "summary" | "byline" | "stories"> & {
  /** How many files the quotes are spread over (quoteFile). */
  quoteFiles: number;
};

/**
 * Everything below the first screen: the scoreboard (the first chart), the tracker, chapters,
 * comparisons, method. It comes in one part with its templates, so the first view carries no chart
 * or table code; the static page's copy stands until then (its drawing, its table).
 */
export type ExplainerRest = Pick<ExplainerModel, "scoreboard" | "tracker" | "chapters" | "comparisons" | "method">;

/** What the explainer element draws: the first screen, and the rest once it is there. */
export type ExplainerView = Omit<FirstScreen, "quoteFiles"> & Partial<ExplainerRest> & {messages: Messages};

/** What exists in a language: every part's id, so a view can tell "no such chart" from "not loaded yet". */
export interface PartsIndex {
  lang: Lang;
  quoteFiles: number;
  /** The explainer's charts in page order (the ones an embed, the component or a briefing may show). */
  charts: Array<{id: string; title: string; embeddable: boolean}>;
  stories: Array<{id: string; title: string; steps: number}>;
  indicators: string[];
  sources: Array<{id: string; title: string}>;
  /** The places the figures speak for, named in the language (data/scopes.json): the data view's filter and every label that names a place. */
  places: PlaceName[];
  /** The version shown, and where a citation or a downloaded README says the data comes from. */
  release: {version: string; date: string} | null;
  /** How recent the figures are and which release they are ("Figures up to 2022; updated …"), as the byline prints it: a briefing's handout cover prints it too ("" with no release). */
  dataLine: string;
  /** Who makes and publishes the dataset, by language (a citation names it in the reader's). */
  project: Record<Lang, string>;
  /** The site's address and contact when the build was given them (build settings), else null: links stay relative. */
  site: SiteSettings;
}

/** The source view's list and each document, highlighted. */
export interface SourcesPart {
  docs: SourceDoc[];
}

/** The data view: every observation as it lists them, the sources for its filters, the citations. */
export interface DataViewPart {
  rows: DataRow[];
  sources: Array<{id: string; title: string}>;
  citations: Citation[];
}

/** One chart, for an embed or the web component: all they load, with how to find its quotes. */
export interface ChartPart {
  chart: ChartWithTable;
  quoteFiles: number;
}

/** One story, for story mode and an embedded story, with how to find its quotes. */
export interface StoryPart {
  story: StoryModel;
  quoteFiles: number;
}

/** Where each part is, under data/. */
export const PAGE_FILES = {
  index: (lang: Lang) => `page/${lang}/index.json`,
  first: (lang: Lang) => `page/${lang}/first-screen.json`,
  rest: (lang: Lang) => `page/${lang}/explainer.json`,
  quotes: (lang: Lang, file: number) => `page/${lang}/quotes/${file}.json`,
  chart: (lang: Lang, id: string) => `page/${lang}/charts/${encodeURIComponent(id)}.json`,
  indicator: (lang: Lang, id: string) => `page/${lang}/indicators/${encodeURIComponent(id)}.json`,
  story: (lang: Lang, id: string) => `page/${lang}/stories/${encodeURIComponent(id)}.json`,
  sources: (lang: Lang) => `page/${lang}/sources.json`,
  dataView: (lang: Lang) => `page/${lang}/data-view.json`
};

/** The part types by file kind, so a loader's caller gets the type its path promises. */
export interface PartTypes {
  index: PartsIndex;
  first: FirstScreen;
  rest: ExplainerRest;
  quotes: Record<string, Provenance>;
  chart: ChartPart;
  indicator: IndicatorDetail;
  story: StoryPart;
  sources: SourcesPart;
  dataView: DataViewPart;
}

/** About this many quotes to a file: one file is a few kB gzip, whatever the size of the dataset. */
export const QUOTES_PER_FILE = 24;

/** The file (0 … files − 1) that holds an observation's quote: a hash of its id (FNV-1a), so the page needs no index. */
export function quoteFile(id: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % Math.max(1, files);
}

export function firstScreenOf(model: ExplainerModel, {quoteFiles}: {quoteFiles: number}): FirstScreen {
  const {lang, years, dek, summary, byline, stories} = model;
  return {lang, years, dek, summary, byline, stories, quoteFiles};
}

export function restOf({scoreboard, tracker, chapters, comparisons, method}: ExplainerModel): ExplainerRest {
  return {scoreboard, tracker, chapters, comparisons, method};
}
