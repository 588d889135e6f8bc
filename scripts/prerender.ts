/**
 * Runs after `vite build`: writes the static site into dist/ from the built
 * data (dist/data/) with the same pure model and chart builders the page uses
 * (in a server-side DOM). One language per file: index.html in Chinese and
 * en/index.html in English, each with the first screen's chart drawn in (one
 * responsive SVG), its chapters' text, their charts as pictures (charts/…svg),
 * and the <head> news sites read (og.<lang>.png is the scoreboard as a picture).
 * Then a page per indicator and per source document in each language, so every
 * link of a page without JavaScript leads somewhere real, and a static chart in
 * embed.html. scripts/build-single.ts puts the Chinese static page into the single file.
 *
 *   tsx scripts/prerender.ts [dist]
 */
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {JSDOM} from "jsdom";
import {exportSvg} from "../src/charts/export-svg.ts";
import {indicatorChart} from "../src/charts/indicator-chart.ts";
import {LANGS, type Lang} from "../src/i18n/locale.ts";
import {messagesFor} from "../src/i18n/messages.ts";
import {escapeHtml} from "../src/formats/escape-html.ts";
import {explainerModel} from "../src/model/explainer-model.ts";
import type {Dataset} from "../src/model/load-dataset.ts";
import {pageData, type PageData} from "../src/model/page-data.ts";
import {PRERENDER_WIDTH, prerenderId} from "../src/app/prerendered.ts";
import {staticHead} from "../src/prerender/static-head.ts";
import {staticLinks} from "../src/prerender/static-links.ts";
import {staticPage} from "../src/prerender/static-page.ts";
import {staticSite} from "../src/prerender/static-site.ts";
import {readPublished} from "../tools/read-published.ts";

const OG = {width: 1200, height: 630};

/** The static explainer in one language (the `<bj-edu-app>` content), with each chart it draws or shows as a picture. */
export function prerenderPage(data: PageData, lang: Lang, {pictures: drawPictures = true} = {}) {
  const {document} = new JSDOM("<!doctype html><html><body></body></html>").window;
  const model = explainerModel(data, lang);
  const links = staticLinks(lang, "");
  const draw = (chart: (typeof model.chapters)[number]["charts"][number], id: string) => indicatorChart(chart, {document, width: PRERENDER_WIDTH, id});
  const scoreboard = draw(model.scoreboard.chart, prerenderId(lang, model.scoreboard.chart.id));
  scoreboard.classList.add("responsive");
  // Without JavaScript a mark leads to its sentence in the static source page; the live page puts its own links back.
  for (const a of scoreboard.querySelectorAll("a[data-observation]")) {
    const o = data.byId.get(a.getAttribute("data-observation")!);
    if (o) a.setAttribute("href", links.quote(o));
  }
  const pictures = new Map<string, {file: string; markup: string; width: number; height: number}>();
  for (const chart of drawPictures ? model.chapters.flatMap((c) => c.charts) : []) {
    const picture = exportSvg(draw(chart, `picture-${chart.id}`), {title: chart.title, sourceLine: chart.sourceLine, dateLine: "", bare: true});
    pictures.set(chart.id, {file: `charts/${lang}/${chart.id}.svg`, ...picture});
  }
  const body = staticPage(model, {
    scoreboardSvg: scoreboard.outerHTML,
    links,
    chartImage: (id) => {
      const p = pictures.get(id);
      return p && {src: `${links.site}${p.file}`, width: p.width, height: p.height};
    }
  });
  // The picture for links is landscape: the chart drawn wide, with its title and source line.
  const wide = indicatorChart(model.scoreboard.chart, {document, width: OG.width - 120, id: `og-${lang}`});
  const og = exportSvg(wide, {title: model.scoreboard.chart.title, sourceLine: model.scoreboard.chart.sourceLine, dateLine: model.byline.data});
  return {model, body, pictures: [...pictures.values()], og};
}

/** The page as Vite built it, from a page this script has already filled (so running it twice gives the same site). */
export function shellOf(html: string): string {
  return html.replace(/<bj-edu-app>[\s\S]*<\/bj-edu-app>/, "<bj-edu-app></bj-edu-app>").replace(/\s*<!-- static head -->[\s\S]*?<!-- \/static head -->/, "");
}

/** The page's HTML with a static page inside its (empty) `<bj-edu-app>`, and lines added to its <head>. */
export function withPrerendered(html: string, page: string, {file = "index.html", head = ""}: {file?: string; head?: string} = {}): string {
  const marker = "<bj-edu-app></bj-edu-app>";
  if (!html.includes(marker)) throw new Error(`${file} has no <bj-edu-app></bj-edu-app> to pre-render into`);
  return html.replace(marker, () => `<bj-edu-app><div id="prerendered" class="prerendered">\n${page}\n</div></bj-edu-app>`).replace("</head>", () => (head ? `    <!-- static head -->\n    ${head}\n    <!-- /static head -->\n  </head>` : "</head>"));
}

/**
 * embed.html for a reader without JavaScript: it cannot read which chart its
 * address asks for, so it shows the first screen's chart (in Chinese, the
 * embed's default) with its source line and links to the explainer in both
 * languages, all opening in the host's tab. The live embed draws over it.
 */
export function staticEmbed(html: string, {svg, title, sourceLine, en}: {svg: string; title: string; sourceLine: string; en: string}): string {
  const marker = /<bj-edu-embed>[\s\S]*<\/bj-edu-embed>/;
  if (!marker.test(html)) throw new Error("embed.html has no <bj-edu-embed> to pre-render into");
  const top = svg.replace(/<a /g, '<a target="_top" ');
  const zh = messagesFor("zh");
  return html.replace(marker, () => `<bj-edu-embed><main class="pre-embed" lang="zh-CN">
<h1>${escapeHtml(title)}</h1>
<figure>${top}<figcaption>${escapeHtml(sourceLine)}</figcaption></figure>
<p class="credit">${escapeHtml(zh.embed.credit)} <a href="./" target="_top">${escapeHtml(zh.title)}</a> · <a href="en/" target="_top" lang="en" hreflang="en">${escapeHtml(en)}</a></p>
</main></bj-edu-embed>`);
}

/** The scoreboard as the picture a link to the page shows (1200×630, the chart in the middle of a white card). */
async function ogPng(og: {markup: string; width: number; height: number}): Promise<Buffer | null> {
  let Resvg: typeof import("@resvg/resvg-js").Resvg;
  try {
    ({Resvg} = await import("@resvg/resvg-js"));
  } catch {
    return null;
  }
  const scale = Math.min((OG.width - 80) / og.width, (OG.height - 40) / og.height);
  const inner = og.markup.replace(/^<svg\b/, `<svg x="${(OG.width - og.width * scale) / 2 / scale}" y="${(OG.height - og.height * scale) / 2 / scale}"`);
  const card = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG.width}" height="${OG.height}" viewBox="0 0 ${OG.width / scale} ${OG.height / scale}"><rect width="100%" height="100%" fill="#ffffff"/>${inner}</svg>`;
  return Buffer.from(new Resvg(card, {font: {loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK SC"}}).render().asPng());
}

async function main(dist: string) {
  const data = pageData(readPublished(pathToFileURL(join(dist, "data/"))));
  // The site's address as the build was told it (src/build/site-settings.ts), or null: then no absolute address.
  const homepage = data.content.site?.url ?? null;
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(dist, path)), {recursive: true});
    writeFileSync(join(dist, path), content);
  };
  const shells: Record<Lang, string> = {zh: shellOf(readFileSync(join(dist, "index.html"), "utf8")), en: shellOf(readFileSync(join(dist, "en/index.html"), "utf8"))};
  let pages = 0;
  for (const lang of LANGS) {
    const file = lang === "zh" ? "index.html" : "en/index.html";
    const {model, body, pictures, og} = prerenderPage(data, lang);
    for (const p of pictures) write(p.file, p.markup);
    const png = await ogPng(og);
    if (png) write(`og.${lang}.png`, png);
    else console.warn("prerender: @resvg/resvg-js is not installed; the pages go without a picture for links");
    const m = messagesFor(lang);
    const head = staticHead({lang, title: m.title, description: `${model.summary.finding} ${model.dek}`, homepage, path: "", image: png ? {path: `og.${lang}.png`, ...OG, alt: model.scoreboard.chart.title} : undefined});
    write(file, withPrerendered(shells[lang], body, {file: `dist/${file}`, head}));
    for (const [path, html] of staticSite(data, lang, shells[lang], homepage)) (write(path, html), pages++);
    if (lang === "zh") {
      const svg = body.match(/<svg\b[^>]*class="[^"]*indicator-chart[\s\S]*?<\/svg>/)![0];
      const embed = readFileSync(join(dist, "embed.html"), "utf8");
      write("embed.html", staticEmbed(embed, {svg, title: model.scoreboard.chart.title, sourceLine: model.scoreboard.chart.sourceLine, en: messagesFor("en").title}));
    }
  }
  console.log(`pre-rendered index.html (${Math.round(readFileSync(join(dist, "index.html")).length / 1024)} KB) and en/index.html, and ${pages} static pages`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(resolve(process.argv[2] ?? new URL("../dist/", import.meta.url).pathname));
}

export type {Dataset};
