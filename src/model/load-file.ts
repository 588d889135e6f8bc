import {EMBEDDED_DATA_ID} from "../schema/embedded-data.ts";
import {dataFolderOf} from "./url-state.ts";
import {DataFileError, type DataProblem} from "./data-file-error.ts";

/**
 * Reading one built file under data/: fetched next to the page, or read from
 * the data embedded in the page (the offline single file). Kept apart from
 * load-dataset.ts, so the first view can read its small parts without the
 * table layer (Arquero) that the whole dataset needs.
 */
export {EMBEDDED_DATA_ID};

/** Fetches one more built file as text (the data package description, for downloads), or reads it from the page's embedded data. */
export async function loadText(file: string, options: LoadOptions = {}): Promise<string> {
  return (await fetchFile(file, options, "text", embeddedFiles(options))) as string;
}

/** Fetches one more built JSON file (a part of the explainer), or reads it from the page's embedded data; an object is expected. */
export async function loadJson<T extends object>(file: string, options: LoadOptions = {}): Promise<T> {
  const value = await fetchFile(file, options, "json", embeddedFiles(options));
  if (typeof value !== "object" || value === null) throw new DataFileError(file, {code: "not-an-object", record: 1});
  return value as T;
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
  return new Uint8Array((await fetchFile(file, options, "bytes", null)) as ArrayBuffer);
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
export function embeddedFiles({embedded}: LoadOptions): Record<string, unknown> | null {
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

export async function fetchFile(file: string, {base, fetch = globalThis.fetch, signal, timeoutMs = 15_000}: LoadOptions, as: "json" | "text" | "bytes", embedded: Record<string, unknown> | null) {
  if (embedded && as !== "bytes") return fromEmbedded(embedded, file, as);
  base ??= dataFolderOf(document.baseURI);
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
