/**
 * Runs last in `npm run build`: writes what a static host needs beside the
 * site in dist/: `_headers` (Netlify, Cloudflare Pages), `embed-host.js`
 * (the iframe-sizing script for hosts whose CSP forbids inline script) and
 * `embed.json` (the web component's Subresource Integrity hash, which the
 * embed dialog puts in its snippet). deploy/nginx.conf is the same rules for
 * nginx, checked in and kept equal by test/security/hosting.test.ts.
 */
import {createHash} from "node:crypto";
import {readFileSync, writeFileSync} from "node:fs";
import {hostScript} from "../src/model/embed-snippet.ts";
import {headersFile} from "../src/security/hosting.ts";

const dist = new URL("../dist/", import.meta.url);
writeFileSync(new URL("_headers", dist), headersFile());
writeFileSync(new URL("embed-host.js", dist), `${hostScript(null)}\n`);
const component = readFileSync(new URL("bj-edu-chart.js", dist));
const integrity = `sha384-${createHash("sha384").update(component).digest("base64")}`;
writeFileSync(new URL("embed.json", dist), `${JSON.stringify({component: {path: "bj-edu-chart.js", integrity}, hostScript: {path: "embed-host.js"}}, null, 1)}\n`);
console.log(`wrote dist/_headers, dist/embed-host.js and dist/embed.json (bj-edu-chart.js ${integrity})`);
