import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, normalize, resolve} from "node:path";
import type {Browser} from "playwright-core";
import {EXTRACT_CHART, HAS_CHART} from "./observer.ts";
import {PHONE, pollPage} from "./measure.ts";
import {attribute, hasToken} from "./reference-pages.ts";

export interface StaticPage {
  dir: string;
  title: string;
  stylesheets: string[];
  svgBytes: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The stylesheets dist/index.html links, as the hrefs written there. */
export function linkedStylesheets(indexHtml: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of indexHtml.matchAll(/<link\b[^>]*>/gi)) {
    if (!hasToken(tag, "rel", "stylesheet")) continue;
    const value = attribute(tag, "href");
    if (value && !/^[a-z]+:|^\/\//i.test(value)) hrefs.push(value);
  }
  return hrefs;
}

/**
 * The limit for the page: its title, its CSS and its first chart as plain SVG
 * in HTML. The chart is taken from the real page, loaded without throttling at
 * the benchmark's viewport, once it has settled.
 */
export async function buildStaticPage(browser: Browser, url: string, dist: string): Promise<StaticPage> {
  const context = await browser.newContext(PHONE);
  let svg: string | null, title: string, lang: string;
  try {
    const page = await context.newPage();
    await page.goto(url, {waitUntil: "load", timeout: 60_000});
    if (!(await pollPage(page, HAS_CHART, 30_000))) throw new Error(`no chart on ${url} within 30 s`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1000); // charts redraw at the measured width
    svg = (await page.evaluate(EXTRACT_CHART)) as string | null;
    title = await page.title();
    lang = (await page.evaluate("document.documentElement.lang")) as string;
  } finally {
    await context.close();
  }
  if (!svg) throw new Error("the page shows no svg.indicator-chart to build the static page from");

  const dir = mkdtempSync(join(tmpdir(), "bench-static-"));
  const stylesheets = linkedStylesheets(readFileSync(join(dist, "index.html"), "utf8"));
  const links: string[] = [];
  for (const href of stylesheets) {
    const path = decodeURIComponent(new URL(href, "http://host/").pathname).replace(/^\/+/, "");
    const source = resolve(dist, path);
    const target = normalize(join(dir, path));
    mkdirSync(dirname(target), {recursive: true});
    copyFileSync(source, target);
    links.push(`    <link rel="stylesheet" href="./${escapeHtml(path)}">`);
  }
  const html = `<!doctype html>
<html lang="${escapeHtml(lang || "zh-CN")}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(title)}</title>
${links.join("\n")}
  </head>
  <body>
    ${svg}
  </body>
</html>
`;
  writeFileSync(join(dir, "index.html"), html);
  return {dir, title, stylesheets, svgBytes: Buffer.byteLength(svg)};
}
