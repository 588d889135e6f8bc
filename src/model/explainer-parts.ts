import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import type {ExplainerModel} from "./explainer-model.ts";

/**
 * The explainer in the parts a reader needs one after the other, so the first
 * view does not grow with the data: the first screen (the answer and the
 * scoreboard), the rest of the explainer (chapters, comparisons, method) when
 * the reader scrolls to it, and each quote when its provenance opens. The
 * build writes each part per language (src/prerender/page-files.ts); the page
 * loads them (src/app/explainer-loader.ts). The data view, the source view,
 * an indicator's page and the stories load the whole dataset instead.
 */

/** What the first screen shows, and nothing that grows with the number of observations. */
export type FirstScreen = Pick<ExplainerModel, "lang" | "years" | "dek" | "summary" | "tracker" | "scoreboard" | "byline" | "stories"> & {
  /** How many files the quotes are spread over (quoteFile). */
  quoteFiles: number;
};

/** Everything after the scoreboard. */
export type ExplainerRest = Pick<ExplainerModel, "chapters" | "comparisons" | "method">;

/** What the explainer element draws: the first screen, and the rest once it is there. */
export type ExplainerView = Omit<FirstScreen, "quoteFiles"> & Partial<ExplainerRest> & {messages: Messages};

/** Where each part is, under data/. */
export const PAGE_FILES = {
  first: (lang: Lang) => `page/${lang}/first-screen.json`,
  rest: (lang: Lang) => `page/${lang}/explainer.json`,
  quotes: (lang: Lang, file: number) => `page/${lang}/quotes/${file}.json`
};

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
  const {lang, years, dek, summary, tracker, scoreboard, byline, stories} = model;
  return {lang, years, dek, summary, tracker, scoreboard, byline, stories, quoteFiles};
}

export function restOf({chapters, comparisons, method}: ExplainerModel): ExplainerRest {
  return {chapters, comparisons, method};
}
