/**
 * What a screen reader says for each chart of the explainer (dist/, real
 * Chromium, @guidepup/virtual-screen-reader walking the figure): its title,
 * its summary (the status of every row), and for each mark its indicator,
 * series and year, value, source and, for targets, status. In zh and en.
 * Run `npm run build` before running this file alone.
 */
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {pageModel} from "../../src/model/page-model.ts";
import {realData} from "../real-data.ts";
import {closeBuiltSite, openBuiltSite, type Served} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";

const VSR = fileURLToPath(new URL("../../node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js", import.meta.url));

let browser: Browser;
let server: Served;

beforeAll(async () => {
  // Served without the hosting headers: their Trusted Types policy (rightly) refuses the script this test injects.
  ({browser, bare: server} = await openBuiltSite());
});

afterAll(() => closeBuiltSite({browser}));

/** Everything the reader says walking one chart's figure, from its start to its end. */
async function readFigure(page: Page, id: string): Promise<string[]> {
  await page.waitForFunction((chart) => {
    const el = document.getElementById(chart);
    el?.scrollIntoView();
    return !!el?.shadowRoot?.querySelector("svg.indicator-chart");
  }, id, {polling: 100});
  return page.evaluate(async (chart) => {
    const virtual = (window as unknown as {virtualScreenReader: typeof import("@guidepup/virtual-screen-reader").virtual}).virtualScreenReader;
    const container = document.getElementById(chart)!.shadowRoot!.querySelector("figure")!;
    await virtual.start({container});
    for (let i = 0; i < 400 && !(await virtual.lastSpokenPhrase()).startsWith("end of figure"); i++) await virtual.next();
    const log: string[] = await virtual.spokenPhraseLog();
    await virtual.stop();
    return log;
  }, id);
}

describe.each(["en", "zh"] as const)("every chart, read aloud (%s)", (lang) => {
  const charts = [...pageModel(realData().data, lang).charts.values()];

  it("says its title, its summary, and every mark with its figure, year, source and status", async () => {
    const {page, close} = await openPage(browser, `${server.url}${lang === "en" ? "?lang=en" : ""}`, {hydrated: true});
    try {
      // The reader as two modules of the page's own origin, so the page's CSP ('self') lets them run.
      await page.route("**/__virtual-screen-reader.js", (route) => route.fulfill({contentType: "text/javascript", body: readFileSync(VSR, "utf8")}));
      await page.route("**/__virtual-screen-reader-init.js", (route) => route.fulfill({contentType: "text/javascript", body: `import {virtual} from "./__virtual-screen-reader.js"; window.virtualScreenReader = virtual;`}));
      await page.addScriptTag({url: `${server.url}__virtual-screen-reader-init.js`, type: "module"});
      await page.waitForFunction(() => "virtualScreenReader" in window);
      for (const chart of charts) {
        const spoken = await readFigure(page, `chart-${chart.id}`);
        const said = spoken.join("\n");
        expect(spoken[0], chart.id).toContain(chart.title);
        expect(said, chart.id).toContain(`heading, ${chart.title}, level 3`);
        expect(said, `${chart.id}: summary`).toContain(chart.description);
        // One link per mark, named with everything a sighted reader gets from the mark and its tooltip.
        const links = spoken.filter((p) => p.startsWith("link, "));
        for (const mark of chart.rows.flatMap((r) => r.marks)) expect(links, `${chart.id}: ${mark.id}`).toContain(`link, ${mark.description}`);
        expect(said, chart.id).not.toMatch(/:where\(|--plot-background/);
      }
    } finally {
      await close();
    }
  });
});
