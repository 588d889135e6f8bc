/**
 * Embeds a publisher can trust, on a host page of another origin with the
 * snippets as the embed dialog writes them: every chart and the story settle
 * their height within two messages at 375, 768 and 1280 px; menus and the
 * quote dialog stay inside the frame; light unless the publisher picks dark
 * or auto (iframe and web component); links out open a new tab; downloaded
 * pictures are the same canonical size from a phone as from a laptop.
 * Run `npm run build` first.
 */
import {readFileSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {Frame, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {EXPORT_WIDTH} from "../../src/charts/export-chart.ts";
import {componentSnippet, iframeSnippet} from "../../src/model/embed-snippet.ts";
import type {Theme} from "../../src/model/embed-query.ts";
import {pageModel} from "../../src/model/page-model.ts";
import type {EmbedManifest} from "../../src/schema/embed-files.ts";
import {realData} from "../real-data.ts";
import {closeBuiltSite, DIST, openBuiltSite, type BuiltSite} from "./built-site.ts";
import {chartMenuAction, download, newPage, openPage} from "./page-helpers.ts";

let site: BuiltSite;
let host: {url: string; set(path: string, html: string): void; close(): Promise<void>};

/** Host pages on their own origin (localhost; the site is on 127.0.0.1), by path. */
async function hostServer(): Promise<typeof host> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => res.writeHead(pages.has(req.url!) ? 200 : 404, {"content-type": "text/html; charset=utf-8"}).end(pages.get(req.url!) ?? "not found"));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as {port: number}).port;
  return {url: `http://localhost:${port}`, set: (path, html) => pages.set(path, html), close: () => new Promise((done) => server.close(() => done()))};
}

const article = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A news story</title><link rel="icon" href="data:,">
<style>body { margin: 0; font-family: sans-serif; background: #fff; } main { padding: 0 8px; } iframe { display: block; margin: 0 0 40px; }</style></head>
<body><main><h1>A news story</h1>
<script>window.__heights = []; addEventListener("message", function (e) {
  var frame = [].slice.call(document.querySelectorAll("iframe")).filter(function (f) { return f.contentWindow === e.source; })[0];
  if (frame && e.data && e.data.type === "bj-edu:height") __heights.push({id: frame.id, height: e.data.height});
});</script>
${body}</main></body></html>`;

const snippet = (view: {chart: string} | {story: string}, uid: string, theme: Theme = "light") =>
  iframeSnippet({embedPage: `${site.server.url}embed.html`, lang: "en", view, title: "chart", uid, theme});

beforeAll(async () => {
  [site, host] = await Promise.all([openBuiltSite({needs: ["embed.html", "embed.json", "bj-edu-chart.js"]}), hostServer()]);
});

afterAll(async () => {
  await closeBuiltSite(site);
  await host?.close();
});

/** The embed's content height, as it measures it. */
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
/** A few frames drawn inside the embed, fonts loaded: whatever would resize has resized. */
const settled = (frame: Frame) => frame.evaluate(async () => {
  await document.fonts.ready;
  for (let i = 0; i < 4; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
});
const heightsOf = (page: Page, id: string) => page.evaluate((id) => (window as unknown as {__heights: {id: string; height: number}[]}).__heights.filter((h) => h.id === id).map((h) => h.height), id);

const VIEWS: Array<{chart: string} | {story: string}> = [...[...pageModel(realData().data, "en").charts.keys()].map((chart) => ({chart})), {story: "plan"}];

describe.each([375, 768, 1280])("the iframe snippet's height at %i px", (width) => {
  // One article with every chart's snippet and the story's; each is checked as it is scrolled to.
  let opened: Awaited<ReturnType<typeof newPage>>;
  beforeAll(async () => {
    host.set(`/all-${width}.html`, article(VIEWS.map((v, i) => snippet(v, `v${i}`)).join("\n")));
    opened = await newPage(site.browser, {viewport: {width, height: 900}});
    await opened.page.goto(`${host.url}/all-${width}.html`);
  });
  afterAll(() => opened?.close());

  it.each(VIEWS.map((view, i) => [JSON.stringify(view), i] as const))("settles within two messages: %s", async (name, i) => {
    const {page, errors} = opened;
    const iframe = page.locator("iframe").nth(i);
    const frameId = (await iframe.getAttribute("id"))!;
    await iframe.scrollIntoViewIfNeeded();
    const embed = (await (await iframe.elementHandle())!.contentFrame())!;
    await embed.waitForSelector("bj-edu-embed bj-chart-figure svg.indicator-chart");
    await expect.poll(async () => (await heightsOf(page, frameId)).length, {message: `${name} posts its height`}).toBeGreaterThan(0);
    await settled(embed);
    const heights = await heightsOf(page, frameId);
    const now = await contentHeight(embed);
    expect(heights.length, `${name} at ${width}: ${heights.join(", ")}`).toBeLessThanOrEqual(2);
    expect(heights.at(-1), `${name}: the last height is the content's`).toBe(now);
    expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBe(now);
    // The whole embed shows: nothing scrolls inside the frame.
    expect(await embed.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe("inside a frame 375 px wide", () => {
  it("shows every item of an open chart menu and the whole quote dialog: the frame grows to hold them, and shrinks back", async () => {
    host.set("/menu.html", article(snippet({chart: "school-places"}, "menu")));
    const {page, errors, close} = await newPage(site.browser, {viewport: {width: 375, height: 812}});
    try {
      await page.goto(`${host.url}/menu.html`);
      const iframe = page.locator("iframe#bj-edu-school-places-menu");
      const frame = page.frameLocator("iframe#bj-edu-school-places-menu");
      await frame.locator("bj-chart-figure svg.indicator-chart").waitFor();
      await expect.poll(() => heightsOf(page, "bj-edu-school-places-menu").then((h) => h.length)).toBeGreaterThan(0);
      const closed = (await iframe.boundingBox())!.height;
      await frame.locator("bj-chart-menu button[aria-expanded]").click();
      const items = frame.locator("bj-chart-menu li button");
      await expect.poll(async () => {
        const box = (await iframe.boundingBox())!;
        const inside = await Promise.all((await items.all()).map(async (item) => {
          const b = (await item.boundingBox())!;
          return b.y >= box.y && b.y + b.height <= box.y + box.height;
        }));
        return inside.length > 3 && inside.every(Boolean);
      }, {message: "every menu item inside the frame"}).toBe(true);
      await frame.locator("bj-chart-menu button[aria-expanded]").click();
      await expect.poll(async () => (await iframe.boundingBox())!.height).toBe(closed);

      await frame.locator("bj-chart-figure svg.indicator-chart a[data-observation]").first().click();
      const dialog = frame.locator("bj-provenance-panel dialog[open]");
      await dialog.waitFor();
      await expect.poll(async () => {
        const [box, d] = [(await iframe.boundingBox())!, (await dialog.boundingBox())!];
        const whole = await dialog.evaluate((el) => el.scrollHeight <= el.clientHeight);
        return whole && d.y >= box.y && d.y + d.height <= box.y + box.height;
      }, {message: "the quote dialog whole, inside the frame"}).toBe(true);
      await page.keyboard.press("Escape");
      await expect.poll(async () => (await iframe.boundingBox())!.height).toBe(closed);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("opens its links in a new tab, leaving the article where it is", async () => {
    host.set("/links.html", article(snippet({chart: "scoreboard"}, "links")));
    const {context, page, close} = await newPage(site.browser, {viewport: {width: 375, height: 812}});
    try {
      await page.goto(`${host.url}/links.html`);
      const frame = page.frameLocator("iframe");
      const credit = frame.locator("bj-edu-embed .credit a");
      await credit.waitFor();
      expect(await credit.getAttribute("target")).toBe("_blank");
      expect(await credit.getAttribute("href")).toBe(`${site.server.url}en/#chart-scoreboard`);
      const [tab] = await Promise.all([context.waitForEvent("page"), credit.click()]);
      await tab.waitForLoadState("domcontentloaded");
      expect(tab.url()).toBe(`${site.server.url}en/#chart-scoreboard`);
      expect(page.url()).toBe(`${host.url}/links.html`);
    } finally {
      await close();
    }
  });
});

describe("the publisher's colours", () => {
  const background = (frame: Frame | Page) => frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  it("are light by default, on a reader's dark system too; dark or auto when the snippet says so (iframe)", async () => {
    host.set("/themes.html", article(["light", "dark", "auto"].map((t) => snippet({chart: "scoreboard"}, t, t as Theme)).join("\n")));
    for (const scheme of ["dark", "light"] as const) {
      const {page, close} = await newPage(site.browser, {viewport: {width: 1000, height: 3000}, colorScheme: scheme});
      try {
        await page.goto(`${host.url}/themes.html`);
        const frames = await Promise.all(["light", "dark", "auto"].map(async (t) => (await page.locator(`iframe#bj-edu-scoreboard-${t}`).elementHandle())!.contentFrame()));
        for (const frame of frames) await frame!.waitForSelector("bj-edu-embed bj-chart-figure svg.indicator-chart");
        const [light, dark, auto] = await Promise.all(frames.map((f) => background(f!)));
        expect([light, dark, auto], scheme).toEqual(["rgb(255, 255, 255)", "rgb(17, 24, 39)", scheme === "dark" ? "rgb(17, 24, 39)" : "rgb(255, 255, 255)"]);
      } finally {
        await close();
      }
    }
  });

  it("are light by default, dark or auto by its theme attribute (web component)", async () => {
    const {scripts} = JSON.parse(readFileSync(new URL("embed.json", DIST), "utf8")) as EmbedManifest;
    const element = (theme: Theme) => componentSnippet({moduleUrl: `${site.server.url}${scripts.component.path}`, integrity: scripts.component.integrity, chart: "scoreboard", lang: "en", theme}).replace("<bj-edu-chart ", `<bj-edu-chart id="c-${theme}" `);
    host.set("/component-themes.html", article(["light", "dark", "auto"].map((t) => element(t as Theme)).join("\n")));
    const {page, close} = await newPage(site.browser, {viewport: {width: 1000, height: 3000}, colorScheme: "dark"});
    try {
      await page.goto(`${host.url}/component-themes.html`);
      for (const t of ["light", "dark", "auto"]) await page.locator(`#c-${t} bj-chart-figure svg.indicator-chart`).waitFor();
      const bg = (t: string) => page.locator(`#c-${t}`).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect([await bg("light"), await bg("dark"), await bg("auto")]).toEqual(["rgb(255, 255, 255)", "rgb(17, 24, 39)", "rgb(17, 24, 39)"]);
    } finally {
      await close();
    }
  });
});

describe("a chart's picture", () => {
  /** An SVG as a browser draws it (in a blank page: the site's own enforces Trusted Types): its size, and each line of text with where it ends. */
  const measure = async (page: Page, markup: string) => {
    const blank = await page.context().newPage();
    try {
      return await draw(blank, markup);
    } finally {
      await blank.close();
    }
  };
  const draw = (page: Page, markup: string) => page.evaluate((markup) => {
    const svg = new DOMParser().parseFromString(markup, "image/svg+xml").documentElement as unknown as SVGSVGElement;
    document.body.append(svg);
    const texts = [...svg.querySelectorAll(":scope > text")].map((t) => {
      const box = (t as SVGTextElement).getBBox();
      return {text: t.textContent!, right: box.x + box.width};
    });
    svg.remove();
    return {width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")), texts};
  }, markup);

  it("is the same canonical size, with its title, legend and source line inside it, from a phone's embed and a laptop's explainer", async () => {
    const files: Array<{width: number; height: number; texts: Array<{text: string; right: number}>}> = [];
    for (const [path, width, figure] of [["embed.html?chart=school-places&lang=en", 375, "bj-edu-embed bj-chart-figure"], ["en/", 1280, "bj-chart-figure#chart-school-places"]] as const) {
      const {page, close} = await openPage(site.browser, site.server.url + path, {viewport: {width, height: 900}, whole: path === "en/", ready: path === "en/" ? undefined : `${figure} svg.indicator-chart`});
      try {
        await page.locator(figure).scrollIntoViewIfNeeded();
        await page.locator(`${figure} svg.indicator-chart`).waitFor();
        const file = await download(page, () => chartMenuAction(page, figure, "svg"));
        const drawn = await measure(page, file.bytes.toString("utf8"));
        for (const t of drawn.texts) expect(t.right, `${width} px: "${t.text}"`).toBeLessThanOrEqual(EXPORT_WIDTH);
        files.push(drawn);
      } finally {
        await close();
      }
    }
    expect(files.map((f) => f.width)).toEqual([EXPORT_WIDTH, EXPORT_WIDTH]);
    expect(files[0].height).toBe(files[1].height);
    const chart = pageModel(realData().data, "en").charts.get("school-places")!;
    const all = files[0].texts.map((t) => t.text).join("").replace(/\s+/g, "");
    for (const part of [chart.title, ...chart.legend.map((l) => l.label), chart.sourceLine]) expect(all, part).toContain(part.replace(/\s+/g, ""));
  });
});
