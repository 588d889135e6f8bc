/**
 * The data manifests (src/build/manifest.ts writes them; src/model/load-file.ts
 * checks every file it fetches against them): the one rule for which manifest
 * lists a file, and their shape. A module of its own, so the page's first
 * script carries nothing else of the published paths.
 */

/**
 * The data manifest that lists a published file: the manifest of its own
 * folder (`page/zh/manifest.json` for `page/zh/first-screen.json`;
 * `manifest.json`, which lists every file of the dataset, for a file at the
 * top of `data/`). A page verifies each file it loads against it, and loads
 * only the small manifest of the folder it reads from.
 */
export function manifestPathFor(file: string): string {
  return `${file.slice(0, file.lastIndexOf("/") + 1)}${MANIFEST_NAME}`;
}

export const MANIFEST_NAME = "manifest.json";

/** One file in a manifest: its size in bytes, its SHA-256 (hex), and for a table its number of rows. */
export interface ManifestEntry {
  bytes: number;
  sha256: string;
  rows?: number;
}

/** A data manifest: the dataset's version and its files by path under `data/`. */
export interface DataManifest {
  version: string;
  files: Record<string, ManifestEntry>;
}
