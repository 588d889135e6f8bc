import {createHash} from "node:crypto";
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {hostScript} from "../model/embed-snippet.ts";
import {EMBED_SCRIPTS, versionedScriptPath, type EmbedManifest} from "../schema/embed-files.ts";
import {headersFile} from "../security/hosting-files.ts";

const integrity = (bytes: Buffer) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

/**
 * What a static host needs beside the site, written into `dist` (a folder URL):
 * - `_headers` (Netlify, Cloudflare Pages) for the base path `base`, from
 *   src/security/hosting.ts; deploy/nginx.conf is the same definition for nginx;
 * - `embed-host.js`, the iframe-sizing script for hosts whose CSP forbids inline script;
 * - this release's copy of the two scripts a snippet loads, at `embed/v<version>/`
 *   (an address that stays the same when the next release replaces the
 *   unversioned files), and `embed.json`, which names them with their
 *   Subresource Integrity hashes (the embed dialog puts both in its snippets).
 * Returns what it wrote, in a line.
 */
export function writeHostingFiles(dist: URL, {version, base}: {version: string; base: string}): string {
  writeFileSync(new URL("_headers", dist), headersFile({base}));
  writeFileSync(new URL(EMBED_SCRIPTS.hostScript, dist), `${hostScript(null)}\n`);
  const scripts = {} as EmbedManifest["scripts"];
  for (const [key, file] of Object.entries(EMBED_SCRIPTS) as Array<[keyof typeof EMBED_SCRIPTS, string]>) {
    const bytes = readFileSync(new URL(file, dist));
    const path = versionedScriptPath(file, version);
    mkdirSync(new URL(path.slice(0, path.lastIndexOf("/") + 1), dist), {recursive: true});
    writeFileSync(new URL(path, dist), bytes);
    scripts[key] = {path, integrity: integrity(bytes)};
  }
  writeFileSync(new URL("embed.json", dist), `${JSON.stringify({version, scripts} satisfies EmbedManifest, null, 1)}\n`);
  return `wrote dist/_headers (base path ${base}), dist/embed-host.js, dist/embed/v${version}/ and dist/embed.json (${Object.values(scripts).map((s) => `${s.path} ${s.integrity}`).join(", ")})`;
}
