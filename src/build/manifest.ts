/**
 * The data manifests: every published file under `data/` with its size,
 * SHA-256 and, for a table, its number of rows. `manifest.json` lists every
 * file (the folder manifests included); each folder below has a manifest of
 * its own files, so a page verifies what it loads against a small file
 * (src/model/load-file.ts). A later build step that writes files of its own
 * into `data/` calls `addToManifest` with their paths. Node only.
 */
import {createHash} from "node:crypto";
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {MANIFEST_NAME, manifestPathFor, type DataManifest, type ManifestEntry} from "../schema/data-manifest.ts";

/** The records of a CSV file, its header not counted (RFC 4180: a quoted field may hold line breaks). */
export function csvRows(text: string): number {
  let records = 0;
  let quoted = false;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) {
      if (c === "\r" && text[i + 1] === "\n") i++;
      if (any) records++;
      any = false;
      continue;
    }
    any = true;
  }
  return Math.max(0, records + (any ? 1 : 0) - 1);
}

/** A table's number of rows: a JSON array's length, a CSV file's records; undefined for anything else. */
export function rowsOf(path: string, bytes: Uint8Array): number | undefined {
  if (path.endsWith(".csv")) return csvRows(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
  if (!path.endsWith(".json")) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return Array.isArray(value) ? value.length : undefined;
  } catch {
    return undefined;
  }
}

export function manifestEntry(path: string, bytes: Uint8Array): ManifestEntry {
  const rows = rowsOf(path, bytes);
  return {bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), ...(rows === undefined ? {} : {rows})};
}

const isManifest = (path: string) => path === MANIFEST_NAME || path.endsWith(`/${MANIFEST_NAME}`);
const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;
const sorted = (files: Record<string, ManifestEntry>) => Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The manifest files for a set of entries (manifests among them are left
 * out and made again): a manifest per folder below the top, then the top one,
 * which lists every file and every folder manifest. Paths to file text.
 */
export function manifestFiles(version: string, entries: Readonly<Record<string, ManifestEntry>>): Record<string, string> {
  const files = Object.fromEntries(Object.entries(entries).filter(([path]) => !isManifest(path)));
  const folders = new Map<string, Record<string, ManifestEntry>>();
  for (const [path, entry] of Object.entries(files)) {
    const manifest = manifestPathFor(path);
    if (manifest === MANIFEST_NAME) continue;
    folders.set(manifest, {...folders.get(manifest), [path]: entry});
  }
  const out: Record<string, string> = {};
  const all: Record<string, ManifestEntry> = {...files};
  for (const [path, own] of folders) {
    out[path] = json({version, files: sorted(own)} satisfies DataManifest);
    all[path] = manifestEntry(path, Buffer.from(out[path]));
  }
  out[MANIFEST_NAME] = json({version, files: sorted(all)} satisfies DataManifest);
  return out;
}

/** Writes the manifests of `dir` for these entries. */
export function writeManifests(dir: string, version: string, entries: Readonly<Record<string, ManifestEntry>>): string[] {
  const files = manifestFiles(version, entries);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return Object.keys(files);
}

/**
 * Adds files a later build step wrote into `dir` (a published `data/` folder)
 * to its manifests, or updates their entries: read from disk, by path under `dir`.
 */
export function addToManifest(dir: string, paths: readonly string[]): void {
  const top = join(dir, MANIFEST_NAME);
  if (!existsSync(top)) throw new Error(`${top} is missing: run \`npm run data\` first`);
  const manifest = JSON.parse(readFileSync(top, "utf8")) as DataManifest;
  const entries = {...manifest.files};
  for (const path of paths) entries[path] = manifestEntry(path, readFileSync(join(dir, path)));
  writeManifests(dir, manifest.version, entries);
}
