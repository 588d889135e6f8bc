import {EMBEDDED_DATA_ID} from "../schema/embedded-data.ts";
import {manifestPathFor, type DataManifest} from "../schema/data-manifest.ts";
import {dataFolderOf} from "./url-state.ts";
import {anySignal, timeoutSignal} from "./abort-signals.ts";
import {DataFileError, type DataProblem} from "./data-file-error.ts";
// The checks load beside the first file, not with the page's first script (SubtleCrypto does the hashing).
const checks = () => import("./file-manifest.ts");

/**
 * Reading one built file under data/: fetched next to the page and checked
 * against the data manifest, or read from the data embedded in the page (the
 * offline single file, whose files come in the one HTML file and are not
 * checked: a part of a file cannot disagree with another part). Kept apart
 * from load-dataset.ts, so the first view can read its small parts without
 * the table layer (Arquero) that the whole dataset needs.
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

export interface LoadOptions {
  /** Where the built data files are served (default: `./data/` next to the page). */
  base?: string | URL;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** How long a file may take before the load fails with a timeout the reader can retry (default 15 s): a request that never answers must not wait forever. */
  timeoutMs?: number;
  /**
   * Check the file against the data manifest of its folder (default: true). Only for a file
   * outside `data/` (the embed scripts' manifest, embed.json), which no data manifest lists.
   */
  verify?: boolean;
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

/** Manifests by fetch function and address, each loaded once per page (again after a failure, or after a file disagreed with it). */
const loaded = new WeakMap<typeof globalThis.fetch, Map<string, Promise<DataManifest>>>();
/** Addresses to fetch past the browser's cache next time: a file that disagreed with its manifest, and that manifest. */
const suspect = new Set<string>();

/**
 * The one way a page fetches a built file: with a time limit, the reader's
 * abort, and the answer checked (status, an HTML page in place of the
 * file), then, under `data/`, its bytes checked against the data manifest
 * before anything uses them. Every failure is a DataFileError naming the file.
 */
async function fetchBytes(file: string, url: URL, {fetch = globalThis.fetch, signal, timeoutMs = 15_000}: LoadOptions): Promise<Uint8Array<ArrayBuffer>> {
  const timeout = timeoutSignal(timeoutMs);
  const both = signal ? anySignal([signal, timeout]) : timeout;
  // The reader's own abort (leaving the view) stays an abort; the clock running out is a problem to show.
  const failed = (error: unknown, problem: DataProblem) => {
    if (timeout.aborted && !signal?.aborted) return new DataFileError(file, {code: "timeout", seconds: Math.ceil(timeoutMs / 1000)});
    if ((error as Error)?.name === "AbortError") return error;
    return new DataFileError(file, problem);
  };
  const reload = suspect.delete(url.href);
  let response: Response;
  try {
    response = await fetch(url, {signal: both, ...(reload ? {cache: "reload" as const} : {})});
  } catch (error) {
    throw failed(error, {code: "network"});
  }
  if (!response.ok) throw new DataFileError(file, {code: "status", status: response.status});
  // A server that answers a missing file with its index page (a single-page fallback) would otherwise
  // show up as "damaged JSON": say what it is.
  if (/text\/html/i.test(response.headers.get("content-type") ?? "")) throw new DataFileError(file, {code: "html"});
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw failed(error, {code: "network"});
  }
}

function parse(file: string, bytes: Uint8Array<ArrayBuffer>, as: "json" | "text"): unknown {
  // Bytes that are not UTF-8 decode to U+FFFD: such a file is not the one published, which the manifest says.
  const text = new TextDecoder().decode(bytes);
  if (as === "text") return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new DataFileError(file, {code: "json"});
  }
}

function manifestsOf(options: LoadOptions): Map<string, Promise<DataManifest>> {
  const fetch = options.fetch ?? globalThis.fetch;
  if (!loaded.has(fetch)) loaded.set(fetch, new Map());
  return loaded.get(fetch)!;
}

function manifestFor(file: string, base: URL, options: LoadOptions): Promise<DataManifest> {
  const path = manifestPathFor(file);
  const url = new URL(path, base);
  const manifests = manifestsOf(options);
  let loading = manifests.get(url.href);
  if (!loading) {
    loading = Promise.all([fetchBytes(path, url, options), checks()]).then(([bytes, {readManifest}]) => readManifest(path, parse(path, bytes, "json")));
    manifests.set(url.href, loading);
    loading.catch(() => manifests.delete(url.href));
  }
  return loading;
}

export async function fetchFile(file: string, options: LoadOptions, as: "json" | "text" | "bytes", embedded: Record<string, unknown> | null) {
  if (embedded && as !== "bytes") return fromEmbedded(embedded, file, as);
  const base = options.base !== undefined ? new URL(options.base) : dataFolderOf(document.baseURI);
  const url = new URL(file, base);
  const verify = options.verify !== false;
  const [bytes, manifest, check] = await Promise.all([fetchBytes(file, url, options), verify ? manifestFor(file, base, options) : null, verify ? checks() : null]);
  // A file that cannot be read says so (truncated JSON says "not valid JSON"); one that reads but is not the
  // one published says that. Either way nothing from it is used.
  const value = as === "bytes" ? bytes.buffer : parse(file, bytes, as);
  const problem = manifest && check && (await check.manifestProblem(bytes, manifest.files[file]));
  if (problem) {
    // Asked again (the reader's retry), both come from the server, not from a cache that may hold another version.
    const at = new URL(manifestPathFor(file), base).href;
    suspect.add(url.href).add(at);
    manifestsOf(options).delete(at);
    throw new DataFileError(file, problem);
  }
  return value;
}
