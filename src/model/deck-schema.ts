import {LANGS, type Lang} from "../i18n/locale.ts";
import type {MarkSeries} from "./chart-model.ts";

/**
 * A briefing a presenter makes: a deck of slides, each an explainer chart (or
 * some of its rows, with some of its series revealed) or a slide of text (an
 * opening, a close), with a title, caption and notes in either or both
 * languages. It is data, never markup: the page renders it through the same
 * slide, speaker-view and handout components as the built-in story, and keeps
 * it in the page's address and in a small JSON file (deck-codec.ts). Opening
 * one checks it (deck-validate.ts); figures go into its text only as slots
 * (deck-text.ts), and the deck stores what they were when it was made, so a
 * later data version flags what changed (deck-story.ts).
 *
 * Version 2, the file as written (version 1 is the same file with titles of
 * at most 160 characters: it is read as it is, and written as version 2):
 *   {"format": "bj-edu-briefing", "version": 2, "data": "0.3.0",
 *    "title": {"zh": "…", "en": "…"},
 *    "slides": [{"chart": "school-places", "rows": ["school-places-added"], "reveal": ["pace", "actual"],
 *                "text": {"en": {"title": "…", "caption": "… {school-places-added:actual} …", "notes": "…"}},
 *                "figures": {"school-places-added:actual": ["summary-2022/school-places-added", 36000]}},
 *               {"chart": null, "text": {"zh": {"title": "…", "caption": "…", "notes": ""}}}]}
 */

export const DECK_FORMAT = "bj-edu-briefing";
// 2: a title may hold 200 characters (a copied story title's slots). A page that reads only version 1 then says the
// deck is newer, rather than that its title is too long.
// Each earlier version is a subset of the current one, so this page reads every version from 1 to it.
export const DECK_VERSION = 2;

/** A slide's words in one language. Figures are slots: `{row:series}` and `{row:series:year}` (deck-text.ts). */
export interface DeckText {
  title: string;
  caption: string;
  notes: string;
}

/** A figure as the slide showed it when the deck was made: its observation and its value in the base unit. */
export type DeckFigure = [id: string, value: number];

export interface DeckSlide {
  /** The explainer chart the slide shows, or null for a slide of text. */
  chart: string | null;
  /** The chart's rows the slide draws, by key; absent, all of them. */
  rows?: string[];
  /** The series revealed; absent, every series the chart draws. */
  reveal?: MarkSeries[];
  text: Partial<Record<Lang, DeckText>>;
  /** Every figure the slide draws, by `row:series`, as it was when the deck was made. */
  figures?: Record<string, DeckFigure>;
}

export interface Deck {
  format: typeof DECK_FORMAT;
  version: typeof DECK_VERSION;
  /** The data version the deck was made with (the release's), or null when the page knew none. */
  data: string | null;
  title: Partial<Record<Lang, string>>;
  slides: DeckSlide[];
}

/** What a deck may hold: enough for an hour's briefing, small enough for a link. */
export const DECK_LIMITS = {
  slides: 40,
  rows: 20,
  // Counted on the template: a copied story title keeps its figures as slots ({preschool-enrolment-rate:actual}),
  // longer than the "90%" they print. 200 holds a title of two verdicts, each with its figure (test/model/deck-copy.test.ts).
  // It was 160 in version 1.
  title: 200,
  caption: 600,
  notes: 3000,
  /** A file opened: bytes. */
  file: 256 * 1024,
  /** A link's payload: characters. */
  payload: 24000,
  /** A payload unpacked: bytes (a small link must not unpack to a large deck). */
  unpacked: 256 * 1024
} as const;

/** The series a slide may reveal, in the order charts draw them. */
export const DECK_SERIES: readonly MarkSeries[] = ["baseline", "actual", "annual", "pace", "target", "district"];

export function emptyDeck(data: string | null): Deck {
  return {format: DECK_FORMAT, version: DECK_VERSION, data, title: {}, slides: []};
}

/** The page's language first, then the site's others in their order: where a deck's words are looked for. */
function inOrder(lang: Lang): Lang[] {
  return [lang, ...LANGS.filter((l) => l !== lang)];
}

/** A slide's text in a language, or in another one when it has none there (with the language it is in). */
export function slideText(slide: DeckSlide, lang: Lang): {text: DeckText; lang: Lang} | null {
  for (const l of inOrder(lang)) {
    const text = slide.text[l];
    if (text && (text.title || text.caption || text.notes)) return {text, lang: l};
  }
  return null;
}

/** A deck's title in a language, or in another one when it has none there ("" when it has none). */
export function deckTitle(deck: Pick<Deck, "title">, lang: Lang): string {
  return inOrder(lang).map((l) => deck.title[l]).find(Boolean) ?? "";
}
