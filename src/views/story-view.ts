/** Story mode, loaded when a story is opened: drawn from the story's part. */
import {html} from "lit";
import "../components/bj-story.ts";
// Its chart keeps its space until drawn: the layout that says how much comes with the view (src/app/chart-drawing.ts).
import "../charts/chart-heights.ts";
import {whenReady} from "../components/part-state.ts";
import {clampStep} from "../model/story-keys.ts";
import {hrefFor} from "../model/url-state.ts";
import type {Lang} from "../i18n/locale.ts";
import type {StoryModel} from "../model/story-model.ts";
import type {ViewContext} from "./view-context.ts";

// The speaker window's channel comes with story mode: the first view does not carry it.
export {PresenterChannel} from "../app/presenter-channel.ts";

/** How many steps the story in the state has (0 when there is no such story). */
export function stepsOf({state, index}: Pick<ViewContext, "state" | "index">): number {
  return index.stories.find((s) => s.id === state.story)?.steps ?? 0;
}

/** A story at a step: in the page, or embedded (where `back` leads to the explainer, and the slide sizes to its content, not to the frame). */
export function storyElement(story: StoryModel, {lang, step, notes, back, embedded = false}: {lang: Lang; step: number; notes: boolean; back: string; embedded?: boolean}) {
  return html`<bj-story .model=${story} .step=${clampStep(step, story.steps.length)} .lang=${lang} .notes=${notes} .backHref=${back} ?embedded=${embedded}></bj-story>`;
}

export function render({state, parts}: ViewContext, {embedded = false}: {embedded?: boolean} = {}) {
  const {lang} = state;
  const id = state.story!;
  const back = hrefFor(state, {story: null, step: 1, notes: false});
  return whenReady(parts.story(lang, id), lang, () => parts.story(lang, id, {retry: true}), ({story}) => storyElement(story, {lang, step: state.step, notes: state.notes, back, embedded}));
}
