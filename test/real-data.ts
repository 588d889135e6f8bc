import {readFileSync} from "node:fs";
import {buildDataset, type BuiltDataset} from "../src/build/build-dataset.ts";
import {readContent} from "../src/build/content/read-content.ts";
import {readCuration} from "../src/build/read-curation.ts";
import {datasetFrom, type Dataset} from "../src/model/dataset.ts";
import {pageData, type PageData} from "../src/model/page-data.ts";
import type {Observation} from "../src/schema/dataset.ts";

let cached: {dataset: Dataset; data: PageData} | undefined;
let built: BuiltDataset | undefined;

/** The build's own result for data/ and content/ as they stand: its published tables and the extracted sources. */
export function realBuild(): BuiltDataset & {tables: NonNullable<BuiltDataset["tables"]>} {
  const root = new URL("..", import.meta.url).pathname;
  built ??= buildDataset(readCuration(`${root}data`), readContent(`${root}content`));
  if (!built.tables) throw new Error(`the curated data has ${built.errors.length} errors; run npm run data`);
  return built as BuiltDataset & {tables: NonNullable<BuiltDataset["tables"]>};
}

/**
 * The real dataset, built from data/ and content/ in the test itself by the
 * build's own stages, so tests need no build and always see the curation as
 * it stands: the published tables as rows, and the page data.
 */
export function realData(): {dataset: Dataset; data: PageData} {
  if (cached) return cached;
  const root = new URL("..", import.meta.url).pathname;
  const built = realBuild();
  const texts = new Map(built.extracted.sources.map((s) => [s.record.id, s.text]));
  const dataset = datasetFrom({...built.tables, content: readContent(`${root}content`)}, built.tables.sources.map((s) => texts.get(s.id)!));
  cached = {dataset, data: pageData(dataset)};
  return cached;
}

/** One figure of the real data: the city's (or a district's) figure of an indicator in a series; targets are the plan's unless a district's. */
export function observation(observations: readonly Observation[], indicator: string, series: string, scope = "beijing"): Observation {
  const found = observations.find((o) => o.indicator_id === indicator && o.series === series && o.scope === scope && (series !== "target" || o.year === 2025 || scope !== "beijing"));
  if (!found) throw new Error(`no ${series} of ${indicator}`);
  return found;
}

export const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
