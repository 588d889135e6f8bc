/**
 * The explainer's charts on a phone (bj-chart-figure alone, each chart of the
 * page model, zh and en, 343 px: a 375 px screen less the page's margins):
 * nothing drawn at the right end (the last tick's label, a label beside a
 * mark near the end, a called-out label's box) comes within 8 px of the
 * chart's right edge, where it read as touching the page's edge.
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {pageModel} from "../../../src/model/page-model.ts";
import {realData} from "../../real-data.ts";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "../built-site.ts";
import {mount, openHarness} from "./mount.ts";

const GUTTER = 8;
let site: BuiltSite;
beforeAll(async () => (site = await openBuiltSite({needs: []})));
afterAll(() => closeBuiltSite(site));

describe("the charts' right edge", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`keeps ${GUTTER} px clear at 343 px in ${lang}`, async () => {
      const {page, close} = await openHarness(site.browser, {viewport: {width: 343, height: 900}});
      try {
        for (const chart of pageModel(realData().data, lang).charts.values()) {
          await page.evaluate(() => document.getElementById("stage")!.replaceChildren());
          const figure = await mount(page, "bj-chart-figure", {chart, lang, eager: true, headingLevel: 2});
          await figure.locator("svg.indicator-chart").waitFor();
          const near = await figure.evaluate((f, gutter) => {
            const svg = f.shadowRoot!.querySelector("svg.indicator-chart")!;
            const edge = svg.getBoundingClientRect().right - gutter;
            return [...svg.querySelectorAll("text, .callout rect")].filter((el) => el.getBoundingClientRect().right > edge).map((el) => `${el.textContent || "callout box"}: ${(edge + gutter - el.getBoundingClientRect().right).toFixed(1)} px from the edge`);
          }, GUTTER);
          expect(near, chart.id).toEqual([]);
        }
      } finally {
        await close();
      }
    });
  }
});
