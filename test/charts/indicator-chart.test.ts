import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {chartRows} from "../../src/model/chart-rows.ts";
import {indicatorChart} from "../../src/charts/indicator-chart.ts";
import {explainerModel} from "../../src/model/explainer-model.ts";
import {zh} from "../../src/i18n/zh.ts";
import {realData} from "../real-data.ts";
import {snapshotOf} from "./snapshot.ts";
import {SYNTHETIC} from "./synthetic-charts.ts";

const {document} = new JSDOM("<!doctype html><html><body></body></html>").window;
const {data} = realData();
const models = {zh: explainerModel(data, "zh"), en: explainerModel(data, "en")};

const allCharts = [...models.zh.scoreboard.charts, ...models.zh.chapters.flatMap((c) => c.charts), ...models.zh.comparisons.notComparableCharts];

describe("indicatorChart", () => {
  // Snapshots of small synthetic models pin what the builder draws; a curation change never rewrites them.
  it.each(SYNTHETIC.flatMap((c) => [[c.id, c, 640], [c.id, c, 320]] as const))("draws the synthetic chart %s at %d px as in its stored snapshot", async (id, chart, width) => {
    await expect(snapshotOf(indicatorChart(chart, {document, width}))).toMatchFileSnapshot(`__snapshots__/synthetic-${id}.${width}.svg`);
  });

  // One real chart, to see the builder on the real data: the scoreboard, in English on a phone.
  it("draws the real English scoreboard at 375 px as in its stored snapshot", async () => {
    await expect(snapshotOf(indicatorChart(models.en.scoreboard.charts[0], {document, width: 375}))).toMatchFileSnapshot("__snapshots__/scoreboard-percent.en.375.svg");
  });

  it("gives every figure a named, focusable link to its quote, and no unnamed ARIA groups", () => {
    for (const chart of allCharts) {
      const svg = indicatorChart(chart, {document, width: 640});
      const marks = chart.rows.flatMap((r) => r.marks);
      const links = [...svg.querySelectorAll("a")];
      expect(links.map((a) => a.getAttribute("data-observation")).sort()).toEqual(marks.map((m) => m.id).sort());
      for (const a of links) {
        expect(a.getAttribute("href")).toBe(`?view=source&doc=${a.getAttribute("data-observation")!.split("/")[0]}#q-${a.getAttribute("data-observation")}`);
        expect(a.getAttribute("aria-label")).toBeTruthy();
        expect(Number(a.querySelector("circle")!.getAttribute("r"))).toBeGreaterThanOrEqual(12);
      }
      expect(svg.querySelectorAll("g[aria-label]:not([role])")).toHaveLength(0);
      expect(svg.getAttribute("aria-label")).toBe(chart.title);
      expect(svg.querySelector("desc")!.textContent).toBe(chart.description);
    }
  });

  it("draws the comparator as a shape: ≥ tick and arrow, > open circle, ≈ band, = tick", () => {
    const svg = indicatorChart(models.zh.scoreboard.charts[0], {document, width: 640});
    const target = (cls: string, tag: string) => svg.querySelectorAll(`g.series-target ${tag}, g.${cls} ${tag}`).length;
    expect(target("series-target", "line")).toBeGreaterThan(0); // ticks for eq, ge
    expect(svg.querySelectorAll("g.series-target circle").length).toBe(3); // 超过96%, 超过70%, 超过70%
    // 16万个左右 over five years is drawn as the pace it needs each year (about 3.2万个), a band like any "about" target.
    const places = models.zh.chapters.find((c) => c.id === "places")!.charts[0];
    expect(places.rows.flatMap((r) => r.marks).find((m) => m.series === "pace")).toMatchObject({id: "plan-2021/school-places-added-2021-2025", value: 32000, comparator: "approx"});
    expect(indicatorChart(places, {document}).querySelectorAll("g.series-pace rect").length).toBe(1);
  });

  it("says every year it mentions, even in a chart with no figure of that year", () => {
    for (const model of [models.zh, models.en]) {
      const charts = [...model.scoreboard.charts, ...model.chapters.flatMap((c) => c.charts), ...model.comparisons.notComparableCharts];
      for (const chart of charts) expect(JSON.stringify(chart), chart.id).not.toMatch(/NaN|undefined/);
    }
    // The preschool chart has no baseline of its own, but its note names the dataset's baseline year.
    const preschool = models.en.chapters.find((c) => c.id === "preschool")!.charts[0];
    expect(preschool.rows.find((r) => r.key === "public-kindergarten-coverage")!.note).toContain("no 2020 baseline");
  });

  it("never puts two units, or two bases, on one axis", () => {
    const pick = (...ids: string[]) => ids.map((id) => data.summaries.get(id)!);
    const options = {id: "mixed", title: "", description: "", lang: "zh" as const, messages: zh, sources: data.sources, years: data.years};
    expect(() => chartRows(pick("winter-sports-students", "winter-sports-visits"), options)).toThrow(/mixes units or bases \(名 level; 人次 flow\)/);
    // The same unit, but a total and one batch of it.
    expect(() => chartRows(pick("distinctive-vocational-specialties", "distinctive-vocational-specialties-batch"), options)).toThrow(/mixes units or bases \(个 level; 个 batch\)/);
  });

  it("puts every main target on the scoreboard: percentages on one axis, years on their own", () => {
    const [percent, years] = models.zh.scoreboard.charts;
    expect(percent.unit).toBe("%");
    expect(years.unit).toBe("年");
    const main = [...data.indicators.values()].filter((i) => i.main_target).map((i) => i.id);
    expect([...percent.rows, ...years.rows].map((r) => r.key).sort()).toEqual(main.sort());
  });
});
