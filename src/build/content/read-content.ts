import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {ChapterContent, Content, ExplainerContent, StoryContent, TrackerContent} from "../../schema/content.ts";

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function readFolder<T extends {id: string}>(folder: string): Map<string, T> {
  const files = readdirSync(folder).filter((f) => f.endsWith(".json")).sort();
  return new Map(files.map((f) => {
    const item = readJson<T>(join(folder, f));
    if (`${item.id}.json` !== f) throw new Error(`${join(folder, f)} holds "${item.id}"; a content file is named after its id`);
    return [item.id, item];
  }));
}

/**
 * Reads content/: explainer.json (the order of chapters and stories, and the
 * explainer's own prose), tracker.json (the first screen and the tracker),
 * chapters/<id>.json and stories/<id>.json. Every
 * chapter and story file must be listed, and every listed one must exist.
 */
export function readContent(dir: string): Content {
  const explainer = readJson<ExplainerContent>(join(dir, "explainer.json"));
  const chapters = readFolder<ChapterContent>(join(dir, "chapters"));
  const stories = readFolder<StoryContent>(join(dir, "stories"));
  const ordered = <T>(ids: string[], files: Map<string, T>, kind: string): T[] => {
    for (const id of files.keys()) if (!ids.includes(id)) throw new Error(`content/${kind}/${id}.json is not listed in content/explainer.json's "${kind}"`);
    return ids.map((id) => {
      const item = files.get(id);
      if (!item) throw new Error(`content/explainer.json lists ${kind} "${id}", but content/${kind}/${id}.json does not exist`);
      return item;
    });
  };
  return {explainer, tracker: readJson<TrackerContent>(join(dir, "tracker.json")), chapters: ordered(explainer.chapters, chapters, "chapters"), stories: ordered(explainer.stories, stories, "stories")};
}
