/** A presenter's deck: the editor (`view=deck`), or the deck presented (`present=1`) by story mode's own elements. */
import {html, nothing, type TemplateResult} from "lit";
import "../components/bj-deck-editor.ts";
import {whenReady} from "../components/part-state.ts";
import type {Part} from "../app/parts.ts";
import {briefingMessages} from "../i18n/briefing.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {decodeDeck, deckKey, encodeDeck} from "../model/deck-codec.ts";
import {addCopiedSlide} from "../model/deck-edit.ts";
import {emptyDeck, type Deck} from "../model/deck-schema.ts";
import type {BjEventMap} from "../app/events.ts";
import {deckStory} from "../model/deck-story.ts";
import type {DeckResult} from "../model/deck-validate.ts";
import {deckProblem} from "../model/deck-problem.ts";
import {PAGE_FILES} from "../model/page-parts.ts";
import {storyOfChart} from "../model/story-model.ts";
import type {StoryModel} from "../model/story-steps.ts";
import {hrefFor, type UrlState} from "../model/url-state.ts";
import type {ViewContext} from "./view-context.ts";
import {presentationTitle, storyElement} from "./story-view.ts";

export {Presenting} from "./presenting.ts";

// One decoded deck per payload: a render reads the same address many times.
let last: {payload: string | null; result: DeckResult} | undefined;

/** The deck the address holds (an empty one when it holds none), or why it cannot be opened. */
export function deckIn(state: Pick<UrlState, "deck">, data: string | null = null): DeckResult {
  if (last?.payload !== state.deck) last = {payload: state.deck, result: state.deck ? decodeDeck(state.deck) : {ok: true, deck: emptyDeck(data)}};
  return last.result;
}

/** A chart a deck may show, as a part: an explainer chart, or a story step's (a slide copied from a story), which comes with its story; null when the story has no such step. */
function chartPart({parts, state}: ViewContext, id: string, story: string | undefined, retry: boolean): Part<ChartWithTable | null> {
  if (story === undefined) return ready(parts.chart(state.lang, id, {retry}), (p) => p.chart);
  return ready(parts.story(state.lang, story, {retry}), (p) => p.story.steps.find((s) => s.chart?.id === id)?.chart ?? null);
}

const ready = <T, U>(part: Part<T>, value: (t: T) => U): Part<U> => (part.status === "ready" ? {status: "ready", value: value(part.value)} : part);

/** The charts a deck shows that this language's index lists, as parts (a chart the index does not list is never asked for). */
function chartParts(context: ViewContext, deck: Deck, retry = false): Map<string, Part<ChartWithTable | null>> {
  const known = new Set(context.index.charts.map((c) => c.id));
  const ids = [...new Set(deck.slides.map((s) => s.chart).filter((id): id is string => id !== null))];
  return new Map(ids.flatMap((id) => {
    const story = known.has(id) ? undefined : storyOfChart(context.index.stories, id);
    return known.has(id) || story ? [[id, chartPart(context, id, story, retry)] as const] : [];
  }));
}

const loaded = (parts: Map<string, Part<ChartWithTable | null>>) => new Map([...parts].flatMap(([id, p]) => (p.status === "ready" && p.value ? [[id, p.value] as const] : [])));

/** The deck as the story elements draw it, in the page's language. */
function storyOf({state, index}: ViewContext, deck: Deck, charts: ReadonlyMap<string, ChartWithTable>): StoryModel {
  const m = messagesFor(state.lang);
  return deckStory(deck, {
    id: deckKey(state.deck ?? ""),
    lang: state.lang,
    messages: m,
    charts,
    // The explainer's own line, year filled by the site step: the cover says how recent the figures are, as the story's handout does.
    data: {version: index.release?.version ?? null, line: index.dataLine},
    homepage: index.site.url
  });
}

export function presentation({state}: Pick<ViewContext, "state" | "index">): {id: string; total: number} | null {
  const read = deckIn(state);
  return state.present && state.deck && read.ok ? {id: deckKey(state.deck), total: read.deck.slides.length} : null;
}

export function title(context: ViewContext): string | undefined {
  const read = deckIn(context.state);
  if (!read.ok) return undefined;
  if (!context.state.present) return `${briefingMessages(context.state.lang).deck.heading} · ${messagesFor(context.state.lang).title}`;
  return presentationTitle(storyOf(context, read.deck, new Map()), context.state);
}

/** A deck that cannot be opened: why, and the ways on (a new deck, the explainer); nothing of the deck is shown or fetched. */
function refused(context: ViewContext, read: Extract<DeckResult, {ok: false}>): TemplateResult {
  const {state} = context;
  const d = briefingMessages(state.lang).deck;
  return html`<main class="page deck-refused"><h1>${d.heading}</h1>
    <p class="notice" role="alert">${deckProblem(read.problem, state.lang)}</p>
    <p><a href=${hrefFor(state, {view: "deck", deck: null, present: false, step: 1, notes: false})}>${d.clear}</a> · <a href=${hrefFor(state, {view: "explainer", deck: null, present: false})}>${messagesFor(state.lang).embed.openExplainer}</a></p></main>`;
}

export function render(context: ViewContext, {blank = false}: {blank?: boolean} = {}): TemplateResult {
  const {state, index} = context;
  const read = deckIn(state, index.release?.version ?? null);
  if (!read.ok) return refused(context, read);
  const deck = read.deck;
  const parts = chartParts(context, deck);
  if (state.present) {
    if (!deck.slides.length) return html`<p class="page notice" role="alert">${briefingMessages(state.lang).warnings.noSlides}</p>`;
    const failed = [...parts.values()].find((p) => p.status === "failed");
    const waiting = [...parts.values()].some((p) => p.status === "loading");
    const all: Part<null> = failed ? {status: "failed", error: (failed as {error: unknown}).error} : waiting ? {status: "loading"} : {status: "ready", value: null};
    const back = hrefFor(state, {present: false, step: 1, notes: false});
    return whenReady(all, state.lang, () => chartParts(context, deck, true), () => storyElement(storyOf(context, deck, loaded(parts)), {lang: state.lang, step: state.step, notes: state.notes, back, blank}));
  }
  const charts = loaded(parts);
  return html`<bj-deck-editor .deck=${deck} .link=${new URL(hrefFor(state, {}), location.href).href} .charts=${charts} .story=${storyOf(context, deck, charts)} .available=${index.charts} .lang=${state.lang}
    .version=${index.release?.version ?? null} .payload=${state.deck ?? ""}
    .presentHref=${hrefFor(state, {present: true, step: 1, notes: false})} .explainerHref=${hrefFor(state, {view: "explainer"})}></bj-deck-editor>`;
}

/** What an "Add to a briefing" asks for: a chart, and from a story's step its rows, series and words. */
export type AddRequest = BjEventMap["add-to-deck"]["detail"];

/**
 * The state after adding a chart to the deck in the address (a new deck when
 * there is none, or it cannot be read): the editor, on the new slide.
 * The chart's part is loaded first, so the slide keeps its figures as they are now.
 */
export async function addToDeck(context: ViewContext, add: AddRequest): Promise<UrlState> {
  const {state, parts, index} = context;
  const story = storyOfChart(index.stories, add.chart);
  const chart = story === undefined ? (await parts.ready("chart", PAGE_FILES.chart(state.lang, add.chart))).chart
    : (await parts.ready("story", PAGE_FILES.story(state.lang, story))).story.steps.find((s) => s.chart?.id === add.chart)?.chart;
  if (!chart) throw new Error(`no chart ${add.chart}`);
  const read = deckIn(state, index.release?.version ?? null);
  const deck = addCopiedSlide(read.ok ? read.deck : emptyDeck(index.release?.version ?? null), chart, add);
  return {...state, view: "deck", deck: encodeDeck(deck), present: false, step: 1, notes: false, story: null};
}

/** On the explainer, while a deck is being made: how many slides it has, and the way back to it. */
export function inProgress(state: UrlState): TemplateResult | typeof nothing {
  const read = deckIn(state);
  if (!state.deck || !read.ok) return nothing;
  const d = briefingMessages(state.lang).deck;
  return html`<aside class="page deck-progress" aria-label=${d.heading}><p role="status">${interpolate(d.inProgress, {n: read.deck.slides.length})} · <a href=${hrefFor(state, {view: "deck"})}>${d.back}</a></p></aside>`;
}
