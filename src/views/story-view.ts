/** Story mode, loaded when a story is opened. */
import "../components/bj-story.ts";

export {findStory} from "../story/stories.ts";
export {storyModel} from "../story/story-model.ts";
export {clampStep} from "../story/story-keys.ts";
