import type {DataManifest, ManifestEntry} from "../schema/data-manifest.ts";
import {DataFileError, type DataProblem} from "./data-file-error.ts";

/**
 * Checking a loaded file against the data manifest the build wrote
 * (src/build/manifest.ts): its size and SHA-256 must be the ones published.
 * A file that differs (cut short, half its rows, CRLF line ends, a copy
 * cached from another version) is named, never used.
 */

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** SHA-256 as hex: the browser's SubtleCrypto, or plain JavaScript where it has none (a page served over http from another machine). */
export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return hex(await subtle.digest("SHA-256", bytes));
  return (await import("../formats/sha256.ts")).sha256Hex(bytes);
}

/** What is wrong with a file's bytes against its manifest entry, or null when they are the ones published. */
export async function manifestProblem(bytes: Uint8Array<ArrayBuffer>, entry: ManifestEntry | undefined): Promise<DataProblem | null> {
  // A file the manifest does not list is not one this version published either.
  return !entry || bytes.length !== entry.bytes || (await sha256(bytes)) !== entry.sha256 ? {code: "mismatch"} : null;
}

/** A manifest as read from its file: a version and an entry per file, or a DataFileError naming the file. */
export function readManifest(file: string, value: unknown): DataManifest {
  const v = value as Partial<DataManifest> | null;
  if (!v || typeof v !== "object" || typeof v.version !== "string" || !v.files || typeof v.files !== "object") throw new DataFileError(file, {code: "not-an-object", record: 1});
  for (const [path, entry] of Object.entries(v.files)) {
    if (!entry || !Number.isInteger(entry.bytes) || typeof entry.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(entry.sha256)) throw new DataFileError(file, {code: "field", record: 1, field: path, type: "{bytes, sha256}"});
  }
  return v as DataManifest;
}
