/**
 * The last step of `npm run build:single`, after `npm run data` and
 * `vite build --config vite.single.config.ts` (which writes dist-single/index.html
 * with one JS and one CSS file): assembles dist-single/beijing-education-14th-fyp.html,
 * one HTML file that opens from file:// and requests nothing. It holds the style
 * sheet, the Chinese static page with its first chart (as scripts/prerender.ts draws
 * it for dist/), the data files (read by src/model/load-dataset.ts instead of
 * fetching them) and the whole app, Plot and every view included. The
 * intermediate files are removed, so dist-single/ holds the one file.
 */
import {readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {gzipSync} from "node:zlib";
import {SINGLE_FILE_NAME, singleFileHtml, type EmbeddedFile} from "../src/build/single-file.ts";
import {NOTICES_FILE} from "../src/build/third-party-notices.ts";
import {releaseArchivePath} from "../src/schema/data-files.ts";
import {prerenderPage, withPrerendered} from "./prerender.ts";
import {pageFiles, readPublished} from "../tools/read-published.ts";
import {pageData} from "../src/model/page-data.ts";

const root = new URL("../", import.meta.url);
const out = new URL("dist-single/", root);
const data = new URL("public/data/", root);
const text = (url: URL) => readFileSync(url, "utf8");

const assets = readdirSync(new URL("assets/", out));
const js = assets.filter((f) => f.endsWith(".js"));
const css = assets.filter((f) => f.endsWith(".css"));
if (js.length !== 1 || css.length !== 1 || assets.length !== 2) {
  throw new Error(`dist-single/assets/ should hold one JS and one CSS file (code splitting off), not: ${assets.join(", ")}`);
}
const index = text(new URL("index.html", out));
for (const file of [...js, ...css]) if (!index.includes(`"./assets/${file}"`)) throw new Error(`dist-single/index.html does not load assets/${file}`);

// The files the page would fetch from data/: the dataset and the cleaned sources (compact, as only the
// page reads them), the published files it links to or packs into a selection (as published), and the version's archive, which
// the data view's "full data package" saves (in base64: it is binary). An indicator's own files are in
// the archive; the offline page does not link to them one by one.
const compact = (f: string) => (f.endsWith(".json") ? JSON.stringify(JSON.parse(text(new URL(f, data)))) : text(new URL(f, data)));
const published = ["datapackage.json", "observations.schema.json", "observations.csv", "observations-excel.csv", "indicators.csv", "relations.csv", "sources.csv", "status.csv"];
const {release} = JSON.parse(text(new URL("content.json", data))) as {release: {version: string}};
const archive = releaseArchivePath(release.version);
const files: Record<string, EmbeddedFile> = {
  ...Object.fromEntries(pageFiles(data).map((f) => [f, compact(f)])),
  ...Object.fromEntries(published.map((f) => [f, text(new URL(f, data))])),
  [archive]: {base64: readFileSync(new URL(archive, data)).toString("base64")}
};

// The Chinese static page, its first chart drawn in; no pictures (there are no files beside it).
const {body} = prerenderPage(pageData(readPublished(data)), "zh", {pictures: false});
const html = singleFileHtml({
  html: withPrerendered(index, body, {file: "dist-single/index.html"}),
  js: text(new URL(`assets/${js[0]}`, out)),
  css: text(new URL(`assets/${css[0]}`, out)),
  data: files,
  notices: text(new URL(NOTICES_FILE, out))
});

rmSync(new URL("assets/", out), {recursive: true});
rmSync(new URL(NOTICES_FILE, out));
rmSync(new URL("index.html", out));
const target = new URL(SINGLE_FILE_NAME, out);
writeFileSync(target, html);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`wrote dist-single/${SINGLE_FILE_NAME}: ${kb(statSync(target).size)} (${kb(gzipSync(html).length)} gzip), ${Object.keys(files).length} data files inlined`);
