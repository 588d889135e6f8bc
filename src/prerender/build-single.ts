import {readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {SINGLE_FILE_NAME, singleFileHtml, type EmbeddedFile} from "./single-file.ts";
import {releaseArchivePath} from "../schema/data-files.ts";
import {FIRST_PAINT_SCRIPT} from "../security/first-paint.ts";
import {fillShell} from "./documents.ts";
import {pageParts} from "./page-parts.ts";
import {explainerBody} from "./site-pages.ts";
import {siteModels} from "./build-site.ts";
import {loadAllMessages} from "../i18n/messages.ts";

/** The published files the offline page links to or saves (its downloads), as published. */
const PUBLISHED = ["datapackage.json", "observations.csv", "observations-excel.csv", "indicators.csv", "relations.csv", "sources.csv", "status.csv"];

/**
 * The offline single file, after `vite build --config vite.single.config.ts`
 * (which writes `out`/index.html with one JS and one CSS file): one HTML file
 * that opens from file:// and requests nothing. It holds the style sheet, the
 * Chinese static page with its first chart, every page part (read instead of
 * fetched), the published files it links to, the version's archive and the
 * whole app. The intermediate files are removed, so `out` holds the one file.
 */
export async function buildSingle({data: dataDir, out, homepage = null, log = () => {}}: {data: string; out: string; homepage?: string | null; log?: (line: string) => void}): Promise<void> {
  const text = (path: string) => readFileSync(path, "utf8");
  const assets = readdirSync(join(out, "assets"));
  const js = assets.filter((f) => f.endsWith(".js"));
  const css = assets.filter((f) => f.endsWith(".css"));
  if (js.length !== 1 || css.length !== 1 || assets.length !== 2) throw new Error(`${out}/assets/ should hold one JS and one CSS file (code splitting off), not: ${assets.join(", ")}`);
  const index = text(join(out, "index.html"));
  for (const file of [...js, ...css]) if (!index.includes(`"./assets/${file}"`)) throw new Error(`${out}/index.html does not load assets/${file}`);

  await loadAllMessages();
  const {models} = siteModels(dataDir, {homepage});
  const {release} = JSON.parse(text(join(dataDir, "content.json"))) as {release: {version: string}};
  const archive = releaseArchivePath(release.version);
  // What the page would fetch from data/: every part (compact, as only the page reads them), the published
  // files it links to (as published), and the version's archive, which "the full data package" saves (in
  // base64: it is binary). An indicator's own files are in the archive; the offline page does not link to them one by one.
  const files: Record<string, EmbeddedFile> = {
    ...Object.assign({}, ...models.map((model) => pageParts(model))),
    ...Object.fromEntries(PUBLISHED.map((f) => [f, text(join(dataDir, f))])),
    [archive]: {base64: readFileSync(join(dataDir, archive)).toString("base64")}
  };
  // The Chinese static page, its first chart drawn in; no pictures (there are no files beside it).
  const {body} = explainerBody(models[0], {pictures: false});
  // The first paint's script: a link to a story's step or to English paints that, not the Chinese explainer.
  const html = singleFileHtml({html: fillShell(index, {head: `<script>${FIRST_PAINT_SCRIPT}</script>`, body, file: `${out}/index.html`}), js: text(join(out, "assets", js[0])), css: text(join(out, "assets", css[0])), data: files});
  rmSync(join(out, "assets"), {recursive: true});
  rmSync(join(out, "index.html"));
  const target = join(out, SINGLE_FILE_NAME);
  writeFileSync(target, html);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  log(`wrote ${target}: ${kb(statSync(target).size)} (${kb(gzipSync(html).length)} gzip), ${Object.keys(files).length} data files inlined`);
}
