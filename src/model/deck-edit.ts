import type {Lang} from "../i18n/locale.ts";
import type {ChartWithTable} from "./chart-rows.ts";
import {DECK_LIMITS, type Deck, type DeckFigure, type DeckSlide, type DeckText} from "./deck-schema.ts";
import {figureKey} from "./deck-text.ts";

/**
 * Every change a presenter makes to a deck, as a function from a deck to a
 * new one (the deck passed in is never changed): the editor calls these and
 * puts the result in the page's address.
 */

const EMPTY: DeckText = {title: "", caption: "", notes: ""};

/** The figures a slide draws, as they are now: stored, so a later data version can say what changed. */
export function figuresOf(chart: ChartWithTable, slide: Pick<DeckSlide, "rows" | "reveal">): Record<string, DeckFigure> {
  const shown = new Set(slide.reveal ?? chart.legend.map((l) => l.series));
  const rows = chart.rows.filter((r) => !slide.rows || slide.rows.includes(r.key));
  return Object.fromEntries(rows.flatMap((r) => r.marks.filter((m) => shown.has(m.series)).map((m) => [figureKey(r.key, m.series), [m.id, m.value] as DeckFigure])));
}

const withSlides = (deck: Deck, slides: DeckSlide[]): Deck => ({...deck, slides});

/** A slide of a chart, all its rows and series, its figures as they are; after `at` (default: at the end). */
export function addChartSlide(deck: Deck, chart: ChartWithTable, at = deck.slides.length): Deck {
  if (deck.slides.length >= DECK_LIMITS.slides) return deck;
  const slide: DeckSlide = {chart: chart.id, text: {}, figures: figuresOf(chart, {})};
  return withSlides(deck, [...deck.slides.slice(0, at), slide, ...deck.slides.slice(at)]);
}

/**
 * A slide copied from a shown slide ("Add to a briefing"), on the end: its
 * chart with the rows (those the chart has) and series it showed, and its
 * words, in their language, cut to what a deck holds.
 */
export function addCopiedSlide(deck: Deck, chart: ChartWithTable, copy: Pick<DeckSlide, "rows" | "reveal"> & {text?: DeckText & {lang: Lang}}): Deck {
  let next = addChartSlide(deck, chart);
  if (next === deck) return deck;
  const at = next.slides.length - 1;
  if (copy.rows || copy.reveal) next = setSlideView(next, at, chart, {rows: copy.rows?.filter((r) => chart.rows.some((c) => c.key === r)), reveal: copy.reveal});
  const text = copy.text;
  if (text) for (const field of ["title", "caption", "notes"] as const) next = setSlideText(next, at, text.lang, field, text[field].slice(0, DECK_LIMITS[field]));
  return next;
}

/** A slide of text (an opening, a close). */
export function addTextSlide(deck: Deck, at = deck.slides.length): Deck {
  if (deck.slides.length >= DECK_LIMITS.slides) return deck;
  return withSlides(deck, [...deck.slides.slice(0, at), {chart: null, text: {}}, ...deck.slides.slice(at)]);
}

export function removeSlide(deck: Deck, index: number): Deck {
  return withSlides(deck, deck.slides.filter((_, i) => i !== index));
}

/** The slide at `from` moved to `to` (both from 0; out of range does nothing). */
export function moveSlide(deck: Deck, from: number, to: number): Deck {
  if (from === to || from < 0 || to < 0 || from >= deck.slides.length || to >= deck.slides.length) return deck;
  const slides = [...deck.slides];
  const [slide] = slides.splice(from, 1);
  slides.splice(to, 0, slide);
  return withSlides(deck, slides);
}

/** One field of a slide's text in one language. */
export function setSlideText(deck: Deck, index: number, lang: Lang, field: keyof DeckText, value: string): Deck {
  return withSlides(deck, deck.slides.map((s, i) => (i === index ? {...s, text: {...s.text, [lang]: {...EMPTY, ...s.text[lang], [field]: value}}} : s)));
}

export function setDeckTitle(deck: Deck, lang: Lang, value: string): Deck {
  return {...deck, title: {...deck.title, [lang]: value}};
}

/**
 * The rows or series a chart slide shows (undefined: all of them). Its
 * figures are taken again, as the slide now draws them; never none: a slide
 * keeps at least one row and one series.
 */
export function setSlideView(deck: Deck, index: number, chart: ChartWithTable, view: Pick<DeckSlide, "rows" | "reveal">): Deck {
  const all = {rows: chart.rows.map((r) => r.key), reveal: chart.legend.map((l) => l.series)};
  const norm = <T>(chosen: T[] | undefined, every: T[]) => (!chosen || chosen.length === every.length ? undefined : chosen.length ? every.filter((x) => chosen.includes(x)) : [every[0]]);
  return withSlides(deck, deck.slides.map((s, i) => {
    if (i !== index) return s;
    const next: DeckSlide = {chart: s.chart, text: s.text};
    const rows = norm("rows" in view ? view.rows : s.rows, all.rows);
    const reveal = norm("reveal" in view ? view.reveal : s.reveal, all.reveal);
    if (rows) next.rows = rows;
    if (reveal) next.reveal = reveal;
    next.figures = figuresOf(chart, next);
    return next;
  }));
}

/** The deck made on this data version: every chart slide's figures taken again (the presenter has checked what changed). */
export function acceptFigures(deck: Deck, charts: ReadonlyMap<string, ChartWithTable>, data: string | null): Deck {
  return {...deck, data, slides: deck.slides.map((s) => {
    const chart = s.chart === null ? undefined : charts.get(s.chart);
    return chart ? {...s, figures: figuresOf(chart, s)} : s;
  })};
}
