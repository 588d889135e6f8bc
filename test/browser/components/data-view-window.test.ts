/**
 * The data view's table alone (bj-data-view on the component harness, real
 * Chromium), with more rows than the real data has: above VIRTUAL_FROM rows it
 * draws only a window of them around the screen, and must still feel like the
 * whole table. The rows are the real ones, repeated under new ids.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {en} from "../../../src/i18n/en.ts";
import {dataSnippets} from "../../../src/model/data-snippets.ts";
import {dataRows, dataViewModel, type DataViewModel} from "../../../src/model/data-view-model.ts";
import {placeNames} from "../../../src/model/place-names.ts";
import {VIRTUAL_FROM} from "../../../src/model/row-window.ts";
import {DEFAULT_STATE, type UrlState} from "../../../src/model/url-state.ts";
import {realData} from "../../real-data.ts";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "../built-site.ts";
import {mount, openHarness} from "./mount.ts";

const LONG = 1000;
const STATE: UrlState = {...DEFAULT_STATE, lang: "en", view: "data"};
const ROWS = "#stage > bj-data-view table.stack tbody tr[aria-rowindex]";

/** The data view's model for the real rows, repeated (each copy under new ids) to `count` rows. */
function model(count: number): DataViewModel {
  const {data} = realData();
  const sources = new Map([...data.sources.values()].map((s) => [s.id, {id: s.id, title: s.title_en}]));
  const real = dataViewModel(dataRows(data.observations, data.sources, data.places, "en"), STATE, {lang: "en", messages: en, sources, places: placeNames(data.places.values(), "en")});
  const rows = Array.from({length: count}, (_, i) => {
    const row = real.rows[i % real.rows.length];
    return {...row, observation_id: `${row.observation_id}-copy-${i}`};
  });
  return {rows, total: rows.length, facets: real.facets};
}

let site: BuiltSite;

beforeAll(async () => (site = await openBuiltSite({needs: []})));
afterAll(() => closeBuiltSite(site));

async function dataView(count: number) {
  const opened = await openHarness(site.browser, {viewport: {width: 1280, height: 900}});
  const base = "http://site.invalid/data/";
  await mount(opened.page, "bj-data-view", {model: model(count), state: STATE, lang: "en", citations: [], snippets: dataSnippets({base}), snippetBase: base});
  await opened.page.waitForSelector("#stage > bj-data-view table.stack tbody tr");
  return opened;
}

/** The rows drawn, by their place in the whole table (aria-rowindex: the header row is 1). */
const drawn = (page: Page) => page.locator(ROWS).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("aria-rowindex"))));

/** The place of the row at the middle of the screen, or null when what is there is not a drawn row (empty space). */
const rowAtMiddle = (page: Page) => page.evaluate(() => {
  const tr = document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest("tr[aria-rowindex]");
  return tr ? Number(tr.getAttribute("aria-rowindex")) : null;
});

/** The place of the row that holds focus, or null when focus is not in a drawn row. */
const focusedRow = (page: Page) => page.evaluate(() => {
  const tr = document.activeElement?.closest("#stage > bj-data-view tbody tr[aria-rowindex]");
  return tr ? Number(tr.getAttribute("aria-rowindex")) : null;
});

/** Whether the table's body is as tall as its rows would be if all were drawn (within 10%): the window has measured the rows it drew. */
const holdsWholeTable = (page: Page) => page.evaluate((long) => {
  const rows = [...document.querySelectorAll("#stage > bj-data-view tbody tr[aria-rowindex]")];
  const each = (rows.at(-1)!.getBoundingClientRect().bottom - rows[0].getBoundingClientRect().top) / rows.length;
  const body = document.querySelector("#stage > bj-data-view tbody")!.getBoundingClientRect().height;
  return Math.abs(body / each - long) / long < 0.1;
}, LONG);

describe("the data view's long table", () => {
  it(`draws a window of rows above ${VIRTUAL_FROM}, says how many the table has, and keeps the whole table's height`, async () => {
    const {page, errors, close} = await dataView(LONG);
    try {
      expect(await page.locator("#stage > bj-data-view table.stack").getAttribute("aria-rowcount")).toBe(String(LONG + 1));
      const places = await drawn(page);
      expect(places.length).toBeGreaterThanOrEqual(12);
      expect(places.length).toBeLessThan(LONG / 5);
      expect(places, "consecutive rows from the first").toEqual(places.map((_, i) => i + 2));
      // The space of the rows not drawn is the height they would take: scrolling covers the whole table.
      await expect.poll(() => holdsWholeTable(page)).toBe(true);
      expect(await page.locator("#stage > bj-data-view .result-count").textContent()).toContain(String(LONG));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("shows drawn rows wherever the reader scrolls, down to the last", async () => {
    const {page, errors, close} = await dataView(LONG);
    try {
      // Where a share of the table is, once the space of the rows not drawn is the height they take.
      await expect.poll(() => holdsWholeTable(page)).toBe(true);
      for (const share of [0.25, 0.5, 0.75]) {
        // The table's place now: its height follows the rows the window has measured (cards differ in height).
        const range = await page.evaluate(() => {
          const body = document.querySelector("#stage > bj-data-view tbody")!.getBoundingClientRect();
          return {top: body.top + scrollY, height: body.height};
        });
        await page.evaluate((y) => scrollTo(0, y), range.top + share * range.height - 450);
        // Drawn at the next frame: the row in the middle of the screen is a row, about where the scroll bar says.
        await expect.poll(() => rowAtMiddle(page), {message: `${share * 100}% down`}).not.toBeNull();
        expect(Math.abs((await rowAtMiddle(page))! - share * LONG), `${share * 100}% down`).toBeLessThan(LONG / 10);
      }
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(async () => (await drawn(page)).at(-1)).toBe(LONG + 1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("lets Tab walk the rows in order past the edge of the window, never leaving the table", async () => {
    const {page, errors, close} = await dataView(LONG);
    try {
      const first = await drawn(page);
      await page.locator(`${ROWS} a`).first().focus();
      const seen: Array<number | null> = [await focusedRow(page)];
      // Two links a row: enough presses to go well past the rows drawn at first.
      for (let i = 0; i < first.length * 3; i++) {
        await page.keyboard.press("Tab");
        seen.push(await focusedRow(page));
      }
      expect(seen.filter((place) => place === null), "focus stays in a row of the table").toEqual([]);
      const places = seen as number[];
      expect(places.every((place, i) => i === 0 || place === places[i - 1] || place === places[i - 1] + 1), `rows in order: ${places.join(" ")}`).toBe(true);
      expect(places.at(-1)!).toBeGreaterThan(first.at(-1)!);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it(`draws a table of ${VIRTUAL_FROM} rows or fewer whole`, async () => {
    const {page, errors, close} = await dataView(VIRTUAL_FROM);
    try {
      expect(await page.locator("#stage > bj-data-view table.stack").getAttribute("aria-rowcount")).toBeNull();
      expect(await page.locator("#stage > bj-data-view tbody tr[data-observation]").count()).toBe(VIRTUAL_FROM);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
