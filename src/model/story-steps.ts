import type {Lang} from "../i18n/locale.ts";
import type {MarkSeries} from "./chart-model.ts";
import type {ChartWithTable} from "./chart-rows.ts";
import type {DeckText} from "./deck-schema.ts";

/**
 * A story as it is shown: its steps, each a slide of words and a chart. Types only, of their own, so
 * that what copies a step into a briefing (deck-text.ts) and what builds a story (story-model.ts)
 * share them without importing each other.
 */

/** A piece of a slide's text: words, or a figure that keeps its observation (bold on the slide, a link to its quote). */
export type SlidePiece = string | {text: string; observation: {observation_id: string}};

export interface StepModel {
  number: number;
  title: string;
  caption: SlidePiece[];
  /** What the presenter says: the point, the question the room is likely to ask, the answer. Paragraphs are separated by line breaks. */
  notes: string;
  /** The chart, or null for a slide of text (a presenter's opening or close). */
  chart: ChartWithTable | null;
  /** The language the slide's words are in, when it is not the page's (a deck's slide written in one language only). */
  lang?: Lang;
  /** What the presenter should know before showing it (a deck made on another data version: figures that changed). */
  warnings?: string[];
  /**
   * What "Add to a briefing" copies: the chart the slide shows (an explainer
   * chart, or a story step's own, which draws the step's rows), its rows and
   * series, and its words as a deck's, figures as slots of that chart.
   */
  source?: {chart: string; rows?: string[]; reveal?: MarkSeries[]; text?: DeckText};
}

export interface StoryModel {
  id: string;
  title: string;
  /** The handout's cover: what the story is part of, its news in one sentence (when the story gives one), where it lives online (null when the build was not told the site's address), which data it shows. */
  cover: {subtitle: string; bottomLine?: SlidePiece[]; url: string | null; data: string};
  steps: StepModel[];
}
