/** The published data files as a test server holds them: with the manifests the build would write for them (src/build/manifest.ts). */
import {manifestEntry, manifestFiles} from "../../src/build/manifest.ts";

/**
 * `files` with their data manifests, made from `published` (default: the
 * same files): manifests made from other files than those served are what a
 * half-updated site, or a browser's stale copy, gives.
 */
export function withManifests(files: Readonly<Record<string, string | null>>, {published = files, version = "0.0.0-test"}: {published?: Readonly<Record<string, string | null>>; version?: string} = {}): Record<string, string | null> {
  const entries = Object.fromEntries(Object.entries(published).filter((e): e is [string, string] => typeof e[1] === "string").map(([path, text]) => [path, manifestEntry(path, Buffer.from(text))]));
  return {...files, ...manifestFiles(version, entries)};
}
