/** Story mode, loaded when a story is opened: drawn from the story's part. */
import {html} from "lit";
import "../components/bj-story.ts";
// Its chart keeps its space until drawn: the layout that says how much comes with the view (src/app/chart-drawing.ts).
import "../charts/chart-heights.ts";
import {whenReady} from "../components/part-state.ts";
import {briefingMessages} from "../i18n/briefing.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {clampStep} from "../model/story-keys.ts";
import {PAGE_FILES} from "../model/page-parts.ts";
import {hrefFor} from "../model/url-state.ts";
import type {Lang} from "../i18n/locale.ts";
import type {StoryModel} from "../model/story-steps.ts";
import type {ViewContext} from "./view-context.ts";

// The speaker window's channel comes with story mode: the first view does not carry it.
export {Presenting} from "./presenting.ts";

/** The presentation the state shows (a story's id, with its number of steps), or null. */
export function presentation({state, index}: Pick<ViewContext, "state" | "index">): {id: string; total: number} | null {
  const story = index.stories.find((s) => s.id === state.story);
  return story ? {id: story.id, total: story.steps} : null;
}

/** How many steps the story in the state has (0 when there is no such story). */
export function stepsOf(context: Pick<ViewContext, "state" | "index">): number {
  return presentation(context)?.total ?? 0;
}

export interface StoryElementOptions {
  lang: Lang;
  step: number;
  notes: boolean;
  back: string;
  /** The room's screen is blank. */
  blank?: boolean;
  /** In a frame on another page: the slide sizes to its content, not to the frame. */
  embedded?: boolean;
}

/** A story at a step: in the page, or embedded (where `back` leads to the explainer, and the slide sizes to its content, not to the frame). */
export function storyElement(story: StoryModel, {lang, step, notes, back, blank = false, embedded = false}: StoryElementOptions) {
  return html`<bj-story .model=${story} .step=${clampStep(step, story.steps.length)} .lang=${lang} .notes=${notes} .backHref=${back} .blank=${blank} ?embedded=${embedded}></bj-story>`;
}

/** A presentation's window title: the room's names the story and step, the speaker's says it is the speaker's (so the right one is shared in a call). */
export function presentationTitle(story: StoryModel, {lang, step, notes}: Pick<StoryElementOptions, "lang" | "step" | "notes">): string {
  const s = briefingMessages(lang).speaker;
  const total = story.steps.length;
  return notes ? interpolate(s.windowTitle, {title: story.title}) : interpolate(s.roomTitle, {title: story.title, step: clampStep(step, total), total});
}

export function title({state, parts}: ViewContext): string | undefined {
  const part = state.story ? parts.peek("story", PAGE_FILES.story(state.lang, state.story)) : undefined;
  return part ? presentationTitle(part.story, state) : undefined;
}

export function render({state, parts}: ViewContext, {blank = false, embedded = false}: {blank?: boolean; embedded?: boolean} = {}) {
  const {lang} = state;
  const id = state.story!;
  const back = hrefFor(state, {story: null, step: 1, notes: false});
  return whenReady(parts.story(lang, id), lang, () => parts.story(lang, id, {retry: true}), ({story}) => storyElement(story, {lang, step: state.step, notes: state.notes, back, blank, embedded}));
}
