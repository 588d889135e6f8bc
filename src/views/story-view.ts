/** Story mode, loaded when a story is opened. */
import {html} from "lit";
import "../components/bj-story.ts";
import {clampStep} from "../model/story-keys.ts";
import {findStory, storyModel} from "../model/story-model.ts";
import {hrefFor} from "../model/url-state.ts";
import type {ViewContext} from "./view-context.ts";

// The speaker window's channel comes with story mode: the first view does not carry it.
export {PresenterChannel} from "../app/presenter-channel.ts";

/** How many steps the story in the state has (0 when there is no such story). */
export function stepsOf({state, model}: ViewContext): number {
  return findStory(model.data, state.story)?.steps.length ?? 0;
}

/** `embedded`: in embed.html, where the slide sizes to its content, not to the frame (bj-story). */
export function render({state, model}: ViewContext, {embedded = false}: {embedded?: boolean} = {}) {
  const story = findStory(model.data, state.story)!;
  const steps = storyModel(story, model.explainer, model.data);
  const back = hrefFor(state, {story: null, step: 1, notes: false});
  return html`<bj-story .model=${steps} .step=${clampStep(state.step, steps.steps.length)} .lang=${state.lang} .notes=${state.notes} .backHref=${back} ?embedded=${embedded}></bj-story>`;
}
