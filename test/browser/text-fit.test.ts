/**
 * Newsroom-grade text fit, in real Chromium: in zh and en, in the explainer at
 * 320–1920 px, printed, and every chart alone as embed.html and as the web
 * component at 320 and 600 px, no chart text sticks out of its chart and no two
 * text boxes overlap (tick labels, axis titles, row labels, notes, mark labels).
 * Strict on purpose: it fails until the charts are fixed. For counts per case
 * and the most frequent kinds of collision, run `npx tsx scripts/text-fit-report.ts`.
 * Run `npm run build` before running this file alone.
 */
import {existsSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchChromium} from "./launch.ts";
import {newPage} from "./page-helpers.ts";
import {serveStatic, type StaticServer} from "./static-server.ts";
import {CHART_IDS, embedCases, measureCase, pageCases, storyCases, type TextFitCase} from "./support/text-fit-pages.ts";
import {expectTextFits, measureTextFit, textFitMessage} from "./support/text-fit.ts";

const dist = new URL("../../dist/", import.meta.url);
// Each case opens a page (or 19 in a row) and scrolls every chart into view: minutes on a busy 2-core machine.
const TIMEOUT = 240000;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  for (const file of ["index.html", "embed.html", "bj-edu-chart.js", "data/observations.json"]) {
    if (!existsSync(new URL(file, dist))) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  }
  [browser, server] = await Promise.all([launchChromium(), serveStatic(fileURLToPath(dist))]);
}, 30000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectFits(c: TextFitCase, charts: number) {
  const result = await measureCase(browser, server.url, c);
  // Every chart was found and drawn, so a clean result means something.
  expect(result.charts, `${c.label}: charts measured`).toBe(charts);
  expect(result.findings.length, textFitMessage(result, c.label)).toBe(0);
}

/** A chart drawn at half size inside a shadow root, with one text of each case the measurement must get right. */
const FIXTURE = `<!doctype html><meta charset="utf-8"><div id="chart-fixture"></div><script>
  document.getElementById("chart-fixture").attachShadow({mode: "open"}).innerHTML = \`
  <svg class="indicator-chart" id="plot-fixture" viewBox="0 0 400 200" style="width: 200px; font: 20px sans-serif; overflow: visible">
    <g aria-hidden="true"><text x="10" y="40">same</text><text x="10" y="40">same</text></g>
    <text x="10" y="100"><tspan x="10" dy="0">first line</tspan><tspan x="10" dy="24">second line</tspan></text>
    <g class="series-target"><text x="390" y="180" text-anchor="start">past the edge</text></g>
    <text x="10" y="100" style="display: none">hidden</text><text x="10" y="100" visibility="hidden">invisible</text>
    <text x="10" y="100" opacity="0">transparent</text><text x="200" y="160"> </text>
  </svg>\`;
</script>`;

describe("the measurement", () => {
  it("finds text out of its chart and stacked text through shadow roots and scaling, and skips text nobody sees", async () => {
    const {page, close} = await newPage(browser);
    try {
      await page.setContent(FIXTURE);
      const result = await page.evaluate(measureTextFit, {});
      expect(result.charts).toBe(1);
      // The duplicates, two lines, and the label at the edge; not the hidden, invisible, transparent or blank texts.
      expect(result.texts).toBe(5);
      const described = result.findings.map((f) => (f.type === "outside" ? `${f.chart} out ${f.sides} ${f.text.kind} ${f.text.text}` : f.type === "overlap" ? `${f.chart} ${f.texts.map((t) => t.text).join(" × ")}` : f.text));
      expect(described.sort()).toEqual(["chart-fixture out right mark label (target) past the edge", "chart-fixture same × same"]);
      // Boxes are the reader's pixels: the chart is drawn at half its viewBox.
      const same = result.findings.find((f) => f.type === "overlap");
      const height = same ? same.texts[0].bottom - same.texts[0].top : 0;
      expect(height).toBeGreaterThan(8);
      expect(height).toBeLessThan(16);
      await expect(expectTextFits(page, "fixture")).rejects.toThrow(/1 text boxes outside their chart, 1 overlapping pairs/);
    } finally {
      await close();
    }
  });
});

// Labels as they are (vitest would quote "$label").
const named = (cases: TextFitCase[]) => cases.map((c) => [c.label, c] as const);

describe("chart text fits its chart, with no text over other text", () => {
  it.each(named(pageCases()))("%s", (_, c) => expectFits(c, CHART_IDS.length), TIMEOUT);
  it.each(named(embedCases("embed")))("every chart alone: %s", (_, c) => expectFits(c, c.targets.length), TIMEOUT);
  it.each(named(embedCases("component")))("every chart alone: %s", (_, c) => expectFits(c, c.targets.length), TIMEOUT);
  it.each(named(storyCases()))("every slide: %s", (_, c) => expectFits(c, c.targets.length), TIMEOUT);
});
