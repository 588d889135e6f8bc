import {tableFrom, type Table} from "./table.ts";
import type {Indicator, Observation, Source} from "./types.ts";
import {DataFileError, INDICATOR_SHAPE, OBSERVATION_SHAPE, SOURCE_SHAPE, validateRows} from "./validate-data.ts";

export interface Dataset {
  /** One row per observation: the published columns plus provenance offsets. */
  observations: Table;
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
  /** Cleaned source texts by source id. */
  texts: Map<string, string>;
}

/** Fetches one more built file as text (the data package description, for downloads). */
export async function loadText(file: string, options: LoadOptions = {}): Promise<string> {
  return (await get(file, options, "text")) as string;
}

export interface LoadOptions {
  /** Where the built data files are served (default: `./data/` next to the page). */
  base?: string | URL;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
}

async function get(file: string, {base = new URL("data/", document.baseURI), fetch = globalThis.fetch, signal}: LoadOptions, as: "json" | "text") {
  let response: Response;
  try {
    response = await fetch(new URL(file, base), {signal});
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new DataFileError(file, {code: "network"});
  }
  if (!response.ok) throw new DataFileError(file, {code: "status", status: response.status});
  if (as === "text") return response.text();
  try {
    return await response.json();
  } catch {
    throw new DataFileError(file, {code: "json"});
  }
}

/** Loads the built dataset and checks its shape. Throws DataFileError naming the file at fault. */
export async function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const [observations, indicators, sources] = await Promise.all([
    get("observations.json", options, "json").then((v) => validateRows<Observation>("observations.json", v, OBSERVATION_SHAPE)),
    get("catalogue.json", options, "json").then((v) => validateRows<Indicator>("catalogue.json", v, INDICATOR_SHAPE)),
    get("sources.json", options, "json").then((v) => validateRows<Source>("sources.json", v, SOURCE_SHAPE))
  ]);
  const texts = await Promise.all(sources.map((s) => get(s.text, options, "text") as Promise<string>));
  return datasetFrom(observations, indicators, sources, texts);
}

export function datasetFrom(observations: Observation[], indicators: Indicator[], sources: Source[], texts: string[]): Dataset {
  const known = new Set(indicators.map((i) => i.id));
  const unknown = observations.find((o) => !known.has(o.indicator_id));
  if (unknown) throw new DataFileError("observations.json", {code: "unknown-indicator", indicator: unknown.indicator_id});
  return {
    observations: tableFrom(observations),
    indicators: new Map(indicators.map((i) => [i.id, i])),
    sources: new Map(sources.map((s) => [s.id, s])),
    texts: new Map(sources.map((s, i) => [s.id, texts[i]]))
  };
}
