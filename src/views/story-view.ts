/** Story mode, loaded when a story is opened. */
import "../components/bj-story.ts";

export {findStory, storyModel} from "../model/story-model.ts";
export {clampStep} from "../model/story-keys.ts";
