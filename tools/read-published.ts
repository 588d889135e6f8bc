import {readdirSync, readFileSync} from "node:fs";
import {datasetFrom, type Dataset, type DatasetRows} from "../src/model/load-dataset.ts";
import type {Source} from "../src/schema/dataset.ts";

/** A published data folder (what `npm run data` writes) read in Node, as the page would load it. */
export function readPublished(dir: URL): Dataset {
  const read = (file: string) => readFileSync(new URL(file, dir), "utf8");
  const json = (file: string) => JSON.parse(read(file));
  const rows: DatasetRows = {
    observations: json("observations.json"),
    indicators: json("indicators.json"),
    relations: json("relations.json"),
    sources: json("sources.json"),
    status: json("status.json"),
    content: json("content.json")
  };
  return datasetFrom(rows, rows.sources.map((s: Source) => read(s.text_path)));
}

/** The files the page reads from data/, by name: the published tables' JSON, the content, the cleaned texts and the explainer's parts (page/). */
export function pageFiles(dir: URL): string[] {
  const sources: Source[] = JSON.parse(readFileSync(new URL("sources.json", dir), "utf8"));
  const parts = (readdirSync(new URL("page/", dir), {recursive: true}) as string[]).filter((f) => f.endsWith(".json")).map((f) => `page/${f.replace(/\\/g, "/")}`);
  return ["observations.json", "indicators.json", "relations.json", "sources.json", "status.json", "content.json", ...sources.map((s) => s.text_path), ...parts.sort()];
}
