/**
 * Runs last in `npm run build`: writes what a static host needs beside the
 * site in dist/:
 * - `_headers` (Netlify, Cloudflare Pages), from src/security/hosting.ts, for
 *   the base path of BASE_PATH or SITE_URL (default `/`); deploy/nginx.conf is
 *   the same definition for nginx (scripts/nginx-conf.ts);
 * - `embed-host.js`, the iframe-sizing script for hosts whose CSP forbids
 *   inline script;
 * - this release's copy of the two scripts a snippet loads, at
 *   `embed/v<version>/` (an address that stays the same when the next
 *   release replaces the unversioned files), and `embed.json`, which names
 *   them with their Subresource Integrity hashes (the embed dialog puts both
 *   in its snippets).
 */
import {createHash} from "node:crypto";
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {hostScript} from "../src/model/embed-snippet.ts";
import {EMBED_SCRIPTS, versionedScriptPath, type EmbedManifest} from "../src/schema/embed-files.ts";
import {basePathFrom} from "../src/security/hosting.ts";
import {headersFile} from "../src/security/hosting-files.ts";

const dist = new URL("../dist/", import.meta.url);
const {version} = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {version: string};
const base = basePathFrom(process.env);
writeFileSync(new URL("_headers", dist), headersFile({base}));
writeFileSync(new URL(EMBED_SCRIPTS.hostScript, dist), `${hostScript(null)}\n`);

const integrity = (bytes: Buffer) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const scripts = {} as EmbedManifest["scripts"];
for (const [key, file] of Object.entries(EMBED_SCRIPTS) as Array<[keyof typeof EMBED_SCRIPTS, string]>) {
  const bytes = readFileSync(new URL(file, dist));
  const path = versionedScriptPath(file, version);
  mkdirSync(new URL(path.slice(0, path.lastIndexOf("/") + 1), dist), {recursive: true});
  writeFileSync(new URL(path, dist), bytes);
  scripts[key] = {path, integrity: integrity(bytes)};
}
writeFileSync(new URL("embed.json", dist), `${JSON.stringify({version, scripts} satisfies EmbedManifest, null, 1)}\n`);
console.log(`wrote dist/_headers (base path ${base}), dist/embed-host.js, dist/embed/v${version}/ and dist/embed.json (${Object.values(scripts).map((s) => `${s.path} ${s.integrity}`).join(", ")})`);
