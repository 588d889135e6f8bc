/**
 * The researchers' features of the built explainer (dist/) in real Chromium:
 * the data view's filters, search, counts and sort live in the URL and survive
 * reload, back and forward; downloads (CSV, JSON, ZIP, chart CSV/SVG/PNG) hold
 * exactly what is shown; indicator permalinks; hostile and random URLs do no
 * harm (axe runs over these views in axe-sweep.test.ts). Run `npm run build`
 * before running this file alone.
 */
import {FIRST_PAINT_SCRIPT} from "../../src/security/first-paint.ts";
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import fc from "fast-check";
import {JSDOM} from "jsdom";
import type {Browser, BrowserContextOptions, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {COMPARATORS} from "../../src/schema/comparators.ts";
import {columnsOf, OBSERVATION_FIELDS, type ObservationRow} from "../../src/schema/tables.ts";
import {neutralise} from "../../src/formats/csv.ts";
import {CHART_CSV_COLUMNS} from "../../src/model/chart-csv.ts";
import {parseCsv} from "../support/read-csv.ts";
import {cleanQuery} from "../../src/model/url-state.ts";
import {closeBuiltSite, DIST as dist, openBuiltSite, type Served} from "./built-site.ts";
import {chartMenuAction, download, openPage, settle} from "./page-helpers.ts";

/** The columns of observations.csv, in order; which hold numbers, and which codes (written as they are, never neutralised). */
const COLUMNS = columnsOf(OBSERVATION_FIELDS);
const NUMERIC_COLUMNS = new Set(COLUMNS.filter((c) => OBSERVATION_FIELDS[c].type === "number" || OBSERVATION_FIELDS[c].type === "integer"));
const CODE_COLUMNS = new Set(COLUMNS.filter((c) => OBSERVATION_FIELDS[c].kind === "code"));

type Row = ObservationRow;
type Observation = ObservationRow;

const DATA_READY = "bj-data-view .result-count";
const SCOREBOARD = "bj-chart-figure#chart-scoreboard";
const EXPLAINER_READY = `${SCOREBOARD} svg#plot-scoreboard a[data-observation]`;
const ROWS = "bj-data-view tbody tr[data-observation]";
const PRESCHOOL = "preschool-enrolment-rate";
const FILE_NAME = /^beijing-education-14th-fyp_([a-z0-9]+(?:-[a-z0-9]+)*)_(\d{4}-\d{2}-\d{2})\.(csv|json|zip|svg|png)$/;

let browser: Browser;
let server: Served;
let observations: Observation[];
/** observations.json rows by observation id, as published. */
let published: Map<string, Row>;
let byId: Map<string, Observation>;
const noSpace = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, "");
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, "");
/** Lone surrogates as U+FFFD (String.prototype.toWellFormed is ES2024). */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

beforeAll(async () => {
  ({browser, server} = await openBuiltSite({needs: ["index.html", "data/observations.json"]}));
  observations = JSON.parse(readFileSync(new URL("data/observations.json", dist), "utf8"));
  // Read twice, so that nothing the test does to one copy can make the other agree with it.
  const rows: Row[] = JSON.parse(readFileSync(new URL("data/observations.json", dist), "utf8"));
  published = new Map(rows.map((r) => [r.observation_id, r]));
  byId = new Map(observations.map((o) => [o.observation_id, o]));
});

afterAll(() => closeBuiltSite({browser}));

interface Opened {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

const open = (path = "", ready = DATA_READY, options: BrowserContextOptions = {}): Promise<Opened> => openPage(browser, server.url + path, {ready, ...options});


/** The published row of an observation, found by its id. */
function publishedRow(id: string): Row {
  expect(byId.get(id), `observation ${id} exists`).toBeDefined();
  const row = published.get(id);
  expect(row, `observations.json has a row for ${id}`).toBeDefined();
  return row!;
}

/** The rows the data view should show for domain/series/q filters (q as the view matches it, minus the formatted figure). */
function expectedIds({domain = [], series = [], q = ""}: {domain?: string[]; series?: string[]; q?: string}): string[] {
  return observations
    .filter((o) => (!domain.length || domain.includes(o.domain as string)) && (!series.length || series.includes(o.series as string)))
    .filter((o) => !q || [o.indicator_zh, o.indicator_en, o.quote, o.figure, o.source_title].some((t) => fold(String(t)).includes(fold(q))))
    .map((o) => o.observation_id);
}

const shownIds = (page: Page) => page.locator(ROWS).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-observation")!));
const checkedBoxes = (page: Page) =>
  page.locator("bj-data-view input[type=checkbox]:checked").evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`));
/** The current history entry's index (Chromium's Navigation API). */
const entryIndex = (page: Page) => page.evaluate(() => (window as unknown as {navigation: {currentEntry: {index: number}}}).navigation.currentEntry.index);
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const checkbox = (page: Page, name: string, value: string) => page.locator(`bj-data-view input[type=checkbox][name=${name}][value="${value}"]`);

/** "显示 N / 总 M 条" or "Showing N of M": the two numbers. */
async function count(page: Page): Promise<[number, number]> {
  const text = (await page.locator(".result-count").textContent()) ?? "";
  const numbers = text.match(/\d+/g)!.map(Number);
  expect(numbers.length, text).toBe(2);
  return [numbers[0], numbers[1]];
}

/** A published row as a CSV reader gets it back: missing values empty, numbers as written, codes as they are, text with formula starts neutralised. */
const asCsvCells = (row: Row) => COLUMNS.map((c) => (row[c] === null ? "" : typeof row[c] === "number" || CODE_COLUMNS.has(c) ? String(row[c]) : neutralise(String(row[c]))));

/** A downloaded CSV holds exactly these observations' published rows, in this order, in the published columns. */
function expectCsvOf(bytes: Buffer, ids: string[]) {
  expect([...bytes.subarray(0, 3)], "UTF-8 BOM").toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual([...COLUMNS]);
  expect(rows.map((r) => r.length)).toEqual(rows.map(() => COLUMNS.length));
  expect(rows.map((r) => r[COLUMNS.indexOf("observation_id")])).toEqual(ids);
  expect(rows).toEqual(ids.map((id) => asCsvCells(publishedRow(id))));
  // Every field is quoted (a spreadsheet splitting on ; or TAB then reads a row as one cell; see
  // src/formats/csv.ts), and a number reads back as the number it is.
  expect(text.split("\r\n").filter(Boolean).every((line) => /^\uFEFF?".*"$/.test(line))).toBe(true);
  for (const [i, row] of rows.entries()) {
    for (const [j, column] of COLUMNS.entries()) {
      if (NUMERIC_COLUMNS.has(column)) {
        // A missing number (value_upper of a figure that is not a range) is an empty cell.
        expect(row[j], `${column} of row ${i + 1}`).toMatch(OBSERVATION_FIELDS[column].optional ? /^(-?\d+(\.\d+)?)?$/ : /^-?\d+(\.\d+)?$/);
      }
      if (CODE_COLUMNS.has(column)) expect(row[j], `${column} of row ${i + 1} is a code, never neutralised`).not.toMatch(/^'/);
    }
  }
  // Comparators are letter codes, written as they are: nothing for a spreadsheet to run, nothing neutralised.
  expect(rows.every((r) => (COMPARATORS as readonly string[]).includes(r[COLUMNS.indexOf("comparator")]))).toBe(true);
}


const QUERY = "入园";

/** The data view, narrowed through the UI: a search, then domain=preschool, then series=target. */
async function narrow(page: Page) {
  await page.locator("bj-data-view input[type=search][name=q]").fill(QUERY);
  await expect.poll(() => params(page).q).toBe(QUERY);
  await checkbox(page, "domain", "preschool").check();
  await expect.poll(() => params(page).domain).toBe("preschool");
  await checkbox(page, "series", "target").check();
  await expect.poll(() => params(page).series).toBe("target");
}

describe("the data view in Chromium", () => {
  it("sets filters through the UI: the URL, the count and the rows agree, and every row matches", async () => {
    const {page, errors, close} = await open("?view=data");
    try {
      const [all, total] = await count(page);
      expect(total).toBe(observations.length);
      expect(all).toBe(total);
      expect(await page.locator(ROWS).count()).toBe(total);
      const historyBefore = await page.evaluate(() => history.length);

      await narrow(page);
      expect(params(page)).toEqual({view: "data", domain: "preschool", series: "target", q: QUERY});
      const ids = expectedIds({domain: ["preschool"], series: ["target"], q: QUERY});
      expect(ids.length).toBeGreaterThan(0);
      await expect.poll(() => shownIds(page).then((s) => [...s].sort())).toEqual([...ids].sort());
      expect(await count(page)).toEqual([ids.length, total]);
      expect(await page.locator(ROWS).count()).toBe(ids.length);
      expect(await checkedBoxes(page)).toEqual(["domain=preschool", "series=target"]);

      // Every shown row says what it is: its domain and series cells, its quote contains the search.
      for (const id of await shownIds(page)) {
        const o = byId.get(id)!;
        expect(o.domain).toBe("preschool");
        expect(o.series).toBe("target");
        const quote = await page.locator(`${ROWS}[data-observation="${id}"] td:nth-child(7) span[lang]`).textContent();
        expect(noSpace(quote)).toBe(noSpace(`“${o.quote}”`));
      }
      // Each option's count is the rows that option would give, the others as they are.
      const preschoolLabel = await checkbox(page, "domain", "preschool").locator("xpath=..").textContent();
      expect(preschoolLabel?.trim()).toMatch(new RegExp(`\\(${ids.length}\\)$`));
      const actualLabel = await checkbox(page, "series", "actual").locator("xpath=..").textContent();
      expect(actualLabel?.trim()).toMatch(new RegExp(`\\(${expectedIds({domain: ["preschool"], series: ["actual"], q: QUERY}).length}\\)$`));

      // Two checkboxes pushed two entries. The search replaced the current entry, and committing it
      // (the change event when focus moves to a checkbox) added none: no entry that Back would skip over.
      expect((await page.evaluate(() => history.length)) - historyBefore).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("comes back the same after a reload; back undoes the last filter and forward redoes it", async () => {
    const {page, errors, close} = await open("?view=data");
    try {
      const start = await entryIndex(page);
      await narrow(page);
      expect(await entryIndex(page)).toBe(start + 2);
      const url = page.url();
      const ids = await shownIds(page);
      const checked = await checkedBoxes(page);

      await page.reload();
      await page.waitForSelector(DATA_READY);
      expect(page.url()).toBe(url);
      expect(await checkedBoxes(page)).toEqual(checked);
      expect(await shownIds(page)).toEqual(ids);
      expect(await page.locator("bj-data-view input[name=q]").inputValue()).toBe(QUERY);

      await page.goBack();
      await expect.poll(() => params(page)).toEqual({view: "data", domain: "preschool", q: QUERY});
      const back = expectedIds({domain: ["preschool"], q: QUERY});
      expect(back.length).toBeGreaterThan(ids.length);
      await expect.poll(() => shownIds(page).then((s) => [...s].sort())).toEqual([...back].sort());
      expect(await checkedBoxes(page)).toEqual(["domain=preschool"]);
      expect((await count(page))[0]).toBe(back.length);

      await page.goForward();
      await expect.poll(() => params(page)).toEqual({view: "data", domain: "preschool", series: "target", q: QUERY});
      await expect.poll(() => shownIds(page)).toEqual(ids);
      expect(await checkedBoxes(page)).toEqual(checked);
      expect(await page.locator("bj-data-view input[name=q]").inputValue()).toBe(QUERY);

      // Back once more undoes the domain filter: one Back per change, none wasted on a duplicate entry.
      await page.goBack();
      await page.goBack();
      await expect.poll(() => params(page)).toEqual({view: "data", q: QUERY});
      expect(await entryIndex(page), "back at the entry the search was typed in").toBe(start);
      expect(await checkedBoxes(page)).toEqual([]);
      await expect.poll(() => shownIds(page).then((s) => s.length)).toBe(expectedIds({q: QUERY}).length);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("downloads exactly the shown rows as CSV and JSON, and the whole data package as a ZIP", async () => {
    const {page, errors, close} = await open(`?view=data&domain=preschool&series=target,actual`);
    try {
      const ids = await shownIds(page);
      expect([...ids].sort()).toEqual(expectedIds({domain: ["preschool"], series: ["target", "actual"]}).sort());

      const csv = await download(page, () => page.locator("bj-data-view button[data-download=csv]").click());
      const [, topic, date, ext] = csv.name.match(FILE_NAME) ?? [];
      expect(csv.name).toMatch(FILE_NAME);
      // Filter values in the parser's fixed order (series: baseline, target, actual), not the URL's.
      expect([topic, ext]).toEqual(["preschool-target-actual", "csv"]);
      expect(Math.abs(Date.parse(date) - Date.now())).toBeLessThan(2 * 86400000);
      expectCsvOf(csv.bytes, ids);

      const json = await download(page, () => page.locator("bj-data-view button[data-download=json]").click());
      expect(json.name).toMatch(FILE_NAME);
      expect(json.name).toBe(csv.name.replace(/\.csv$/, ".json"));
      const rows: Row[] = JSON.parse(json.bytes.toString("utf8"));
      expect(rows).toEqual(ids.map(publishedRow));
      expect(rows.every((r) => Object.keys(r).join() === COLUMNS.join())).toBe(true);

      const zip = await download(page, () => page.locator("bj-data-view button[data-download=zip]").click());
      expect(zip.name).toMatch(FILE_NAME);
      expect(zip.name).toMatch(/_datapackage_.*\.zip$/);
      expect(zip.bytes.length).toBeGreaterThan(1000);
      expect(zip.bytes.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
      const listing = JSON.parse(
        execFileSync("python3", [
          "-c",
          "import zipfile,sys,json,base64;z=zipfile.ZipFile(sys.argv[1]);print(json.dumps({'names':z.namelist(),'bad':z.testzip(),'files':{n:base64.b64encode(z.read(n)).decode() for n in z.namelist()}}))",
          zip.path
        ], {encoding: "utf8", maxBuffer: 64 * 1024 * 1024})
      ) as {names: string[]; bad: string | null; files: Record<string, string>};
      expect(listing.bad, "every entry's CRC is right").toBeNull();
      // The version's archive, byte for byte: its description and every file it names, as published.
      const pkg = JSON.parse(readFileSync(new URL("data/datapackage.json", dist), "utf8")) as {version: string; resources: Array<{path: string}>; sources: Array<{path: string}>};
      expect(zip.bytes.equals(readFileSync(new URL(`data/releases/beijing-education-14th-fyp-${pkg.version}.zip`, dist))), "the archive as published").toBe(true);
      // The package, every file it names, and the README, licence and changelog that explain it.
      const named = ["datapackage.json", "README.md", "LICENSE.txt", "CHANGELOG.md", ...pkg.resources.map((r) => r.path), ...pkg.sources.map((s) => s.path)];
      expect([...listing.names].sort()).toEqual([...new Set(named)].sort());
      expect(listing.names).toEqual(expect.arrayContaining(["observations.csv", "indicators.csv", "relations.csv", "sources.csv", "status.csv"]));
      const file = (name: string) => Buffer.from(listing.files[name], "base64");
      for (const name of listing.names) expect(file(name).equals(readFileSync(new URL(`data/${name}`, dist))), `${name} is the published file, byte for byte`).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("sorts by year, ascending then descending, and says so in aria-sort and the URL", async () => {
    const {page, errors, close} = await open("?view=data");
    try {
      const th = page.locator("bj-data-view thead th").nth(4);
      const years = () => page.locator(`${ROWS} td:nth-child(5)`).allTextContents().then((t) => t.map(Number));
      expect(await th.getAttribute("aria-sort")).toBe("none");
      expect(await page.locator("bj-data-view thead th").first().getAttribute("aria-sort")).toBe("none");
      expect(await page.locator("bj-data-view thead th").nth(1).getAttribute("aria-sort"), "domain is the default sort").toBe("ascending");

      await th.locator("button.sort").click();
      await expect.poll(() => th.getAttribute("aria-sort")).toBe("ascending");
      expect(await page.locator("bj-data-view th[aria-sort]:not([aria-sort=none])").count()).toBe(1);
      const up = await years();
      expect(up.length).toBe(observations.length);
      expect(up.every((y, i) => i === 0 || up[i - 1] <= y), `years ascending: ${up.join(",")}`).toBe(true);
      expect(params(page)).toEqual({view: "data", sort: "year"});

      await th.locator("button.sort").click();
      await expect.poll(() => th.getAttribute("aria-sort")).toBe("descending");
      const down = await years();
      expect(down.every((y, i) => i === 0 || down[i - 1] >= y), `years descending: ${down.join(",")}`).toBe(true);
      expect(params(page)).toEqual({view: "data", sort: "year", dir: "desc"});
      expect(new Set(await shownIds(page)).size).toBe(observations.length);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("the data view on a phone", () => {
  it("stacks each row as a card of labelled lines below 600 px, stays a table for assistive technology, and never scrolls sideways", async () => {
    const {page, errors, close} = await open("?view=data&domain=preschool", DATA_READY, {viewport: {width: 375, height: 812}});
    try {
      const ids = expectedIds({domain: ["preschool"]});
      expect(await shownIds(page)).toHaveLength(ids.length);
      const layout = () => page.locator("bj-data-view table.stack").evaluate((table) => {
        const headers = [...table.querySelectorAll("thead th")].map((th) => (th.textContent ?? "").replace(/[▲▼\s]/g, ""));
        const cells = [...table.querySelectorAll("tbody tr[data-observation]")[0].querySelectorAll("td")];
        const wrap = table.closest(".figures-table")!;
        return {
          headers,
          labels: cells.map((td) => td.getAttribute("data-label") ?? ""),
          shown: cells.map((td) => getComputedStyle(td, "::before").content),
          display: cells.map((td) => getComputedStyle(td).display),
          stacked: cells.every((td, i) => i === 0 || td.getBoundingClientRect().top >= cells[i - 1].getBoundingClientRect().bottom - 1),
          inner: wrap.scrollWidth <= wrap.clientWidth,
          page: document.documentElement.scrollWidth <= innerWidth
        };
      });
      const narrow = await layout();
      expect(narrow.labels.map((l) => l.replace(/\s/g, ""))).toEqual(narrow.headers);
      expect(narrow.display.every((d) => d === "grid"), narrow.display.join()).toBe(true);
      expect(narrow.stacked, "a row's cells one under another").toBe(true);
      // Each line but the first (the indicator, the card's heading) shows its column's name, hidden from assistive technology.
      expect(narrow.shown.slice(1)).toEqual(narrow.labels.slice(1).map((l) => `${JSON.stringify(l)} / ""`));
      expect([narrow.inner, narrow.page], "no sideways scroll, in the table or the page").toEqual([true, true]);
      // Still a table: a header row and a row of cells per figure.
      const table = page.locator("bj-data-view").getByRole("table");
      expect(await table.getByRole("row").count()).toBe(ids.length + 1);
      expect(await table.getByRole("columnheader").count()).toBe(narrow.headers.length);
      expect(await table.getByRole("cell").count()).toBe(ids.length * narrow.headers.length);

      // Wide, the same table has its columns back.
      await page.setViewportSize({width: 1280, height: 900});
      await expect.poll(async () => (await layout()).display.every((d) => d === "table-cell")).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("chart downloads in Chromium", () => {
  it("downloads the scoreboard chart as CSV (its observations), SVG (titled, sourced) and PNG (2×)", async () => {
    const {page, errors, close} = await open("", EXPLAINER_READY);
    try {
      const figure = page.locator(SCOREBOARD);
      const marks = await figure.locator("svg.indicator-chart a[data-observation]").evaluateAll((as) => as.map((a) => a.getAttribute("data-observation")!));
      expect(marks.length).toBeGreaterThan(0);

      const csv = await download(page, () => chartMenuAction(page, SCOREBOARD, "csv"));
      expect(csv.name.match(FILE_NAME)?.[1]).toBe("scoreboard");
      expect(csv.name.match(FILE_NAME)?.[3]).toBe("csv");
      // The chart's table on screen, with the ids and codes behind it: a row per mark.
      const [header, ...rows] = parseCsv(csv.bytes.toString("utf8").replace(/^\uFEFF/, ""));
      expect(header).toEqual([...CHART_CSV_COLUMNS]);
      expect(rows.map((r) => r[0]).sort()).toEqual([...new Set(marks)].sort());
      for (const row of rows) {
        const o = observations.find((x) => x.observation_id === row[0])!;
        expect(row[header.indexOf("indicator_id")], row[0]).toBe(o.indicator_id);
        expect(row[header.indexOf("source_id")], row[0]).toBe(o.source_id);
        // The figure as the table shows it: as written, white space aside; its own status, as published.
        expect(row[header.indexOf("label_figure")].replace(/\s/g, ""), row[0]).toBe(o.figure.replace(/\s/g, ""));
        expect(row[header.indexOf("status")], row[0]).toBe(o.status ?? "");
      }

      const title = noSpace(await figure.locator("h3").textContent());
      const sourceLine = noSpace(await figure.locator("figcaption").textContent());
      expect(title).not.toBe("");
      expect(sourceLine).not.toBe("");

      const svg = await download(page, () => chartMenuAction(page, SCOREBOARD, "svg"));
      expect(svg.name.match(FILE_NAME)?.[3]).toBe("svg");
      expect(svg.bytes.length).toBeGreaterThan(1000);
      const markup = svg.bytes.toString("utf8");
      expect(markup).toMatch(/^(<\?xml[^>]*>\s*)?<svg\b[^>]*\bwidth="\d+(\.\d+)?"[^>]*>/);
      // Parsed as a client would (in Node: the page runs under Trusted Types, which rightly refuse a test's DOMParser).
      const parsed = ((text: string) => {
        const doc = new JSDOM(text, {contentType: "image/svg+xml"}).window.document;
        const el = doc.documentElement;
        return {
          error: doc.getElementsByTagName("parsererror").length > 0,
          root: el.localName,
          ns: el.namespaceURI,
          width: Number(el.getAttribute("width")),
          height: Number(el.getAttribute("height")),
          texts: [...el.children].filter((c) => c.localName === "text").map((t) => t.textContent ?? ""),
          links: el.getElementsByTagName("a").length
        };
      })(markup);
      expect(parsed.error, "the SVG parses as XML").toBe(false);
      expect(parsed.root).toBe("svg");
      expect(parsed.ns).toBe("http://www.w3.org/2000/svg");
      expect(parsed.width).toBeGreaterThan(0);
      expect(parsed.height).toBeGreaterThan(0);
      // The title first, wrapped to the picture's width (one text a line), the source line after it.
      expect(noSpace(parsed.texts.join("")).startsWith(title), `the picture starts with its title: ${parsed.texts.slice(0, 3).join(" / ")}`).toBe(true);
      expect(noSpace(parsed.texts.join("")).slice(title.length)).toContain(sourceLine);
      expect(parsed.links, "no links in a file").toBe(0);

      const png = await download(page, () => chartMenuAction(page, SCOREBOARD, "png"));
      expect(png.name.match(FILE_NAME)?.[3]).toBe("png");
      expect(png.name.replace(/\.png$/, "")).toBe(svg.name.replace(/\.svg$/, ""));
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
      expect({width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20)}).toEqual({width: 2 * parsed.width, height: 2 * parsed.height});
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("indicator permalinks in Chromium", () => {
  it("shows an indicator's page: its name, its chart, and each figure with its quote", async () => {
    const {page, errors, close} = await open(`?indicator=${PRESCHOOL}`, "bj-indicator-detail bj-chart-figure svg.indicator-chart");
    try {
      const own = observations.filter((o) => o.indicator_id === PRESCHOOL);
      expect(own.map((o) => [o.series, o.scope, o.year]).sort()).toEqual([["actual", "beijing", 2022], ["target", "beijing", 2025]]);
      expect(await page.locator("bj-indicator-detail h1").textContent()).toBe(own[0].indicator_zh);
      expect(await page.locator("bj-indicator-detail bj-chart-figure").count()).toBe(1);
      const marks = await page.locator("bj-indicator-detail bj-chart-figure svg a[data-observation]").evaluateAll((as) => as.map((a) => a.getAttribute("data-observation")));
      expect(marks.length).toBeGreaterThan(0);
      const articles = page.locator("bj-indicator-detail article.observation");
      expect(await articles.count()).toBe(own.length);
      const shown = await articles.evaluateAll((as) => as.map((a) => ({id: a.id, quote: a.querySelector("blockquote")?.textContent ?? "", marked: [...a.querySelectorAll("blockquote mark")].map((m) => m.textContent).join("")})));
      expect(shown.map((s) => s.id).sort()).toEqual(own.map((o) => `obs-${o.observation_id}`).sort());
      for (const o of own) {
        const s = shown.find((x) => x.id === `obs-${o.observation_id}`)!;
        expect(noSpace(s.quote), o.observation_id).toContain(noSpace(String(o.quote)));
        expect(noSpace(s.marked), o.observation_id).toContain(noSpace(String(o.quote)));
      }
      expect(await page.locator("p.notice").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("says so for an unknown indicator and shows the explainer, with no error", async () => {
    const {page, errors, close} = await open("?indicator=no-such-thing", EXPLAINER_READY);
    try {
      const notice = page.locator("bj-edu-app p.notice[role=alert]");
      expect(await notice.count()).toBe(1);
      expect(await notice.textContent()).toContain("no-such-thing");
      expect(await page.locator("bj-explainer").count()).toBe(1);
      expect(await page.locator("bj-indicator-detail").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("hostile and random URLs in Chromium", () => {
  const SCRIPT = "<script>window.__pwned=1</script>";
  const IMG = `<img src=x onerror="window.__pwned=1">`;
  const SVG = "<svg onload=window.__pwned=1>";
  const encoded = `?view=data&q=${encodeURIComponent(SCRIPT)}&domain=${encodeURIComponent(IMG)}&indicator=${encodeURIComponent(SVG)}&foo=%E0%A4%A&sort=__proto__&lang=${encodeURIComponent("<b>en</b>")}`;
  const raw = `?view=data&q=${SCRIPT}&domain=${IMG}&indicator=${SVG}&foo=%E0%A4%A&sort=__proto__&lang=<b>en</b>`;

  /** No element the page did not build itself, anywhere (shadow roots too), and nothing ran. */
  async function expectUnharmed(page: Page) {
    expect(await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned)).toBeUndefined();
    const found = await page.evaluate(() => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll("*")) {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return {
        scripts: all.filter((e) => e.localName === "script" && (e as HTMLScriptElement).type !== "application/json").map((s) => (s as HTMLScriptElement).src || "inline"),
        inline: all.filter((e) => e.localName === "script" && !(e as HTMLScriptElement).src && (e as HTMLScriptElement).type !== "application/json").map((s) => s.textContent),
        imgs: all.filter((e) => e.localName === "img").length,
        handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.localName),
        bold: all.filter((e) => e.localName === "b").length
      };
    });
    // Only the app's own scripts: the entry module and what the build puts beside it, all from assets/.
    expect(found.scripts.length, "only the app's own scripts").toBeGreaterThan(0);
    // The one inline script is the first paint's, which the policy names by its hash (src/security/first-paint.ts).
    for (const src of found.scripts) if (src !== "inline") expect(src, "only the app's own scripts").toMatch(/\/assets\/[\w-]+\.js$/);
    expect(found.inline, "no inline script but the first paint's").toEqual([FIRST_PAINT_SCRIPT]);
    expect(found.imgs).toBe(0);
    expect(found.handlers).toEqual([]);
    expect(found.bold).toBe(0);
  }

  it.each([
    ["encoded", encoded],
    ["raw", raw]
  ])("does nothing with a hostile URL (%s)", async (_label, path) => {
    const {page, errors, close} = await open(path);
    try {
      await expectUnharmed(page);
      expect(await page.locator("bj-data-view").count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      const q = new URL(page.url()).searchParams.get("q");
      expect(q).toBe(SCRIPT);
      const box = page.locator("bj-data-view input[type=search][name=q]");
      expect(await box.inputValue()).toBe(cleanQuery(q));
      expect(await box.inputValue()).toBe(SCRIPT);
      // No filter was taken from the junk: all domains unchecked, default sort, the count shows the query's (empty) result.
      expect(await checkedBoxes(page)).toEqual([]);
      expect(await page.locator("bj-data-view thead th").nth(1).getAttribute("aria-sort")).toBe("ascending");
      expect(await count(page)).toEqual([0, observations.length]);
      expect(await page.locator(ROWS).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("renders with a 100 KB query string", async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    page.on("pageerror", (e) => errors.push(e.message));
    try {
      const q = "入园 ".repeat(34000);
      const url = `${server.url}?view=data&domain=preschool&q=${encodeURIComponent(q)}`;
      expect(url.length).toBeGreaterThan(100 * 1024);
      // Node's HTTP server refuses request lines over 16 KB, so the page itself is served from here.
      const html = readFileSync(new URL("index.html", dist));
      await page.route((u) => u.search.length > 16 * 1024, (route) => route.fulfill({status: 200, contentType: "text/html; charset=utf-8", body: html}));
      await page.goto(url);
      await page.waitForSelector(DATA_READY);
      await settle(page);
      const value = await page.locator("bj-data-view input[name=q]").inputValue();
      expect(value.length).toBeGreaterThan(0);
      expect(value.length).toBeLessThanOrEqual(100);
      expect(await checkedBoxes(page)).toEqual(["domain=preschool"]);
      expect((await count(page))[1]).toBe(observations.length);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("survives 20 random URLs with no page error", async () => {
    const context = await browser.newContext({viewport: {width: 1024, height: 768}});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => void (m.type() === "error" && errors.push(`console.error: ${m.text()}`)));
    const KEYS = ["lang", "view", "doc", "indicator", "domain", "scope", "series", "status", "source", "q", "sort", "dir", "__proto__", "constructor", "foo"];
    const value = fc.oneof(
      fc.constantFrom("data", "source", "explainer", "en", "zh", "desc", "year", "preschool", "beijing,dongcheng", "target", "met,none", PRESCHOOL, "plan-2021", "__proto__", ""),
      fc.string({maxLength: 40}),
      fc.string({unit: "grapheme", maxLength: 20}),
      fc.string({unit: "binary", maxLength: 20})
    );
    const query = fc.record({
      pairs: fc.array(fc.tuple(fc.constantFrom(...KEYS), value), {maxLength: 8}),
      raw: fc.boolean(),
      hash: fc.option(fc.string({maxLength: 12}), {nil: undefined})
    });
    try {
      await fc.assert(
        fc.asyncProperty(query, async ({pairs, raw, hash}) => {
          errors.length = 0;
          const search = raw
            ? pairs.map(([k, v]) => `${k}=${wellFormed(v)}`).join("&")
            : new URLSearchParams(pairs).toString();
          const url = `${server.url}?${search}${hash === undefined ? "" : `#${wellFormed(hash)}`}`;
          // A fresh document each time, even when only the fragment differs.
          await page.goto("about:blank");
          await page.goto(url);
          await page.waitForFunction(() => {
            const app = document.querySelector("bj-edu-app");
            return app?.querySelector("bj-explainer, bj-data-view, bj-source-view, bj-indicator-detail, .state[role=alert]") != null;
          });
          await settle(page);
          expect(await page.evaluate(() => document.querySelector("bj-edu-app .state[role=alert]")?.textContent ?? null), url).toBeNull();
          expect(errors, url).toEqual([]);
        }),
        {numRuns: 20, endOnFailure: true}
      );
    } finally {
      await context.close();
    }
  });
});
