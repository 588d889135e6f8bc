import {readFileSync} from "node:fs";
import type {StoryModel} from "../../../src/model/story-steps.ts";
import {DIST} from "../built-site.ts";

/** The story the build published (dist/data/page/<lang>/stories/plan.json): real titles, notes and charts, for an element mounted alone. */
export function publishedStory(lang: "zh" | "en", id = "plan"): StoryModel {
  return JSON.parse(readFileSync(new URL(`data/page/${lang}/stories/${id}.json`, DIST), "utf8")).story;
}
