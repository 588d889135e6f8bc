/**
 * A chart figure alone (bj-chart-figure, with its menu and tooltip), mounted
 * on the component harness in real Chromium with a synthetic chart
 * (test/charts/synthetic-charts.ts): its keyboard model (one tab stop, arrow
 * keys between marks), its tooltip (at the mark, inside the figure, staying
 * while the pointer is on it), and its menu (a disclosure that stays on
 * screen, closes before an item acts, and gives focus back). Real layout and
 * real focus, which jsdom has neither of; no site, no data files, one small page.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {messagesFor} from "../../../src/i18n/messages.ts";
import type {ChartWithTable} from "../../../src/model/chart-rows.ts";
import {SYNTHETIC} from "../../charts/synthetic-charts.ts";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "../built-site.ts";
import {recordClipboard} from "../page-helpers.ts";
import {mount, openHarness, recordEvents} from "./mount.ts";

const m = messagesFor("en").chart;
/** Five rows, eight marks: enough for every key to move somewhere. */
const CHART = SYNTHETIC.find((c) => c.id === "comparators")!;
const FIGURE = "#stage > bj-chart-figure";
const MARKS = `${FIGURE} .plot svg.indicator-chart a[data-observation]`;
const TIP = `${FIGURE} .plot .tip`;
/** The chart's shared address: the English page file, no query. */
const LINK = "http://site.invalid/en/#chart-comparators";

let site: BuiltSite;

beforeAll(async () => (site = await openBuiltSite({needs: []})));
afterAll(() => closeBuiltSite(site));

/** The harness at a size with the figure drawn (eager: no scrolling needed), between two buttons to Tab from and to. */
async function figure(width: number, chart: ChartWithTable = CHART) {
  const opened = await openHarness(site.browser, {viewport: {width, height: 900}});
  await mount(opened.page, "button", {textContent: "before"}, {id: "before"});
  await mount(opened.page, "bj-chart-figure", {chart, lang: "en", eager: true, headingLevel: 2, linkBase: "http://site.invalid/"}, {id: "figure"});
  await mount(opened.page, "button", {textContent: "after"}, {id: "after"});
  await opened.page.waitForSelector(MARKS);
  return opened;
}

/** The element that has focus, looking through open shadow roots. */
const deepActive = (page: Page) => page.evaluate(() => {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el ? {tag: el.localName, observation: el.getAttribute("data-observation")} : null;
});

const marksOf = (page: Page) => page.locator(MARKS).evaluateAll((as) => as.map((a) => a.getAttribute("data-observation")!));
const tabStops = (page: Page) => page.locator(MARKS).evaluateAll((as) => as.filter((a) => a.getAttribute("tabindex") !== "-1").map((a) => a.getAttribute("data-observation")));
const tipOf = (id: string) => CHART.rows.flatMap((r) => r.marks).find((mark) => mark.id === id)!.tip;
const noSpace = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, "");

/** The tooltip shows this mark's figure, series, source and status, hidden from assistive technology (the mark's own name says the same). */
async function expectTip(page: Page, id: string) {
  await expect.poll(() => page.locator(TIP).count()).toBe(1);
  expect(await page.locator(TIP).getAttribute("aria-hidden")).toBe("true");
  const shown = noSpace(await page.locator(TIP).textContent());
  const want = tipOf(id);
  for (const part of [want.figure, want.series, want.source, want.status].filter(Boolean)) expect(shown, `${id}: ${part}`).toContain(noSpace(part));
}

describe("a chart's keyboard model", () => {
  it("is one tab stop: arrow keys, Home and End move between the marks, each with its tip; Escape leaves to the figure", async () => {
    const {page, errors, close} = await figure(640);
    try {
      const marks = await marksOf(page);
      expect(marks.length).toBeGreaterThan(2);
      expect(await tabStops(page), "before any key: the first mark holds the stop").toEqual([marks[0]]);
      // Tab from the button before the chart: the skip link, then the mark that holds the stop.
      await page.locator("#before").focus();
      await page.keyboard.press("Tab");
      expect(await page.locator(`${FIGURE} button.skip-chart`).evaluate((b) => b.matches(":focus"))).toBe(true);
      await page.keyboard.press("Tab");
      expect(await deepActive(page)).toEqual({tag: "a", observation: marks[0]});
      await expectTip(page, marks[0]);
      expect(noSpace(await page.locator(`${MARKS}[data-observation="${marks[0]}"]`).getAttribute("aria-label"))).toContain(noSpace(tipOf(marks[0]).figure));

      for (const [key, index] of [["Home", 0], ["ArrowRight", 1], ["ArrowDown", 2], ["ArrowLeft", 1], ["ArrowUp", 0], ["ArrowLeft", 0], ["End", marks.length - 1], ["ArrowRight", marks.length - 1]] as const) {
        await page.keyboard.press(key);
        expect(await deepActive(page), `${key} → mark ${index}`).toEqual({tag: "a", observation: marks[index]});
        expect(await tabStops(page), `${key}: one tab stop`).toEqual([marks[index]]);
        await expectTip(page, marks[index]);
      }
      // Escape closes the tooltip and gives focus to the figure, so the next Tab leaves the chart.
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator(TIP).count()).toBe(0);
      expect(await deepActive(page)).toEqual({tag: "figure", observation: null});

      // Tab reaches the marks once, at the mark that kept the stop, and the next Tab leaves them; Shift+Tab comes back.
      await page.locator(`${FIGURE} h2`).evaluate((h) => window.getSelection()!.collapse(h, 0));
      let reached: string | null | undefined = null;
      for (let i = 0; i < 10 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = (await deepActive(page))?.observation;
      }
      expect(reached, "Tab reaches a mark").toBe(marks[marks.length - 1]);
      await page.keyboard.press("Tab");
      expect((await deepActive(page))?.observation ?? null, "the next Tab leaves the chart's marks").toBeNull();
      await page.keyboard.press("Shift+Tab");
      expect(await deepActive(page)).toEqual({tag: "a", observation: marks[marks.length - 1]});
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("opens a mark's quote with Enter or a click (an event the page answers), and a modified click keeps its usual meaning", async () => {
    const {page, errors, close} = await figure(640);
    try {
      const events = await recordEvents(page, ["open-provenance"]);
      const marks = await marksOf(page);
      await page.locator(`${MARKS}[data-observation="${marks[1]}"]`).focus();
      await page.keyboard.press("Enter");
      await page.locator(`${MARKS}[data-observation="${marks[2]}"]`).click();
      expect(await events()).toEqual([{type: "open-provenance", detail: marks[1]}, {type: "open-provenance", detail: marks[2]}]);
      // The click took the tab stop with focus.
      expect(await tabStops(page)).toEqual([marks[2]]);
      // Ctrl+click: the browser's own (open the link's quote elsewhere), not the dialog. The page stays put.
      const href = await page.locator(`${MARKS}[data-observation="${marks[3]}"]`).getAttribute("href");
      // The fragment keeps its slashes readable (url-state.ts): #q-doc/figure.
      expect(href, "a mark links to its quote").toMatch(new RegExp(`#q-${marks[3]}$`));
      await page.context().route("**/*", (route) => route.abort());
      await page.locator(`${MARKS}[data-observation="${marks[3]}"]`).click({modifiers: ["Control"]});
      expect(await events(), "no dialog for a modified click").toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("a chart's tooltip", () => {
  // Escape dismisses a tooltip that focus opened (the keyboard test); one that only a pointer opened does not close on Escape yet.
  it("opens at the mark a pointer rests on, stays while the pointer moves onto it, and goes when the pointer leaves both", async () => {
    const {page, errors, close} = await figure(640);
    try {
      const marks = await marksOf(page);
      const mark = page.locator(`${MARKS}[data-observation="${marks[1]}"]`);
      await mark.hover();
      await expectTip(page, marks[1]);
      // Below the mark, at it.
      const [markBox, tipBox] = [(await mark.boundingBox())!, (await page.locator(TIP).boundingBox())!];
      const middle = markBox.x + markBox.width / 2;
      expect(tipBox.y).toBeGreaterThanOrEqual(markBox.y + markBox.height);
      expect(tipBox.x).toBeLessThanOrEqual(middle);
      expect(tipBox.x + tipBox.width).toBeGreaterThanOrEqual(middle);
      // Down from the mark, a pixel at a time across the gap, onto the tooltip itself (WCAG 1.4.13: hoverable): it stays.
      await page.mouse.move(middle, markBox.y + markBox.height / 2);
      for (let y = markBox.y + markBox.height / 2; y <= tipBox.y + 4; y++) {
        await page.mouse.move(middle, y);
        expect(await page.locator(TIP).count(), `the pointer at ${Math.round(y - markBox.y - markBox.height)} px below the mark`).toBe(1);
      }
      await expectTip(page, marks[1]);
      // Off both: it goes.
      await page.mouse.move(2, 2, {steps: 4});
      await expect.poll(() => page.locator(TIP).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("stays inside the figure at a phone's width, shifted rather than cut, for the marks at either end", async () => {
    const {page, errors, close} = await figure(320);
    try {
      const plot = (await page.locator(`${FIGURE} .plot`).boundingBox())!;
      const marks = await page.locator(MARKS).evaluateAll((as) => as.map((a) => ({id: a.getAttribute("data-observation")!, x: a.getBoundingClientRect().x})));
      const leftmost = marks.reduce((a, b) => (b.x < a.x ? b : a));
      const rightmost = marks.reduce((a, b) => (b.x > a.x ? b : a));
      for (const {id} of [leftmost, rightmost]) {
        await page.locator(`${MARKS}[data-observation="${id}"]`).hover();
        await expectTip(page, id);
        const tip = (await page.locator(TIP).boundingBox())!;
        expect(tip.x, `${id}: the tooltip's left edge`).toBeGreaterThanOrEqual(plot.x - 0.5);
        expect(tip.x + tip.width, `${id}: the tooltip's right edge`).toBeLessThanOrEqual(plot.x + plot.width + 0.5);
        await page.mouse.move(2, 2);
        await expect.poll(() => page.locator(TIP).count()).toBe(0);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("a chart's menu", () => {
  const toggle = `${FIGURE} bj-chart-menu button[aria-expanded]`;
  const list = `${FIGURE} bj-chart-menu ul`;
  const open = async (page: Page) => {
    await page.locator(toggle).click();
    await expect.poll(() => page.locator(toggle).getAttribute("aria-expanded")).toBe("true");
  };
  const focusedIsToggle = (page: Page) => page.locator(toggle).evaluate((b) => b.matches(":focus"));

  it("is a disclosure of the downloads and the link: Escape closes it and gives focus back to its button", async () => {
    const {page, errors, close} = await figure(640);
    try {
      expect(await page.locator(toggle).getAttribute("aria-expanded")).toBe("false");
      expect(await page.locator(list).isHidden()).toBe(true);
      expect(noSpace(await page.locator(toggle).textContent())).toContain(noSpace(m.menu));
      await open(page);
      expect(await page.locator(list).isVisible()).toBe(true);
      const items = await page.locator(`${list} button`).evaluateAll((bs) => bs.map((b) => b.getAttribute("data-download") ?? (b.hasAttribute("data-copy-link") ? "copy-link" : b.hasAttribute("data-embed") ? "embed" : "?")));
      expect(items, "no embed item for a chart that cannot be embedded").toEqual(["csv", "svg", "png", "copy-link"]);
      await page.locator(`${list} button[data-download=svg]`).focus();
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator(toggle).getAttribute("aria-expanded")).toBe("false");
      expect(await page.locator(list).isHidden()).toBe(true);
      expect(await focusedIsToggle(page)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("closes before an item acts and keeps focus on its button; the figure asks for the download, with the chart's address", async () => {
    const {page, errors, close} = await figure(640);
    try {
      const events = await recordEvents(page, ["download-chart"]);
      for (const format of ["csv", "svg", "png"] as const) {
        await open(page);
        await page.locator(`${list} button[data-download=${format}]`).click();
        expect(await page.locator(toggle).getAttribute("aria-expanded")).toBe("false");
        expect(await focusedIsToggle(page), `${format}: focus on the menu's button`).toBe(true);
      }
      // The export draws the chart afresh at its canonical width; the figure gives the address its picture names.
      const asked = (await events()) as Array<{type: string; detail: {format: string; chart: {id: string}; address: string}}>;
      expect(asked.map((e) => [e.detail.format, e.detail.chart.id, e.detail.address])).toEqual([["csv", CHART.id, LINK], ["svg", CHART.id, LINK], ["png", CHART.id, LINK]]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("copies the chart's address and says so; offers the embed dialog for a chart that can be embedded", async () => {
    const {page, errors, close} = await figure(640, {...CHART, embeddable: true});
    try {
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      const events = await recordEvents(page, ["embed-chart"]);
      const copied = await recordClipboard(page);
      await open(page);
      const copy = page.locator(`${list} button[data-copy-link]`);
      expect(await copy.textContent()).toBe(m.copyLink);
      await copy.click();
      await expect.poll(copied).toBe(LINK);
      expect(await copy.textContent()).toBe(m.linkCopied);
      expect(await page.locator(`${FIGURE} bj-chart-menu [role=status]`).textContent()).toBe(m.linkCopied);
      // Closing and opening again starts afresh.
      await page.keyboard.press("Escape");
      await open(page);
      expect(await copy.textContent()).toBe(m.copyLink);
      await page.locator(`${list} button[data-embed]`).click();
      expect((await events()).map((e) => [e.type, (e.detail as {chart: {id: string}}).chart.id])).toEqual([["embed-chart", CHART.id]]);
      expect(await focusedIsToggle(page)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("stays on screen when opened at the end of a phone's row", async () => {
    const {page, errors, close} = await figure(320);
    try {
      await open(page);
      const box = (await page.locator(list).boundingBox())!;
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
