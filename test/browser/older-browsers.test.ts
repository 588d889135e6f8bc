/**
 * The browsers people have (README, "Browsers"): with the APIs newer than the
 * oldest supported browser deleted before any script runs (AbortSignal.any
 * came with Safari/iOS 17.4, Chrome 116 and Firefox 124), every page that
 * loads data loads it: the explainer's first screen, the data view, an
 * indicator's page, a story and an embed. Run `npm run build` first.
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";

/** Runs in every frame before the page's scripts: what an older browser lacks. */
function withoutNewerApis() {
  const gone = (owner: object, name: string) => Reflect.deleteProperty(owner, name);
  gone(AbortSignal, "any");
  gone(AbortSignal, "timeout");
  gone(globalThis, "structuredClone");
  gone(Array.prototype, "findLast");
  gone(Array.prototype, "findLastIndex");
  gone(Object, "groupBy");
  gone(Map, "groupBy");
  gone(Promise, "withResolvers");
  (window as unknown as {__removed: boolean}).__removed = typeof AbortSignal.any === "undefined" && typeof structuredClone === "undefined";
}

let site: BuiltSite;
beforeAll(async () => {
  site = await openBuiltSite({needs: ["index.html", "embed.html", "data/manifest.json"]});
});
afterAll(() => closeBuiltSite(site));

describe("without AbortSignal.any, AbortSignal.timeout, structuredClone and findLast", () => {
  it.each([
    ["the explainer's first screen", "", "bj-chart-figure#chart-scoreboard svg#plot-scoreboard a[data-observation]"],
    ["the data view", "en/?view=data", "bj-data-view tbody tr[data-observation]"],
    ["an indicator's page", "?indicator=school-places-added", "bj-indicator-detail bj-chart-figure svg.indicator-chart"],
    ["a story", "en/?story=plan&step=2", "bj-story section.slide svg.indicator-chart"],
    ["an embed", "embed.html?chart=school-places&lang=en", "bj-edu-embed bj-chart-figure svg.indicator-chart"],
    ["an embedded story", "embed.html?story=plan&lang=zh", "bj-edu-embed bj-story section.slide svg.indicator-chart"]
  ])("%s loads its data", async (_name, path, ready) => {
    const {page, errors, close} = await openPage(site.browser, site.server.url + path, {initScript: withoutNewerApis, ready});
    try {
      expect(await page.evaluate(() => (window as unknown as {__removed: boolean}).__removed), "the APIs are gone").toBe(true);
      expect(await page.locator("bj-data-error").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
