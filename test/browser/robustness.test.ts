/**
 * The built explainer (dist/) in real Chromium under hard conditions: a strict
 * Content-Security-Policy (no violation anywhere, downloads included), no
 * JavaScript at all (the pre-rendered page carries the story), the swap from
 * the static page to the live one (no jump), damaged data files (a translated,
 * retryable error and nothing else), extreme widths, 400% zoom, reduced motion
 * and forced colours, and no control hiding another.
 * Run `npm run build` before running this file alone.
 */
import {readFileSync} from "node:fs";
import type {Browser, BrowserContext, BrowserContextOptions, Page, Route} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {headersFor} from "../../src/security/hosting.ts";
import {closeBuiltSite, DIST as dist, openBuiltSite, type Served} from "./built-site.ts";
import {chartMenuAction, download, newPage, settle, settledChart, wholeExplainer} from "./page-helpers.ts";
import {pageModel} from "../../src/model/page-model.ts";
import {realData} from "../real-data.ts";

const HYDRATED = "bj-edu-app .app-root:not([hidden])";
const FIRST_CHART = "bj-chart-figure#chart-scoreboard";
const READY = `${FIRST_CHART} svg#plot-scoreboard a[data-observation]`;
const DIALOG = "bj-provenance-panel dialog";
const ALERT = "bj-edu-app bj-data-error [role=alert]";
/** The only console error a failed resource load may cause (the browser's own network log line). */
const RESOURCE_FAILED = /^Failed to load resource: the server responded with a status of \d{3}/;

let browser: Browser;
/** dist/ with the headers of its `_headers` file: the policy every host is given. */
let server: Served;

beforeAll(async () => {
  ({browser, server} = await openBuiltSite({needs: ["index.html", "_headers", "data/observations.json"]}));
  if (!readFileSync(new URL("index.html", dist), "utf8").includes('id="prerendered"')) {
    throw new Error("dist/index.html is not pre-rendered: run `npm run build` first");
  }
});

afterAll(() => closeBuiltSite({browser}));

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, as they happen. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh context with its own options, collecting errors; the page is not loaded yet. */
async function fresh(options: BrowserContextOptions = {}): Promise<Opened> {
  return newPage(browser, options);
}

/** Loaded, the static page swapped for the live one, and the first chart drawn. */
async function open(path = "", options: BrowserContextOptions = {}, base = server.url): Promise<Opened> {
  const opened = await fresh(options);
  await opened.page.goto(base + path);
  await hydrated(opened.page);
  return opened;
}

async function hydrated(page: Page, ready = READY) {
  await page.waitForSelector(HYDRATED, {state: "attached"});
  await page.waitForSelector("#prerendered", {state: "detached"});
  await page.waitForSelector(ready);
  await settle(page);
}


/** Brings each chart figure into view in turn and waits until it holds a drawn chart (charts draw as they near the screen). */
async function drawEveryChart(page: Page) {
  const figures = page.locator("bj-chart-figure");
  const count = await figures.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await figures.nth(i).locator(".plot svg.indicator-chart").waitFor();
  }
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll("bj-chart-figure")].filter((f) => !f.shadowRoot?.querySelector(".plot svg.indicator-chart")).map((f) => f.id))).toEqual([]);
  expect(await page.locator("bj-chart-figure .reserved").count()).toBe(0);
}

const noSideways = (page: Page) => page.evaluate(() => ({scrollWidth: document.documentElement.scrollWidth, innerWidth}));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("under the deployed Content-Security-Policy (Trusted Types included)", () => {
  it("runs every feature with no violation and no console error", async () => {
    const {context, page, errors, close} = await fresh({acceptDownloads: true, reducedMotion: "reduce"});
    try {
      await context.addInitScript(() => {
        const w = window as unknown as {__csp: {violatedDirective: string; blockedURI: string}[]};
        w.__csp = [];
        document.addEventListener("securitypolicyviolation", (e) => w.__csp.push({violatedDirective: e.violatedDirective, blockedURI: e.blockedURI}), true);
      });
      const response = await page.goto(server.url);
      expect(response!.headers()["content-security-policy"]).toBe(headersFor("/")["Content-Security-Policy"]);
      await hydrated(page);

      // The whole explainer (what follows the scoreboard loads as it comes near), every chart drawn, the ones below the fold by Plot.
      await wholeExplainer(page);
      await drawEveryChart(page);
      await page.evaluate(() => scrollTo(0, 0));

      // A chart as PNG: an SVG drawn through an image into a canvas, saved through a blob: URL.
      const png = await download(page, () => chartMenuAction(page, FIRST_CHART, "png"));
      expect(png.name).toMatch(/\.png$/);

      // The other language, in place.
      await page.locator("bj-lang-toggle a").click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
      // The English scoreboard has no static drawing on this page to adopt: it is drawn as it nears the screen.
      await page.locator(FIRST_CHART).scrollIntoViewIfNeeded();
      await page.waitForSelector(READY);

      // The data view, filtered, and its CSV.
      await page.locator('bj-explainer nav.toc a[href^="?view=data"]').click();
      await page.waitForSelector("bj-data-view .result-count");
      await page.locator("bj-data-view input[name=domain][value=preschool]").check();
      await expect.poll(() => new URL(page.url()).searchParams.get("domain")).toBe("preschool");
      const csv = await download(page, () => page.locator("bj-data-view button[data-download=csv]").click());
      expect(csv.name).toMatch(/\.csv$/);

      // A quote in the source view.
      await page.locator('bj-data-view tbody tr[data-observation] a[href*="view=source"]').first().click();
      await page.waitForSelector("bj-source-view .source-text mark");
      await settle(page);

      expect(await page.evaluate(() => (window as unknown as {__csp: unknown[]}).__csp)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("without JavaScript", () => {
  /** The charts of the explainer's chapters: each a picture on the static page (the scoreboard's is drawn into it). */
  const chapterCharts = (lang: "zh" | "en") => pageModel(realData().data, lang).explainer.chapters.flatMap((c) => c.charts);

  /** The static page in `lang` is the page: its first chart drawn in, its chapters' charts as pictures that load as they come near. */
  async function staticExplainer(page: Page, lang: "zh" | "en") {
    const html = lang === "zh" ? "zh-CN" : "en";
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(html);
    expect(await page.locator(".app-root").count()).toBe(0);
    const pre = page.locator(`#prerendered[lang="${html}"] > .page`);
    await expect.poll(() => pre.isVisible()).toBe(true);
    expect(await page.locator("#prerendered > .page").count(), "one language to the file").toBe(1);
    expect(await pre.locator("h1").first().textContent()).toBe(pageModel(realData().data, lang).messages.title);

    // The scoreboard, drawn into the page: the one inline chart, shown, its marks linked to their quotes.
    const charts = pre.locator("svg.indicator-chart");
    expect(await charts.count()).toBe(1);
    const scoreboard = pre.locator(`#chart-scoreboard svg#pre-${lang}-scoreboard.indicator-chart`);
    expect(await scoreboard.isVisible()).toBe(true);
    const box = (await scoreboard.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(100);
    expect(await scoreboard.locator("a[data-observation][href]").count(), "the static chart's marks link to their quotes").toBeGreaterThan(0);

    // Each chapter's charts as pictures, with a text alternative; brought near, each loads.
    const pictures = pre.locator("img.chart-picture");
    const expected = chapterCharts(lang);
    expect(await pictures.count()).toBe(expected.length);
    expect(await pictures.evaluateAll((imgs) => imgs.map((i) => i.getAttribute("alt")))).toEqual(expected.map((c) => c.description));
    for (let i = 0; i < expected.length; i++) {
      await pictures.nth(i).scrollIntoViewIfNeeded();
      await expect.poll(() => pictures.nth(i).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {message: `picture of ${expected[i].id}`}).toBe(true);
      const size = (await pictures.nth(i).boundingBox())!;
      expect(size.width, expected[i].id).toBeGreaterThan(200);
      expect(size.height, expected[i].id).toBeGreaterThan(50);
    }
    await page.evaluate(() => scrollTo(0, 0));
    return pre;
  }

  it("shows the pre-rendered charts, the narrative with its figures, and the data links", async () => {
    const {page, errors, close} = await fresh({javaScriptEnabled: false});
    try {
      await page.goto(server.url);
      const zh = await staticExplainer(page, "zh");

      const headings = await zh.locator("section h2").allTextContents();
      expect(headings.length).toBeGreaterThanOrEqual(5);
      expect(headings.every((h) => h.trim().length > 0)).toBe(true);
      // The answer first, as the live page gives it.
      expect(await zh.locator(".status-summary p.finding").textContent()).toBe(pageModel(realData().data, "zh").explainer.summary.finding);
      expect(await zh.locator(".status-summary p.finding").isVisible()).toBe(true);
      const figures = await zh.locator("section .narrative p:has(a.figure)").evaluateAll((ps) => ps.map((p) => p.querySelector("a.figure")!.textContent ?? ""));
      expect(figures.length).toBeGreaterThanOrEqual(5);
      expect(figures.every((f) => f.trim().length > 0)).toBe(true);
      expect(figures.filter((f) => /\d/.test(f)).length, `figures: ${figures.join(" | ")}`).toBeGreaterThanOrEqual(5);

      // The CSV of every figure (observations.csv or its spreadsheet copy), and the data as static pages: the indicators and the sources.
      const csv = zh.locator('a[href="data/observations-excel.csv"], a[href="data/observations.csv"]').first();
      expect(await csv.isVisible()).toBe(true);
      const indicators = zh.locator('a[href="indicators/"]').first();
      expect(await indicators.isVisible()).toBe(true);
      expect(await zh.locator('a[href="sources/"]').first().isVisible()).toBe(true);
      for (const link of [csv, indicators]) {
        const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
        expect((await page.request.get(href)).status(), href).toBe(200);
      }
      expect(await noSideways(page).then(({scrollWidth, innerWidth}) => scrollWidth <= innerWidth)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("at ?lang=en shows the Chinese page (no script reads the query), which leads to the English page, as readable", async () => {
    const {page, errors, close} = await fresh({javaScriptEnabled: false});
    try {
      const response = await page.goto(`${server.url}?lang=en`);
      expect(response!.ok()).toBe(true);
      const zh = await staticExplainer(page, "zh");
      // The page says it is Chinese and offers the English file, which is English whole.
      const toEnglish = zh.locator('bj-lang-toggle a[hreflang="en"]');
      expect(await toEnglish.isVisible()).toBe(true);
      expect(await toEnglish.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${server.url}en/`);
      await Promise.all([page.waitForURL(`${server.url}en/`), toEnglish.click()]);
      const en = await staticExplainer(page, "en");
      expect(await en.locator("h1").textContent()).not.toMatch(/[\u4e00-\u9fff]/);
      expect(await en.locator(".status-summary p.finding").textContent()).toBe(pageModel(realData().data, "en").explainer.summary.finding);
      expect(await en.locator('bj-lang-toggle a[hreflang="zh-CN"]').evaluate((a: HTMLAnchorElement) => a.href)).toBe(server.url);
      expect(await noSideways(page).then(({scrollWidth, innerWidth}) => scrollWidth <= innerWidth)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("the swap from the static page to the live one", () => {
  it.each([
    [360, 740],
    [1280, 800]
  ])("does not move the first chart at %i×%i", async (width, height) => {
    const {page, errors, close} = await fresh({viewport: {width, height}, reducedMotion: "reduce"});
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    try {
      // Every script of the page is held (whatever the build names its entry), so no script has run
      // and DOMContentLoaded (which waits for the module scripts) has not fired: measure the static page.
      await page.route("**/assets/*.js", async (route: Route) => {
        await released;
        await route.continue();
      });
      await page.goto(server.url, {waitUntil: "commit"});
      await page.waitForSelector("#prerendered > .page svg.indicator-chart >> visible=true");
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")].every((l) => l.sheet !== null));
      await page.evaluate(() => document.fonts.ready);
      // A locator, so the static figure's declarative shadow root is looked into.
      const measure = (selector: string) =>
        page.locator(`${selector} >> visible=true`).first().evaluate((svg) => {
          const r = svg.getBoundingClientRect();
          return {top: r.top + scrollY, height: r.height, width: r.width};
        });
      const before = await measure("#prerendered > .page svg.indicator-chart");
      expect(before, "a visible static chart").not.toBeNull();
      expect(await page.evaluate(() => customElements.get("bj-edu-app")), "the app has not run yet").toBeUndefined();

      release();
      await hydrated(page);
      // The live page draws the chart at its column's width (the build's one drawing is a phone's) once it nears the screen: wait for that drawing.
      const chart = page.locator(`${FIRST_CHART} svg.indicator-chart`);
      await settledChart(chart);
      const after = await chart.evaluate((svg) => {
        const r = svg.getBoundingClientRect();
        return {top: r.top + scrollY, height: r.height, width: r.width};
      });
      console.info(`swap at ${width}×${height}: static chart top ${before!.top.toFixed(1)} h ${before!.height.toFixed(1)} → live top ${after.top.toFixed(1)} h ${after.height.toFixed(1)} (Δtop ${(after.top - before!.top).toFixed(1)} px)`);
      expect(Math.abs(after.top - before!.top), `top moved from ${before!.top} to ${after.top}`).toBeLessThanOrEqual(8);
      // Its height follows its width until the static page draws at the column's width too (what follows it moves by the difference).
      expect(errors).toEqual([]);
    } finally {
      release();
      await close();
    }
  });
});

describe("damaged data files", () => {
  /** Where a case is met: the whole dataset, which the data view needs; or the explainer's first screen, its own small file. */
  interface Case {
    label: string;
    /** The file under data/, in a language. */
    file: (lang: "zh" | "en") => string;
    /** The page opened, under the language's home (index.html or en/index.html). */
    query: string;
    /** What shows once the retry has worked. */
    ready: string;
    body: (lang: "zh" | "en") => {status: number; body: string | Buffer};
    zh: string;
    en: string;
  }
  // The data view reads its own part (the site step wrote its rows): what a damaged file does to it.
  const dataset = {query: "?view=data", ready: "bj-data-view tbody tr[data-observation]"};
  const dataView = (lang: "zh" | "en") => `page/${lang}/data-view.json`;
  const firstScreen = {file: (lang: "zh" | "en") => `page/${lang}/first-screen.json`, query: "", ready: READY};
  const cases: Case[] = [
    {...dataset, label: "the data view's part answers 404", file: dataView, body: () => ({status: 404, body: "not found"}), zh: "服务器返回 404", en: "the server answered 404"},
    {
      ...dataset,
      label: "the data view's part is truncated",
      file: dataView,
      body: (lang) => ({status: 200, body: readFileSync(new URL(`data/${dataView(lang)}`, dist)).subarray(0, 300)}),
      zh: "不是有效的 JSON",
      en: "it is not valid JSON"
    },
    {
      ...dataset,
      label: "a figure's value in the data view's part is a string",
      file: dataView,
      body: (lang) => {
        const part = JSON.parse(readFileSync(new URL(`data/${dataView(lang)}`, dist), "utf8")) as {rows: Record<string, unknown>[]};
        part.rows[2] = {...part.rows[2], value: String(part.rows[2].value)};
        return {status: 200, body: JSON.stringify(part)};
      },
      // Valid, but not the file this version published: the data manifest names it first.
      zh: "不是此版本发布的文件",
      en: "it is not the file this version published"
    },
    // Valid JSON, so the manifest is asked, and it says the file is not the one published.
    {...dataset, label: "the data view's part is an empty list", file: dataView, body: () => ({status: 200, body: "[]"}), zh: "不是此版本发布的文件", en: "it is not the file this version published"},
    {...firstScreen, label: "the explainer's first screen answers 404", body: () => ({status: 404, body: "not found"}), zh: "服务器返回 404", en: "the server answered 404"},
    {
      ...firstScreen,
      label: "the explainer's first screen is truncated",
      body: (lang) => ({status: 200, body: readFileSync(new URL(`data/page/${lang}/first-screen.json`, dist)).subarray(0, 300)}),
      zh: "不是有效的 JSON",
      en: "it is not valid JSON"
    }
  ];

  for (const c of cases) {
    for (const lang of ["zh", "en"] as const) {
      it(`${c.label} (${c.query || "the explainer"}): says so in ${lang}, names the file, and retries`, async () => {
        const {page, errors, close} = await fresh({reducedMotion: "reduce"});
        try {
          const file = c.file(lang);
          const pattern = `**/data/${file}`;
          const {status, body} = c.body(lang);
          let served = 0;
          await page.route(pattern, (route) => (served++, route.fulfill({status, contentType: "application/json", body})));
          await page.goto(server.url + (lang === "en" ? "en/" : "") + c.query);
          const alert = page.locator(ALERT);
          await alert.waitFor();
          expect(served, `the page asked for ${file}`).toBe(1);
          const text = (await alert.textContent()) ?? "";
          expect(text).toContain(lang === "zh" ? "数据未能载入" : "The data could not be loaded");
          expect(text).toContain(lang === "zh" ? `出错的文件：${file}（` : `File at fault: ${file} (`);
          expect(text).toContain(lang === "zh" ? c.zh : c.en);
          const retry = alert.locator("button");
          expect(await retry.textContent()).toBe(lang === "zh" ? "重试" : "Try again");
          // The reader sees the message without scrolling to the end of the static page, and the static page (in the page's language) stays.
          const box = (await alert.boundingBox())!;
          expect(box.y, "the alert is on the first screen").toBeLessThan(900);
          // On the explainer the static page stays under the message; another view's address never paints it (src/security/first-paint.ts).
          if (!c.query) expect(await page.locator(`#prerendered[lang="${lang === "zh" ? "zh-CN" : "en"}"] > .page h1`).first().isVisible()).toBe(true);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === "zh" ? "zh-CN" : "en");

          await page.unroute(pattern);
          await retry.click();
          await hydrated(page, c.ready);
          expect(await alert.count()).toBe(0);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === "zh" ? "zh-CN" : "en");
          if (c.query) {
            expect(await page.locator("bj-data-view h1").textContent()).toBe(pageModel(realData().data, lang).messages.dataView.heading);
            expect(await page.locator("bj-data-view tbody tr[data-observation]").count()).toBeGreaterThan(0);
          } else {
            expect(await page.locator("bj-chart-figure svg.indicator-chart").count()).toBeGreaterThan(0);
            expect(await page.locator("bj-lang-toggle a").textContent()).toBe(lang === "zh" ? "English" : "中文");
          }

          const unexpected = errors.filter((e) => !(status >= 400 && RESOURCE_FAILED.test(e.replace(/^console\.error: /, ""))));
          expect(unexpected).toEqual([]);
          expect(errors.length, "only the failed load's own line").toBeLessThanOrEqual(status >= 400 ? 1 : 0);
        } finally {
          await close();
        }
      });
    }
  }

  /**
   * Files that are each valid but disagree with what this version published (the cases that crashed or
   * said "Loading…" forever before the data manifest): the page names the file with the same message and
   * retry as a damaged one, and the retry, once the server has the right file, shows the view.
   */
  const text = (path: string) => readFileSync(new URL(`data/${path}`, dist), "utf8");
  /** A part as another build would have written it: the same data, one more field, other bytes. */
  const another = (path: string) => () => JSON.stringify({...JSON.parse(text(path)), built: "another"});
  const disagreeing: Array<{label: string; file: string; body: () => string; lang: "zh" | "en"; query: string; alert: string; ready: string}> = [
    {label: "the data view's part with half its rows", file: "page/zh/data-view.json", body: () => {
      const part = JSON.parse(text("page/zh/data-view.json")) as {rows: unknown[]};
      return JSON.stringify({...part, rows: part.rows.slice(0, 60)});
    }, lang: "zh", query: "?view=data", alert: ALERT, ready: "bj-data-view tbody tr[data-observation]"},
    {label: "the data view's part with other verdicts", file: "page/en/data-view.json", body: () => text("page/en/data-view.json").replace(/"on-track"/g, '"met"'), lang: "en", query: "?view=data", alert: ALERT, ready: "bj-data-view tbody tr[data-observation]"},
    {label: "an indicator's part re-saved", file: "page/zh/indicators/school-places-added.json", body: () => JSON.stringify(JSON.parse(text("page/zh/indicators/school-places-added.json")), null, 1), lang: "zh", query: "?indicator=school-places-added", alert: ALERT, ready: "bj-indicator-detail bj-chart-figure svg.indicator-chart"},
    {label: "the first screen of another build", file: "page/en/first-screen.json", body: another("page/en/first-screen.json"), lang: "en", query: "", alert: ALERT, ready: READY},
    // The source texts are read by the site step, which checks them against their hashes; the page reads the sources' part.
    {label: "the source view's part of another build", file: "page/en/sources.json", body: another("page/en/sources.json"), lang: "en", query: "?view=source&doc=plan-2021", alert: ALERT, ready: "bj-source-view mark"},
    {label: "a story's part of another build", file: "page/en/stories/plan.json", body: another("page/en/stories/plan.json"), lang: "en", query: "?story=plan&step=1", alert: ALERT, ready: "bj-story section.slide svg.indicator-chart"},
    {label: "an embed's chart part of another build", file: "page/en/charts/school-places.json", body: another("page/en/charts/school-places.json"), lang: "en", query: "embed.html?chart=school-places&lang=en", alert: "bj-edu-embed bj-data-error [role=alert]", ready: "bj-edu-embed bj-chart-figure svg.indicator-chart"}
  ];
  for (const c of disagreeing) {
    it(`${c.label} (${c.query || "the explainer"}, ${c.lang}): names the file, never throws, and retries`, async () => {
      const {page, errors, close} = await fresh({reducedMotion: "reduce"});
      try {
        const pattern = `**/data/${c.file}`;
        await page.route(pattern, (route) => route.fulfill({status: 200, contentType: c.file.endsWith(".txt") ? "text/plain; charset=utf-8" : "application/json", body: c.body()}));
        const embed = c.query.startsWith("embed.html");
        await page.goto(server.url + (c.lang === "en" && !embed ? "en/" : "") + c.query);
        const alert = page.locator(c.alert);
        await alert.waitFor();
        const said = (await alert.textContent()) ?? "";
        expect(said).toContain(c.lang === "zh" ? `出错的文件：${c.file}（不是此版本发布的文件` : `File at fault: ${c.file} (it is not the file this version published`);
        await page.unroute(pattern);
        await alert.locator("button").click();
        await page.locator(c.ready).first().waitFor();
        expect(await alert.count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it("what follows the tracker fails to load: says so where it would be, keeps the static text and the scoreboard's drawing, and retries", async () => {
    const {page, errors, close} = await fresh({reducedMotion: "reduce"});
    try {
      const pattern = "**/data/page/zh/explainer.json";
      let served = 0;
      await page.route(pattern, (route) => (served++, route.fulfill({status: 503, contentType: "text/plain", body: "busy"})));
      await page.goto(server.url);
      // Live up to the tracker; the static scoreboard, moved into its place above the tracker, stands until the rest comes.
      await hydrated(page, `bj-explainer .rest-pending[data-part=scoreboard] ${FIRST_CHART} svg#pre-zh-scoreboard`);
      const scoreboard = page.locator(`bj-explainer .rest-pending[data-part=scoreboard] ${FIRST_CHART} svg#pre-zh-scoreboard`);
      const pending = page.locator("bj-explainer .rest-pending[data-part=rest]");
      await pending.evaluate((el) => el.scrollIntoView({block: "start"}));
      const alert = page.locator("bj-explainer bj-data-error [role=alert]");
      await alert.waitFor();
      expect(served, "the page asked for the rest").toBeGreaterThan(0);
      expect(await alert.textContent()).toContain("出错的文件：page/zh/explainer.json（服务器返回 503");
      // The static chapters stay readable under the notice.
      expect(await pending.locator("section h2").count()).toBeGreaterThan(5);
      expect(await scoreboard.isVisible()).toBe(true);
      await page.unroute(pattern);
      await alert.locator("button").click();
      await page.locator("bj-explainer footer.footer").waitFor();
      await page.waitForSelector(READY);
      expect(await alert.count()).toBe(0);
      expect(await page.locator("bj-explainer #chapters bj-narrative").count()).toBeGreaterThan(5);
      expect(errors.filter((e) => !RESOURCE_FAILED.test(e.replace(/^console\.error: /, "")))).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("sizes and settings", () => {
  it.each([240, 320, 768, 1920, 3840])("at %i px wide: no sideways scroll, the first chart in view", async (width) => {
    const {page, errors, close} = await open("", {viewport: {width, height: 900}});
    try {
      const {scrollWidth, innerWidth} = await noSideways(page);
      expect(scrollWidth, `scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`).toBeLessThanOrEqual(innerWidth);
      const chart = page.locator(`${FIRST_CHART} svg.indicator-chart`);
      expect(await chart.isVisible()).toBe(true);
      // Its box read in one look: the live page may replace the drawing between two (redrawn at its column's width).
      const box = await chart.evaluate((svg) => {
        const r = svg.getBoundingClientRect();
        return {x: r.x, width: r.width, height: r.height};
      });
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
      expect(box.height).toBeGreaterThan(50);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("at 400% zoom (320×256 CSS px at 4×): no sideways scroll, the heading in view", async () => {
    const {page, errors, close} = await open("", {viewport: {width: 320, height: 256}, deviceScaleFactor: 4});
    try {
      const {scrollWidth, innerWidth} = await noSideways(page);
      expect(scrollWidth, `scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`).toBeLessThanOrEqual(innerWidth);
      const h1 = page.locator("bj-explainer h1");
      expect(await h1.isVisible()).toBe(true);
      const box = (await h1.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320.5);
      expect(box.y).toBeLessThan(256);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([
    ["reduced motion", {reducedMotion: "reduce"}],
    ["forced colours", {forcedColors: "active"}]
  ] as [string, BrowserContextOptions][])("with %s: charts render and a mark opens its provenance", async (_label, options) => {
    const {page, errors, close} = await open("", options);
    try {
      expect(await page.locator("bj-chart-figure svg.indicator-chart").count()).toBeGreaterThan(0);
      // A mark of the scoreboard as the live page draws it at its column's width (redrawn as it comes into view), not one about to be replaced.
      const mark = page.locator(`${FIRST_CHART} a[data-observation]`).first();
      await settledChart(mark);
      await mark.click();
      await page.waitForSelector(`${DIALOG}[open]`);
      expect(await page.locator(DIALOG).evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      expect(await page.locator(`${DIALOG} blockquote`).count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("nothing hides anything at 320 px", () => {
  it("the language toggle clears the heading; chart buttons stay inside their figure; an open chart menu stays on screen", async () => {
    const {page, errors, close} = await open("", {viewport: {width: 320, height: 800}});
    try {
      const h1 = (await page.locator("bj-explainer h1").boundingBox())!;
      const toggle = (await page.locator("bj-lang-toggle a").boundingBox())!;
      expect(overlaps(h1, toggle), `h1 ${JSON.stringify(h1)} and toggle ${JSON.stringify(toggle)} overlap`).toBe(false);
      expect(toggle.x + toggle.width).toBeLessThanOrEqual(320);

      // Every chart of the explainer, not only the first screen's: the rest loads and draws as it comes near.
      await wholeExplainer(page);
      await drawEveryChart(page);

      const outside = await page.evaluate(() =>
        [...document.querySelectorAll("bj-chart-figure")].flatMap((figure) => {
          // The figure's own buttons (the table's) and its menu's button, across the two shadow roots.
          const chartButtons = (f: Element) => [...f.shadowRoot!.querySelectorAll(".actions button"), ...[...f.shadowRoot!.querySelectorAll(".actions bj-chart-menu")].flatMap((m) => [...m.shadowRoot!.querySelectorAll("button[aria-expanded]")])];
          const f = figure.getBoundingClientRect();
          return chartButtons(figure).flatMap((button) => {
            const b = button.getBoundingClientRect();
            const inside = b.left >= f.left - 0.5 && b.right <= f.right + 0.5 && b.top >= f.top - 0.5 && b.bottom <= f.bottom + 0.5;
            const clipped = button.scrollWidth > button.clientWidth + 1;
            return inside && !clipped ? [] : [`${figure.id} ${button.textContent?.trim()}: ${JSON.stringify({left: b.left, right: b.right, figure: [f.left, f.right]})}${clipped ? " (text clipped)" : ""}`];
          });
        })
      );
      expect(outside).toEqual([]);
      // The buttons of one figure do not overlap each other.
      const collisions = await page.evaluate(() =>
        [...document.querySelectorAll("bj-chart-figure")].flatMap((figure) => {
          // The figure's own buttons (the table's) and its menu's button, across the two shadow roots.
          const chartButtons = (f: Element) => [...f.shadowRoot!.querySelectorAll(".actions button"), ...[...f.shadowRoot!.querySelectorAll(".actions bj-chart-menu")].flatMap((m) => [...m.shadowRoot!.querySelectorAll("button[aria-expanded]")])];
          const boxes = chartButtons(figure).map((b) => b.getBoundingClientRect());
          return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map(() => figure.id));
        })
      );
      expect(collisions).toEqual([]);

      // Each chart's menu, open, shows every item whole, on screen, and the page does not scroll sideways.
      const ids = await page.locator("bj-chart-figure").evaluateAll((fs) => fs.map((f) => f.id));
      for (const id of ids) {
        const menuButton = page.locator(`#${id} bj-chart-menu button[aria-expanded]`);
        await menuButton.click();
        await expect.poll(() => menuButton.getAttribute("aria-expanded")).toBe("true");
        const problems = await page.locator(`#${id} bj-chart-menu`).evaluate((menu) => {
          const items = [...menu.shadowRoot!.querySelectorAll("ul button")];
          const width = document.documentElement.clientWidth;
          const off = items.flatMap((b) => {
            const r = b.getBoundingClientRect();
            return r.width > 0 && r.left >= -0.5 && r.right <= width + 0.5 && b.scrollWidth <= b.clientWidth + 1 ? [] : [`${b.textContent?.trim()}: ${Math.round(r.left)}–${Math.round(r.right)} of ${width}`];
          });
          const sideways = document.documentElement.scrollWidth > innerWidth ? [`page scrollWidth ${document.documentElement.scrollWidth} > ${innerWidth}`] : [];
          return [...off, ...sideways, ...(items.length >= 4 ? [] : [`only ${items.length} items`])];
        });
        expect(problems, `${id}'s open menu`).toEqual([]);
        await page.keyboard.press("Escape");
        await expect.poll(() => menuButton.getAttribute("aria-expanded")).toBe("false");
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
