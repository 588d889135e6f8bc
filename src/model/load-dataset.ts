import {EMBEDDED_DATA_ID} from "../schema/embedded-data.ts";
import type {Content} from "../schema/content.ts";
import type {Indicator, Observation, Relation, Source, TargetStatus} from "../schema/dataset.ts";
import {INDICATOR_FIELDS, OBSERVATION_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, STATUS_FIELDS, type Field} from "../schema/tables.ts";
import {tableFrom, type Table} from "./table.ts";
import {DataFileError, validateContent, validateRows, type DataProblem} from "./validate-data.ts";

export {EMBEDDED_DATA_ID};

/**
 * The published tables as the page holds them: Arquero tables, read only
 * through the methods proven to compile no code (src/model/table-rows.ts),
 * with the content and the cleaned source texts beside them.
 */
export interface Dataset {
  observations: Table;
  indicators: Table;
  relations: Table;
  sources: Table;
  status: Table;
  content: Content;
  /** Cleaned source texts by source id. */
  texts: Map<string, string>;
}

/** The files of the published tables, and the fields each must have. */
const TABLE_FILES = {
  observations: ["observations.json", OBSERVATION_FIELDS],
  indicators: ["indicators.json", INDICATOR_FIELDS],
  relations: ["relations.json", RELATION_FIELDS],
  sources: ["sources.json", SOURCE_FIELDS],
  status: ["status.json", STATUS_FIELDS]
} as const;

/** Fetches one more built file as text (the data package description, for downloads), or reads it from the page's embedded data. */
export async function loadText(file: string, options: LoadOptions = {}): Promise<string> {
  return (await get(file, options, "text", embeddedFiles(options))) as string;
}

/**
 * Fetches a built file as bytes (the version's archive, for downloads), or reads it from the
 * page's embedded data, where a binary file is held as `{"base64": "…"}` (text cannot carry it).
 */
export async function loadBytes(file: string, options: LoadOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const embedded = embeddedFiles(options);
  if (embedded) {
    const entry = Object.hasOwn(embedded, file) ? embedded[file] : undefined;
    if (typeof entry === "string") return new TextEncoder().encode(entry) as Uint8Array<ArrayBuffer>;
    const base64 = (entry as {base64?: unknown} | undefined)?.base64;
    if (typeof base64 !== "string") throw new DataFileError(file, {code: "status", status: 404});
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  }
  return new Uint8Array((await get(file, options, "bytes", null)) as ArrayBuffer);
}


export interface LoadOptions {
  /** Where the built data files are served (default: `./data/` next to the page). */
  base?: string | URL;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** How long a file may take before the load fails with a timeout the reader can retry (default 15 s): a request that never answers must not wait forever. */
  timeoutMs?: number;
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

async function get(file: string, {base, fetch = globalThis.fetch, signal, timeoutMs = 15_000}: LoadOptions, as: "json" | "text" | "bytes", embedded: Record<string, unknown> | null) {
  if (embedded && as !== "bytes") return fromEmbedded(embedded, file, as);
  base ??= new URL("data/", document.baseURI);
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  // The reader's own abort (leaving the view) stays an abort; the clock running out is a problem to show.
  const failed = (error: unknown, problem: DataProblem) => {
    if (timeout.aborted && !signal?.aborted) return new DataFileError(file, {code: "timeout", seconds: Math.ceil(timeoutMs / 1000)});
    if ((error as Error)?.name === "AbortError") return error;
    return new DataFileError(file, problem);
  };
  let response: Response;
  try {
    response = await fetch(new URL(file, base), {signal: both});
  } catch (error) {
    throw failed(error, {code: "network"});
  }
  if (!response.ok) throw new DataFileError(file, {code: "status", status: response.status});
  // A server that answers a missing file with its index page (a single-page fallback) would otherwise
  // show up as "damaged JSON": say what it is.
  if (/text\/html/i.test(response.headers.get("content-type") ?? "")) throw new DataFileError(file, {code: "html"});
  try {
    if (as === "bytes") return await response.arrayBuffer();
    return as === "text" ? await response.text() : await response.json();
  } catch (error) {
    throw failed(error, {code: "json"});
  }
}

/** Loads the built dataset (embedded in the page, or fetched) and checks its shape. Throws DataFileError naming the file at fault. */
export async function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const embedded = embeddedFiles(options);
  const table = <T>(file: string, fields: Readonly<Record<string, Field>>) => get(file, options, "json", embedded).then((v) => validateRows<T>(file, v, fields));
  const [observations, indicators, relations, sources, status, content] = await Promise.all([
    table<Observation>(...TABLE_FILES.observations),
    table<Indicator>(...TABLE_FILES.indicators),
    // A catalogue may declare no relations at all: an empty list is fine here.
    get(TABLE_FILES.relations[0], options, "json", embedded).then((v) => (Array.isArray(v) && v.length === 0 ? [] : validateRows<Relation>(TABLE_FILES.relations[0], v, RELATION_FIELDS))),
    table<Source>(...TABLE_FILES.sources),
    table<TargetStatus>(...TABLE_FILES.status),
    get("content.json", options, "json", embedded).then((v) => validateContent("content.json", v))
  ]);
  const texts = await Promise.all(sources.map((s) => get(s.text_path, options, "text", embedded) as Promise<string>));
  return datasetFrom({observations, indicators, relations, sources, status, content}, texts);
}

export interface DatasetRows {
  observations: Observation[];
  indicators: Indicator[];
  relations: Relation[];
  sources: Source[];
  status: TargetStatus[];
  content: Content;
}

/** The dataset from rows already read (in tests, from the build's own output). */
export function datasetFrom(rows: DatasetRows, texts: string[]): Dataset {
  const known = new Set(rows.indicators.map((i) => i.id));
  const unknown = rows.observations.find((o) => !known.has(o.indicator_id));
  if (unknown) throw new DataFileError("observations.json", {code: "unknown-indicator", indicator: unknown.indicator_id});
  return {
    observations: tableFrom(rows.observations),
    indicators: tableFrom(rows.indicators),
    relations: tableFrom(rows.relations),
    sources: tableFrom(rows.sources),
    status: tableFrom(rows.status),
    content: rows.content,
    texts: new Map(rows.sources.map((s, i) => [s.id, texts[i]]))
  };
}
