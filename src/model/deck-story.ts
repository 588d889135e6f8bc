import {briefingMessages} from "../i18n/briefing.ts";
import {formatQuantity} from "../i18n/format-figure.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import type {ChartWithTable} from "./chart-rows.ts";
import {deckTitle, slideText, type Deck, type DeckSlide} from "./deck-schema.ts";
import {fillDeckText, plainText, slotFigures, type SlotFigure} from "./deck-text.ts";
import {slideChart} from "./slide-chart.ts";
import type {StepModel, StoryModel} from "./story-steps.ts";

export interface DeckStoryOptions {
  /** The deck's presentation id (deck-codec.ts deckKey). */
  id: string;
  lang: Lang;
  messages: Messages;
  /** The explainer's charts in this language, loaded, by id; a chart the index does not list is absent. */
  charts: ReadonlyMap<string, ChartWithTable>;
  /** The data version shown now and its byline ("Data version …, updated …"). */
  data: {version: string | null; line: string};
  /** The site's address, when the build was given one. */
  homepage?: string | null;
}

/** What changed in a slide's figures since the deck was made, in words: each figure gone or with another value. */
function changes(slide: DeckSlide, figures: ReadonlyMap<string, SlotFigure>, lang: Lang): string[] {
  const w = briefingMessages(lang).warnings;
  return Object.entries(slide.figures ?? {}).flatMap(([key, [id, value]]) => {
    const now = figures.get(key);
    const label = now?.label ?? key;
    if (!now) return [interpolate(w.gone, {label})];
    return now.id !== id || now.value !== value ? [interpolate(w.was, {label: `${label} ${now.text}`, old: formatQuantity(value, now.unit, lang)})] : [];
  });
}

/** One slide as a step: its chart cut to its rows and series, its words filled from that chart, and what the presenter should check. */
function deckStep(slide: DeckSlide, n: number, deck: Deck, {lang, messages, charts, data}: DeckStoryOptions): StepModel {
  const w = briefingMessages(lang).warnings;
  const words = slideText(slide, lang);
  const text = words?.text ?? {title: "", caption: "", notes: ""};
  const base = slide.chart === null ? undefined : charts.get(slide.chart);
  const warnings: string[] = [];
  if (slide.chart !== null && !base) warnings.push(interpolate(w.chartGone, {id: slide.chart}));
  const shownFigures = base ? slotFigures(slideChart(base, {id: base.id, title: base.title, description: "", messages, rows: slide.rows, reveal: slide.reveal})) : new Map<string, SlotFigure>();
  const fill = (t: string) => fillDeckText(t, shownFigures, w.missingFigure);
  const [title, caption, notes] = [fill(text.title), fill(text.caption), fill(text.notes)];
  const unknown = [...new Set([...title.unknown, ...caption.unknown, ...notes.unknown])];
  if (unknown.length && (base || slide.chart === null)) warnings.push(interpolate(w.unknownSlots, {slots: unknown.join(messages.punctuation.list)}));
  if (base) {
    const changed = changes(slide, shownFigures, lang);
    if (changed.length) warnings.push(interpolate(w.changed, {then: deck.data ?? "?", now: data.version ?? "?", figures: changed.join(messages.punctuation.items)}));
  }
  const heading = plainText(title.pieces) || (base?.title ?? "");
  const named = new Set(caption.pieces.flatMap((p) => (typeof p === "string" ? [] : [p.observation.observation_id])));
  return {
    number: n,
    title: heading,
    caption: caption.pieces,
    notes: plainText(notes.pieces),
    chart: base ? slideChart(base, {id: `deck-${n}-${base.id}`, title: heading, description: plainText(caption.pieces), messages, rows: slide.rows, reveal: slide.reveal, named}) : null,
    // Copied into another deck as written: its slots, not the figures they print now.
    ...(slide.chart !== null && base ? {source: {chart: slide.chart, ...(slide.rows ? {rows: slide.rows} : {}), ...(slide.reveal ? {reveal: slide.reveal} : {}), text}} : {}),
    ...(words && words.lang !== lang ? {lang: words.lang} : {}),
    ...(warnings.length ? {warnings} : {})
  };
}

/**
 * A presenter's deck as a story the slide, speaker-view and handout
 * components render, exactly like the built-in story: charts from this data
 * version, words from the deck, and for each slide what the presenter should
 * check first (a chart gone, figures changed since the deck was made, a slot
 * that names a figure the slide does not draw).
 */
export function deckStory(deck: Deck, options: DeckStoryOptions): StoryModel {
  const {lang, messages, data, homepage = null, id} = options;
  const title = deckTitle(deck, lang) || messages.title;
  return {
    id,
    title,
    cover: {subtitle: messages.title, url: homepage, data: data.line},
    steps: deck.slides.map((slide, i) => deckStep(slide, i + 1, deck, options))
  };
}
