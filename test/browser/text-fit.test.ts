/**
 * Newsroom-grade text fit, in real Chromium: in zh and en, no chart text
 * sticks out of its chart and no two text boxes overlap (tick labels, axis
 * titles, row labels, notes, mark labels). Measured where every chart is in
 * one page: the explainer at 320–1920 px and printed, and a host page holding
 * every chart as the web component at 320 and 600 px; embed.html, one
 * chart a page, for the charts that stand for the rest (the scoreboard, a
 * chapter's, the last, the widest labels); and every slide of every story,
 * loaded and reached with →.
 * No line breaks inside a word or between a number and its unit
 * (tools/line-breaks.ts), in the charts' labels and the page's text.
 * Strict on purpose: it fails until the charts are fixed. For counts per case,
 * every chart's embed and the most frequent kinds of collision, run
 * `npx tsx scripts/text-fit-report.ts`.
 * Run `npm run build` before running this file alone.
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {pageModel} from "../../src/model/page-model.ts";
import {componentCases, embedCases, measureCase, pageCases, storyCases, type TextFitCase} from "../../tools/text-fit-cases.ts";
import {expectTextFits, measureTextFit, textFitMessage} from "../../tools/text-fit.ts";
import {realData} from "../real-data.ts";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "./built-site.ts";
import {newPage} from "./page-helpers.ts";

/** Every chart the explainer shows, each of which can be embedded alone. */
const CHART_IDS = [...pageModel(realData().data, "zh").charts.keys()];
/** The scoreboard, the first chapter chart, the last chart, and the chart with the longest row labels. */
const REPRESENTATIVE = (() => {
  const charts = [...pageModel(realData().data, "en").charts.values()];
  const longest = charts.reduce((a, b) => (Math.max(...b.rows.map((r) => r.label.length)) > Math.max(...a.rows.map((r) => r.label.length)) ? b : a));
  return [...new Set([CHART_IDS[0], CHART_IDS[1], CHART_IDS.at(-1)!, longest.id])];
})();
/** Every story, by its steps: each loaded, then paged through with → as a presenter does. */
const STORIES = realData().data.content.stories.map((story) => ({id: story.id, steps: story.steps.length}));

let site: BuiltSite;

beforeAll(async () => (site = await openBuiltSite({needs: ["index.html", "embed.html", "bj-edu-chart.js", "data/observations.json"]})));
afterAll(() => closeBuiltSite(site));

async function expectFits(c: TextFitCase) {
  const result = await measureCase(site.browser, site.server.url, c);
  // Every chart was found and drawn, so a clean result means something.
  expect(result.charts, `${c.label}: charts measured`).toBe(c.charts);
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
    const {page, close} = await newPage(site.browser);
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
  it.each(named(pageCases(CHART_IDS)))("%s", (_, c) => expectFits(c));
  it.each(named(componentCases(CHART_IDS)))("every chart as the web component, on one page: %s", (_, c) => expectFits(c));
  it.each(named(embedCases(REPRESENTATIVE)))(`charts alone (${REPRESENTATIVE.join(", ")}): %s`, (_, c) => expectFits(c));
  it.each(named(storyCases(STORIES)))("every slide: %s", (_, c) => expectFits(c));
});
