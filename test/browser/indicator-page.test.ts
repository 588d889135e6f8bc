/**
 * An indicator's metadata page in Chromium (dist/): what the indicator counts,
 * how each target's status is judged, every figure with its quote and its own
 * status, related indicators as working links, its files (fetched), the code
 * that loads them with a copy button, the chart's CSV as its table on screen
 * (axe runs over it in axe-sweep.test.ts).
 * Run `npm run build` before running this file alone.
 */
import {BUILD_WORDS} from "../../src/i18n/build-words.ts";
import {METHOD_MESSAGES} from "../../src/i18n/method-messages.ts";
import {readFileSync} from "node:fs";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {en} from "../../src/i18n/en.ts";
import {CHART_CSV_COLUMNS} from "../../src/model/chart-csv.ts";
import type {IndicatorRow, ObservationRow} from "../../src/schema/tables.ts";
import {parseCsv} from "../support/read-csv.ts";
import {closeBuiltSite, DIST as dist, openBuiltSite, type Served} from "./built-site.ts";
import {download, openPage, recordClipboard} from "./page-helpers.ts";

const json = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, dist), "utf8"));
const ID = "school-places-added";
const READY = "bj-indicator-detail bj-data-snippets";
const noSpace = (s: string | null) => (s ?? "").replace(/\s+/g, "");

let browser: Browser;
let server: Served;
let observations: ObservationRow[];
let indicators: Map<string, IndicatorRow>;

beforeAll(async () => {
  observations = json("data/observations.json");
  indicators = new Map(json<IndicatorRow[]>("data/indicators.json").map((i) => [i.id, i]));
  ({browser, server} = await openBuiltSite({needs: ["index.html", "data/observations.json", "data/indicators.json"]}));
});

afterAll(() => closeBuiltSite({browser}));

describe("an indicator's page", () => {
  it("says what it counts, how its status is judged, every figure with its quote, and what it relates to", async () => {
    const {page, errors, close} = await openPage(browser, `${server.url}?indicator=${ID}&lang=en`, {ready: READY});
    try {
      const indicator = indicators.get(ID)!;
      const detail = page.locator("bj-indicator-detail");
      expect(await detail.locator("h1").textContent()).toBe(indicator.name_en);
      const about = detail.locator("section.indicator-about");
      expect(await about.locator("dd").first().textContent()).toBe(indicator.definition_en);
      expect(await about.locator("dd").allTextContents()).toEqual([indicator.definition_en, "个 (number)", en.basis.flow, BUILD_WORDS.en.better.higher]);

      const method = detail.locator("section.indicator-method li[data-target='summary-2022/school-places-added-target']");
      expect(await method.textContent()).toBe(`Yearly target (2022): Met. ${METHOD_MESSAGES.en.statusMethod.year}`);
      expect(await detail.locator("section.indicator-method a").getAttribute("href")).toBe("?lang=en#method");

      const own = observations.filter((o) => o.indicator_id === ID);
      const articles = detail.locator("article.observation");
      expect(await articles.count()).toBe(own.length);
      for (const o of own) {
        const article = detail.locator(`article[id="obs-${o.observation_id}"]`);
        expect(noSpace(await article.locator("blockquote mark").allTextContents().then((t) => t.join(""))), o.observation_id).toContain(noSpace(o.quote));
        expect(await article.locator(".figure-status").count()).toBe(o.status ? 1 : 0);
      }

      // Related indicators are links that open their pages.
      const pacedBy = detail.locator("section.indicator-related ul[data-relation='paced-by'] a");
      expect(await pacedBy.getAttribute("href")).toBe(`?indicator=${ID}-five-year&lang=en`);
      expect(await detail.locator("section.indicator-related ul[data-relation='not-comparable'] a").count()).toBe(2);
      await pacedBy.click();
      await expect.poll(() => page.locator("bj-indicator-detail h1").textContent()).toBe(indicators.get(`${ID}-five-year`)!.name_en);
      expect(new URL(page.url()).search).toBe(`?indicator=${ID}-five-year&lang=en`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("shows a figure's own verdict, and Dongcheng's registered-resident target on a page of its own, related to the city's rate", async () => {
    const {page, errors, close} = await openPage(browser, `${server.url}?indicator=preschool-enrolment-rate&lang=en`, {ready: READY});
    try {
      const status = (id: string) => page.locator(`bj-indicator-detail article[id="obs-${id}"] .figure-status`).textContent();
      expect(await status("plan-2021/preschool-enrolment-rate-2025")).toBe("Status: Met");
      expect(await page.locator("bj-indicator-detail article[id='obs-dongcheng-2022/preschool-enrolment-rate-registered']").count()).toBe(0);
      expect(await page.locator("bj-indicator-detail a[href='?indicator=preschool-enrolment-rate-registered&lang=en']").count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    const district = await openPage(browser, `${server.url}?indicator=preschool-enrolment-rate-registered&lang=en`, {ready: "bj-indicator-detail section.indicator-method"});
    try {
      const target = "dongcheng-2022/preschool-enrolment-rate-registered";
      expect(await district.page.locator(`bj-indicator-detail article[id="obs-${target}"] .figure-status`).textContent()).toBe("Status: No new figure");
      expect(await district.page.locator(`bj-indicator-detail section.indicator-method li[data-target='${target}']`).textContent()).toContain("No new figure: not in the documents tracked here");
      expect(district.errors).toEqual([]);
    } finally {
      await district.close();
    }
  });

  it("links to its CSV and metadata, which the site serves as published", async () => {
    const {page, errors, close} = await openPage(browser, `${server.url}?indicator=${ID}&lang=en`, {ready: READY});
    try {
      const links = page.locator("bj-indicator-detail section.indicator-downloads a");
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([`data/indicators/${ID}.csv`, `data/indicators/${ID}.metadata.json`]);
      const fetched = await page.evaluate(async (hrefs) => Promise.all(hrefs.map(async (href) => {
        const response = await fetch(href);
        return {status: response.status, text: await response.text()};
      })), [`data/indicators/${ID}.csv`, `data/indicators/${ID}.metadata.json`]);
      expect(fetched.map((f) => f.status)).toEqual([200, 200]);
      expect(fetched[0].text).toBe(readFileSync(new URL(`data/indicators/${ID}.csv`, dist), "utf8"));
      expect(JSON.parse(fetched[1].text)).toMatchObject({id: ID, name: {en: indicators.get(ID)!.name_en}});
      const csv = await download(page, () => links.first().click());
      expect(csv.name).toBe(`${ID}.csv`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("gives code that loads its files from this site, each with a copy button that copies it", async () => {
    const {page, context, errors, close} = await openPage(browser, `${server.url}?indicator=${ID}&lang=en`, {ready: READY});
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], {origin: server.url.replace(/\/$/, "")});
      const snippets = page.locator("bj-data-snippets");
      expect(await snippets.locator("h2").textContent()).toBe(en.snippets.heading);
      expect(await snippets.locator("h3").allTextContents()).toEqual([en.snippets.python, en.snippets.r, en.snippets.js, en.snippets.curl]);
      const js = await snippets.locator("textarea[data-snippet=js]").inputValue();
      expect(js).toContain(`const base = "${server.url}data/";`);
      expect(js).toContain(`const indicator = "${ID}";`);
      const copied = await recordClipboard(page);
      await snippets.locator("button[data-copy=js]").click();
      await expect.poll(() => snippets.locator("button[data-copy=js]").textContent()).toBe(en.snippets.copied);
      expect(await copied()).toBe(js);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("downloads its chart's data with the columns of the chart's table on screen", async () => {
    const {page, errors, close} = await openPage(browser, `${server.url}?indicator=${ID}&lang=en`, {ready: `bj-indicator-detail bj-chart-figure svg.indicator-chart`});
    try {
      const figure = page.locator(`bj-chart-figure#chart-indicator-${ID}`);
      await figure.locator("bj-chart-menu button[aria-expanded]").click();
      const csv = await download(page, () => figure.locator("button[data-download=csv]").click());
      const [header, ...rows] = parseCsv(csv.bytes.toString("utf8"));
      expect(header).toEqual([...CHART_CSV_COLUMNS]);
      expect(rows.length).toBeGreaterThan(1);
      await figure.locator("button[aria-controls^='table-']").click();
      const shown = await figure.locator("table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim())));
      const onScreen = ["label_indicator", "label_series", "label_figure", "label_status", "label_source"].map((c) => header.indexOf(c));
      expect(rows.map((r) => onScreen.map((i) => r[i]))).toEqual(shown);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  // axe runs over an indicator's page in both languages in axe-sweep.test.ts.
});
