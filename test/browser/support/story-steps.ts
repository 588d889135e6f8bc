import {readFileSync} from "node:fs";

/** The ids of a story's steps, as published in dist/data/content.json. */
export function storySteps(id: string): string[] {
  const content = JSON.parse(readFileSync(new URL("../../../dist/data/content.json", import.meta.url), "utf8"));
  const story = content.stories.find((s: {id: string}) => s.id === id);
  if (!story) throw new Error(`no story ${id} in dist/data/content.json: run \`npm run build\` first`);
  return story.steps.map((s: {id: string}) => s.id);
}
