import {mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {addToManifest} from "../build/manifest.ts";
import {dirname, join} from "node:path";
import {pathToFileURL} from "node:url";
import {langFolder, LANGS} from "../i18n/locale.ts";
import {loadAllMessages, messagesFor} from "../i18n/messages.ts";
import {pageData, type PageData} from "../model/page-data.ts";
import {fillShell, relocated, staticDocument, stylesOf} from "./documents.ts";
import {OG, ogPng, ogSvg} from "./og-image.ts";
import {pageParts} from "./page-parts.ts";
import {readPublished} from "./read-published.ts";
import {documentPages, embedPages, explainerBody} from "./site-pages.ts";
import {siteModel, type SiteModel} from "./site-model.ts";
import {staticHead} from "./static-head.ts";
import {FIRST_PAINT_SCRIPT} from "../security/first-paint.ts";
import {embedFallback} from "./static-embed.ts";

export interface BuildSiteOptions {
  /** The published data folder: the tables are read from it, the page parts written into its page/. */
  data: string;
  /** The site Vite built (dist/): its pages are filled and the static pages written beside them. Without it, only the parts are written (the dev server's public/data/). */
  dist?: string;
  log?: (line: string) => void;
}

/** Every language's site model from a published data folder: the one place the page model is computed. */
export function siteModels(dataDir: string): {data: PageData; models: SiteModel[]} {
  const data = pageData(readPublished(pathToFileURL(join(dataDir, "/"))));
  return {data, models: LANGS.map((lang) => siteModel(data, lang))};
}

function writer(root: string) {
  return (path: string, content: string | Uint8Array) => {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), content);
  };
}

/**
 * The site step: computes each language's page model once, writes every view's
 * part under data/page/, and, over the site Vite built, the explainer's
 * static copy in index.html and en/index.html, the static page of every
 * indicator and source document, the charts' pictures, the picture for links
 * and embed.html's page for readers without JavaScript.
 */
export async function buildSite({data: dataDir, dist, log = () => {}}: BuildSiteOptions): Promise<{models: SiteModel[]; files: number}> {
  await loadAllMessages();
  const {models} = siteModels(dataDir);
  // The site's address is a build setting, published with the content (src/build/site-settings.ts); null: no absolute address.
  const homepage = models[0].index.site.url;
  rmSync(join(dataDir, "page"), {recursive: true, force: true});
  const writeData = writer(dataDir);
  let files = 0;
  const parts = models.flatMap((model) => Object.entries(pageParts(model)));
  for (const [path, text] of parts) (writeData(path, text), files++);
  // The page checks every file it loads from data/ against its folder's manifest (src/model/load-file.ts).
  addToManifest(dataDir, parts.map(([path]) => path), {replacing: "page/"});
  if (!dist) {
    log(`wrote ${files} page parts to ${dataDir}/page/`);
    return {models, files};
  }
  const write = writer(dist);
  const styles = stylesOf(readFileSync(join(dist, "index.html"), "utf8"));
  for (const model of models) {
    const {lang} = model;
    const m = messagesFor(lang);
    const file = `${langFolder(lang)}index.html`;
    const {body, pictures} = explainerBody(model);
    for (const p of pictures) (write(p.file, p.content), files++);
    const png = await ogPng(ogSvg(model.rest.scoreboard.chart, model.first.byline.data, {lang, path: ""}));
    if (png) (write(`og.${lang}.png`, png), files++);
    else log("site: @resvg/resvg-js is not installed; the pages go without a picture for links");
    const head = staticHead({lang, title: m.title, description: `${model.first.summary.finding} ${model.first.dek}`, homepage, path: "", image: png ? {path: `og.${lang}.png`, ...OG, alt: model.rest.scoreboard.chart.title} : undefined});
    // The first paint's script (src/security/first-paint.ts) comes first in the head: it runs before anything paints.
    write(file, fillShell(readFileSync(join(dist, file), "utf8"), {head: `<script>${FIRST_PAINT_SCRIPT}</script>\n    ${head}`, body, file}));
    for (const page of documentPages(model)) {
      const pageHead = staticHead({lang, title: page.title, description: page.description, homepage, path: page.path});
      write(page.file, staticDocument({lang, title: page.title, head: pageHead, body: page.body, styles, path: page.file.replace(/index\.html$/, "")}));
      files++;
    }
  }
  const embedShell = readFileSync(join(dist, "embed.html"), "utf8");
  for (const model of models) {
    for (const page of embedPages(model)) {
      const head = staticHead({lang: model.lang, title: page.title, description: page.description, homepage, path: page.path});
      write(page.file, relocated(fillShell(embedShell, {head, body: page.body, file: page.file}), page.file, model.lang));
      files++;
    }
  }
  write("embed.html", fillShell(embedShell, {head: "", body: embedFallback(), file: "embed.html"}));
  log(`site: index.html and en/index.html filled, ${files} files written`);
  return {models, files};
}
