/**
 * The offline single file (dist-single/beijing-education-14th-fyp.html) in real
 * Chromium, opened from file:// with the network off and every request that is
 * not file:, data: or blob: aborted: nothing asks the network, nothing logs an
 * error, the pre-rendered page (its first chart drawn in) shows without script,
 * every chart draws once the explainer has loaded whole (Plot and the chapters'
 * part are inside the file), chart and data downloads work, the data view filters, the
 * links to data/ files save the embedded copies, the source view, an indicator's
 * page, English and the story (with its speaker view) work, and so does a
 * reload with a query. Run `npm run build:single` before running this file alone.
 */
import {existsSync, readFileSync} from "node:fs";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {columnsOf, OBSERVATION_FIELDS} from "../../src/schema/tables.ts";
import {messagesFor} from "../../src/i18n/messages.ts";
import {strFromU8, unzipSync} from "fflate";
import {parseCsv} from "../support/read-csv.ts";
import {SINGLE_FILE_NAME} from "../../src/prerender/single-file.ts";
import {closeBuiltSite, openBuiltSite} from "./built-site.ts";
import {chartMenuAction, download, newPage, wholeExplainer} from "./page-helpers.ts";
import {pageModel} from "../../src/model/page-model.ts";
import {realData} from "../real-data.ts";
import {encodeDeck} from "../../src/model/deck-codec.ts";

const file = new URL(`../../dist-single/${SINGLE_FILE_NAME}`, import.meta.url);
const SCOREBOARD = "bj-chart-figure#chart-scoreboard";
const READY = `${SCOREBOARD} svg#plot-scoreboard a[data-observation]`;
const PRESCHOOL = "preschool-enrolment-rate";
const COLUMNS = columnsOf(OBSERVATION_FIELDS);

interface Observation {
  observation_id: string;
  indicator_id: string;
  domain: string;
}

let browser: Browser;
/** The data files embedded in the single file, by name. */
let embedded: Record<string, string>;
let observations: Observation[];

beforeAll(async () => {
  if (!existsSync(file)) throw new Error(`dist-single/${SINGLE_FILE_NAME} is missing: run \`npm run build:single\` first`);
  const html = readFileSync(file, "utf8");
  embedded = JSON.parse(html.match(/<script type="application\/json" id="bj-edu-data">([^<]*)<\/script>/)![1]);
  // The published observations table (the page's parts carry no table of their own).
  const [header, ...rows] = parseCsv(embedded["observations.csv"]);
  observations = rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i]])) as unknown as Observation);
  ({browser} = await openBuiltSite({needs: []}));
});

afterAll(() => closeBuiltSite({browser}));

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions, as they happen. */
  errors: string[];
  /** Every request for anything that is not file:, data: or blob: (all of them aborted). */
  network: string[];
  close(): Promise<void>;
}

const LOCAL = /^(file|data|blob):/;

/** The single file in a fresh context with the network off, at `query`, once `ready` shows. */
async function open(query = "", ready = READY): Promise<Opened> {
  const {context, page, errors, close} = await newPage(browser, {reducedMotion: "reduce", acceptDownloads: true, offline: true});
  const network: string[] = [];
  context.on("request", (request) => void (LOCAL.test(request.url()) || network.push(request.url())));
  await context.route("**/*", (route) => (LOCAL.test(route.request().url()) ? route.continue() : route.abort("internetdisconnected")));
  await page.goto(file.href + query);
  await page.waitForSelector(ready);
  return {page, errors, network, close};
}

const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const count = async (page: Page) => ((await page.locator("bj-data-view .result-count").textContent()) ?? "").match(/\d+/g)!.map(Number);

describe("the offline single file, from file:// with the network off", () => {
  it("offers no embed code, which it cannot give, and names the hosted page that can (when the build was told its address)", async () => {
    const {page, errors, network, close} = await open();
    try {
      await page.locator(`${SCOREBOARD} bj-chart-menu button[aria-expanded]`).click();
      await expect.poll(() => page.locator(`${SCOREBOARD} bj-chart-menu button[data-download=csv]`).isVisible()).toBe(true);
      expect(await page.locator(`${SCOREBOARD} bj-chart-menu button[data-embed]`).count()).toBe(0);
      const offline = page.locator("bj-explainer footer .offline");
      await offline.waitFor();
      // The hosted page's address is the build setting SITE_URL; without it, none is made up.
      const {site} = JSON.parse(readFileSync(new URL("../../public/data/content.json", import.meta.url), "utf8")) as {site: {url: string | null}};
      if (site.url) expect(await offline.locator("a").getAttribute("href")).toBe(site.url);
      else expect(await offline.locator("a").count()).toBe(0);
      expect(network).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("shows the explainer and draws every chart, and its links to data/ save the embedded files", async () => {
    const {page, errors, network, close} = await open();
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      // The static page leaves the document a section per task once the live page shows.
      await expect.poll(() => page.locator("#prerendered").count(), {message: "the static page has been replaced"}).toBe(0);
      expect(await page.locator("bj-explainer h1").textContent()).toContain("十四五");
      // What follows the scoreboard loads (from the embedded data) as a reader scrolls towards it.
      await wholeExplainer(page);
      const figures = page.locator("bj-explainer bj-chart-figure");
      const total = await figures.count();
      expect(total).toBeGreaterThan(0);
      expect(total, "every chart of the explainer").toBe(pageModel(realData().data, "zh").charts.size);
      // Charts draw as they come near the screen: scroll each into view.
      for (let i = 0; i < total; i++) await figures.nth(i).scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator("bj-explainer bj-chart-figure:not(:has(svg.indicator-chart))").count()).toBe(0);
      expect(await page.locator("bj-explainer bj-chart-figure svg.indicator-chart").count()).toBe(total);
      // Some were drawn here by Plot, not adopted from the static page: Plot is in the file.
      expect(await page.locator("bj-explainer bj-chart-figure svg.indicator-chart:not(.adopted)").count()).toBeGreaterThan(0);

      // A chart's downloads: its data, and the chart as PNG (drawn through a blob: URL and a canvas).
      const scoreboard = page.locator(SCOREBOARD);
      const marks = await scoreboard.locator("svg.indicator-chart a[data-observation]").evaluateAll((as) => new Set(as.map((a) => a.getAttribute("data-observation"))).size);
      const chartCsv = await download(page, () => chartMenuAction(page, SCOREBOARD, "csv"));
      expect(chartCsv.name).toMatch(/^beijing-education-14th-fyp_scoreboard_\d{4}-\d{2}-\d{2}\.csv$/);
      expect(parseCsv(chartCsv.bytes.toString("utf8")).length - 1).toBe(marks);
      const png = await download(page, () => chartMenuAction(page, SCOREBOARD, "png"));
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

      // The footer's CSV of every figure: the observations (indicators.csv is now the catalogue), as published.
      const csvLink = page.locator('bj-explainer footer a[href="data/observations-excel.csv"], bj-explainer footer a[href="data/observations.csv"]').first();
      expect(await csvLink.count(), "the footer links to the CSV of every observation").toBe(1);
      const csvName = (await csvLink.getAttribute("href"))!.replace(/^data\//, "");
      const csv = await download(page, () => csvLink.click());
      expect(csv.name).toBe(csvName);
      expect(csv.bytes.equals(Buffer.from(embedded[csvName], "utf8")), `${csvName} as published`).toBe(true);
      expect(parseCsv(csv.bytes.toString("utf8"))[0]).toEqual([...COLUMNS]);
      // For a reader who double-clicks it: a byte-order mark, so a spreadsheet reads UTF-8.
      expect([...csv.bytes.subarray(0, 3)], "UTF-8 BOM").toEqual([0xef, 0xbb, 0xbf]);
      const pkg = await download(page, () => page.locator('bj-explainer footer a[href="data/datapackage.json"]').click());
      expect(pkg.bytes.toString("utf8")).toBe(embedded["datapackage.json"]);

      expect(network).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("carries the pre-rendered page: its first chart shows before any script runs, and every chapter's text", async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, offline: true, javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (request) => void (LOCAL.test(request.url()) || requests.push(request.url())));
      await page.goto(file.href);
      const {explainer} = pageModel(realData().data, "zh");
      // The Chinese static page, one language to the file.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      const pre = page.locator('#prerendered[lang="zh-CN"] > .page');
      expect(await pre.count()).toBe(1);
      expect(await pre.locator(".status-summary p.finding").textContent()).toBe(explainer.summary.finding);
      // The scoreboard's chart is drawn into the page: it shows, its marks linked to their quotes.
      const scoreboard = pre.locator("#chart-scoreboard svg#pre-zh-scoreboard.indicator-chart");
      expect(await scoreboard.isVisible()).toBe(true);
      const box = (await scoreboard.boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(box.height).toBeGreaterThan(100);
      expect(await scoreboard.locator("a[data-observation]").count()).toBeGreaterThan(0);
      // The chapters' charts are pictures beside the hosted page, which the one file has none of: no picture
      // (it could not load), but each chart keeps its heading, and each chapter its text.
      expect(await pre.locator("img").count()).toBe(0);
      const charts = [explainer.scoreboard.chart, ...explainer.chapters.flatMap((c) => c.charts)];
      expect(await pre.locator("bj-chart-figure").evaluateAll((figures) => figures.map((f) => f.id))).toEqual(charts.map((c) => `chart-${c.id}`));
      expect(await pre.locator("#chapters > section > h2").allTextContents()).toEqual(explainer.chapters.map((c) => c.title));
      expect(await pre.locator("#chapters section .narrative p:has(a.figure)").count()).toBeGreaterThanOrEqual(explainer.chapters.length);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("opens the data view from its link, filters, and downloads the selection (CSV) and the data package (ZIP)", async () => {
    const {page, errors, network, close} = await open();
    try {
      await page.locator('bj-explainer nav a[href^="?view=data"]').click();
      await page.waitForSelector("bj-data-view .result-count");
      expect(params(page)).toEqual({view: "data"});
      expect(await count(page)).toEqual([observations.length, observations.length]);

      await page.locator('bj-data-view input[type=checkbox][name=domain][value="preschool"]').check();
      await expect.poll(() => params(page).domain).toBe("preschool");
      const ids = observations.filter((o) => o.domain === "preschool").map((o) => o.observation_id);
      expect(ids.length).toBeGreaterThan(0);
      await expect.poll(() => count(page)).toEqual([ids.length, observations.length]);
      const shown = await page.locator("bj-data-view tbody tr[data-observation]").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-observation")!));
      expect(shown.sort()).toEqual([...ids].sort());
      // A reload of file://…?view=data&domain=preschool keeps the view and the filter.
      await page.reload();
      await page.waitForSelector("bj-data-view .result-count");
      expect(await count(page)).toEqual([ids.length, observations.length]);

      const csv = await download(page, () => page.locator("bj-data-view button[data-download=csv]").click());
      expect(csv.name).toMatch(/^beijing-education-14th-fyp_preschool_\d{4}-\d{2}-\d{2}\.csv$/);
      const [header, ...rows] = parseCsv(csv.bytes.toString("utf8"));
      expect(header).toEqual([...COLUMNS]);
      expect(rows.length).toBe(ids.length);
      expect(rows.every((r) => r[COLUMNS.indexOf("domain")] === "preschool")).toBe(true);
      // Each row is a line of the published observations (the spreadsheet copy is the same table with a BOM).
      expect(embedded["observations-excel.csv"]).toBe("\uFEFF" + embedded["observations.csv"]);
      const published = new Set(embedded["observations.csv"].split("\r\n"));
      for (const line of csv.bytes.toString("utf8").replace(/^\uFEFF/, "").split("\r\n").filter(Boolean)) expect(published.has(line), line).toBe(true);

      // The ZIP takes datapackage.json from the embedded copy (loadText) and the sources from the dataset.
      const zip = await download(page, () => page.locator("bj-data-view button[data-download=zip]").click());
      expect(zip.bytes.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
      const unzipped = unzipSync(new Uint8Array(zip.bytes));
      expect(strFromU8(unzipped["datapackage.json"]), "the ZIP holds datapackage.json as published").toBe(embedded["datapackage.json"]);
      expect(strFromU8(unzipped["sources/plan-2021.txt"]), "and the cleaned sources, as published").toBe(readFileSync(new URL("../../dist/data/sources/plan-2021.txt", import.meta.url), "utf8"));

      expect(network).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("shows English from ?lang=en, a source document, and an indicator's page, each opened with a query", async () => {
    // The live English page (its scoreboard is drawn as it nears the screen: this file holds the Chinese drawing only).
    const {page, errors, network, close} = await open("?lang=en", "bj-explainer bj-lang-toggle a");
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.title()).toMatch(/Beijing/);
      expect(await page.locator("bj-explainer h1").textContent()).toMatch(/[A-Za-z]{4}/);
      expect(await page.locator("bj-explainer h1").textContent()).not.toMatch(/[\u4e00-\u9fff]/);
      // The language toggle switches back in place.
      await page.locator("bj-explainer bj-lang-toggle a").click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      expect(params(page).lang).toBeUndefined();
      expect(await page.locator("bj-explainer h1").textContent()).toContain("十四五");

      await page.goto(`${file.href}?view=source&doc=plan-2021&lang=en`);
      await page.waitForSelector("bj-source-view mark a");
      expect(await page.locator("bj-source-view mark").count()).toBeGreaterThan(10);

      await page.goto(`${file.href}?indicator=${PRESCHOOL}`);
      await page.waitForSelector("bj-indicator-detail bj-chart-figure svg.indicator-chart");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      expect(await page.locator("bj-indicator-detail article.observation").count()).toBe(observations.filter((o) => o.indicator_id === PRESCHOOL).length);

      expect(network).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("presents the story: ?story=plan&step=1 shows step 1, → moves to step 2, and the speaker view follows", async () => {
    const {page, errors, network, close} = await open("?story=plan&step=1", "bj-story section.slide bj-chart-figure svg.indicator-chart");
    try {
      const visible = page.locator("bj-story section.slide h1");
      await expect.poll(() => visible.count()).toBe(1);
      const first = await visible.textContent();
      expect(first).toBeTruthy();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => params(page).step).toBe("2");
      await expect.poll(() => visible.textContent()).not.toBe(first);
      await page.waitForSelector("bj-story section.slide bj-chart-figure svg.indicator-chart");

      // The speaker view opens in a second window (file://…&notes=1) and follow the steps (a BroadcastChannel).
      await page.locator("bj-story .bar .menu > button").click();
      const [notes] = await Promise.all([page.context().waitForEvent("page"), page.locator("bj-story .bar .menu").getByRole("button", {name: messagesFor("zh").story.notes}).click()]);
      notes.on("console", (message) => void (message.type() === "error" && errors.push(`notes console.error: ${message.text()}`)));
      notes.on("pageerror", (error) => errors.push(`notes pageerror: ${error.message}`));
      await notes.waitForSelector("bj-story-notes h1#notes-h");
      expect(new URL(notes.url()).protocol).toBe("file:");
      expect(Object.fromEntries(new URL(notes.url()).searchParams)).toMatchObject({story: "plan", step: "2", notes: "1"});
      await page.bringToFront();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => params(page).step).toBe("3");
      await expect.poll(() => new URL(notes.url()).searchParams.get("step")).toBe("3");

      expect(network).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("makes and presents a briefing: the editor takes a chart from the embedded data, presents it, and the speaker's window follows", async () => {
    const payload = encodeDeck({format: "bj-edu-briefing", version: 2, data: "0.3.0", title: {zh: "离线简报"},
      slides: [{chart: null, text: {zh: {title: "要点", caption: "", notes: ""}}}, {chart: "school-places", text: {zh: {title: "学位", caption: "新增{school-places-added:actual}。", notes: "讲稿"}}}]});
    const {page, errors, network, close} = await open(`?view=deck&deck=${payload}`, "bj-deck-editor ol.slides");
    try {
      await page.locator("bj-deck-editor #add-chart").selectOption("preschool-rates");
      await page.locator("bj-deck-editor").getByRole("button", {name: "添加图表"}).click();
      await expect.poll(() => page.locator("bj-deck-editor ol.slides li").count()).toBe(3);
      await page.locator("bj-deck-editor").getByRole("link", {name: "开始演示"}).click();
      await expect.poll(() => page.locator("bj-story .slide h1").textContent()).toBe("要点");
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator("bj-story .slide .caption").textContent()).toMatch(/新增3\.6万个。/);
      const [notes] = await Promise.all([page.context().waitForEvent("page"), page.keyboard.press("s")]);
      await notes.waitForSelector("bj-story-notes .notes-text");
      expect(new URL(notes.url()).protocol).toBe("file:");
      await page.bringToFront();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => new URL(notes.url()).searchParams.get("step")).toBe("3");
      expect(network).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
