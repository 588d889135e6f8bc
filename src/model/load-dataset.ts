import {EMBEDDED_DATA_ID} from "../schema/embedded-data.ts";
import {tableFrom, type Table} from "./table.ts";
import type {Indicator, Observation, Source} from "../schema/dataset.ts";
import {DataFileError, INDICATOR_SHAPE, OBSERVATION_SHAPE, SOURCE_SHAPE, validateRows} from "./validate-data.ts";

export {EMBEDDED_DATA_ID};

export interface Dataset {
  /** One row per observation: the published columns plus provenance offsets. */
  observations: Table;
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
  /** Cleaned source texts by source id. */
  texts: Map<string, string>;
}

/** Fetches one more built file as text (the data package description, for downloads), or reads it from the page's embedded data. */
export async function loadText(file: string, options: LoadOptions = {}): Promise<string> {
  return (await get(file, options, "text", embeddedFiles(options))) as string;
}


export interface LoadOptions {
  /** Where the built data files are served (default: `./data/` next to the page). */
  base?: string | URL;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /**
   * The data files embedded in the page, as the JSON text of an object from file name to file
   * text. Default: the text of the page's `#bj-edu-data` element, if it has one. When there is
   * embedded data, nothing is fetched; `null` always fetches.
   */
  embedded?: string | null;
}

/** The embedded data files by name, or null when the page has none (then they are fetched). */
function embeddedFiles({embedded}: LoadOptions): Record<string, unknown> | null {
  const text = embedded !== undefined ? embedded : (globalThis.document?.getElementById(EMBEDDED_DATA_ID)?.textContent ?? null);
  if (text === null) return null;
  let files: unknown;
  try {
    files = JSON.parse(text);
  } catch {
    throw new DataFileError(`#${EMBEDDED_DATA_ID}`, {code: "json"});
  }
  if (typeof files !== "object" || files === null || Array.isArray(files)) throw new DataFileError(`#${EMBEDDED_DATA_ID}`, {code: "json"});
  return files as Record<string, unknown>;
}

/** One embedded file, as fetching it would give it. */
function fromEmbedded(files: Record<string, unknown>, file: string, as: "json" | "text") {
  const text = Object.hasOwn(files, file) ? files[file] : undefined;
  // A file the build did not embed: as a server would answer for a file it does not have.
  if (typeof text !== "string") throw new DataFileError(file, {code: "status", status: 404});
  if (as === "text") return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new DataFileError(file, {code: "json"});
  }
}

async function get(file: string, {base, fetch = globalThis.fetch, signal}: LoadOptions, as: "json" | "text", embedded: Record<string, unknown> | null) {
  if (embedded) return fromEmbedded(embedded, file, as);
  base ??= new URL("data/", document.baseURI);
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

/** Loads the built dataset (embedded in the page, or fetched) and checks its shape. Throws DataFileError naming the file at fault. */
export async function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const embedded = embeddedFiles(options);
  const [observations, indicators, sources] = await Promise.all([
    get("observations.json", options, "json", embedded).then((v) => validateRows<Observation>("observations.json", v, OBSERVATION_SHAPE)),
    get("catalogue.json", options, "json", embedded).then((v) => validateRows<Indicator>("catalogue.json", v, INDICATOR_SHAPE)),
    get("sources.json", options, "json", embedded).then((v) => validateRows<Source>("sources.json", v, SOURCE_SHAPE))
  ]);
  const texts = await Promise.all(sources.map((s) => get(s.text, options, "text", embedded) as Promise<string>));
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
