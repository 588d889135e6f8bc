/**
 * The explainer printed (Ctrl+P, or a PDF) before a reader has scrolled to every chart: each chart
 * is drawn for the print, not left as the empty space it keeps until it nears the screen.
 * Run `npm run build` before running this file alone.
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type Served} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";

let browser: Browser;
let server: Served;

beforeAll(async () => {
  ({browser, server} = await openBuiltSite());
});

afterAll(() => closeBuiltSite({browser}));

/** Each chart figure's id, and whether it holds a drawing (the live page's or the build's). */
const drawings = (page: import("playwright-core").Page) =>
  page.locator("bj-explainer bj-chart-figure").evaluateAll((figures) => figures.map((f) => ({id: f.id, drawn: f.shadowRoot?.querySelector(".plot svg") != null})));

describe("printing the explainer", () => {
  it("draws every chart for the print, those never scrolled to included", async () => {
    const {page, close} = await openPage(browser, server.url, {viewport: {width: 375, height: 812}, hydrated: true});
    try {
      // The rest's part loads once the page is idle; the reader stays at the top.
      await page.locator("bj-explainer footer.footer").waitFor({state: "attached"});
      const before = await drawings(page);
      expect(before.length, "chart figures on the page").toBeGreaterThan(2);
      expect(before.filter((f) => !f.drawn).length, "charts not yet drawn at the top of a phone's page").toBeGreaterThan(0);
      await page.emulateMedia({media: "print"});
      await expect.poll(async () => (await drawings(page)).filter((f) => !f.drawn).map((f) => f.id)).toEqual([]);
      const pdf = await page.pdf({format: "A4"});
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await close();
    }
  });
});
