import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {chartRows} from "../../src/model/chart-rows.ts";
import {JUDGED} from "../../src/schema/statuses.ts";
import {indicatorChart} from "../../src/charts/indicator-chart.ts";
import {explainerModel} from "../../src/model/explainer-model.ts";
import {zh} from "../../src/i18n/zh.ts";
import {realData} from "../real-data.ts";
import {snapshotOf} from "./snapshot.ts";
import {SYNTHETIC} from "./synthetic-charts.ts";

const {document} = new JSDOM("<!doctype html><html><body></body></html>").window;
const {data} = realData();
const models = {zh: explainerModel(data, "zh"), en: explainerModel(data, "en")};

const chartsOf = (model: typeof models.zh) => [model.scoreboard.chart, ...model.chapters.flatMap((c) => c.charts)];
const allCharts = chartsOf(models.zh);

describe("indicatorChart", () => {
  // Snapshots of small synthetic models pin what the builder draws; a curation change never rewrites them.
  it.each(SYNTHETIC.flatMap((c) => [[c.id, 640, c], [c.id, 320, c]] as const))("draws the synthetic chart %s at %d px as in its stored snapshot", async (id, width, chart) => {
    await expect(snapshotOf(indicatorChart(chart, {document, width}))).toMatchFileSnapshot(`__snapshots__/synthetic-${id}.${width}.svg`);
  });

  // One real chart, to see the builder on the real data: the scoreboard, in English on a phone.
  it("draws the real English scoreboard at 375 px as in its stored snapshot", async () => {
    await expect(snapshotOf(indicatorChart(models.en.scoreboard.chart, {document, width: 375}))).toMatchFileSnapshot("__snapshots__/scoreboard.en.375.svg");
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
    const [comparators] = SYNTHETIC;
    const svg = indicatorChart(comparators, {document, width: 640});
    expect(svg.querySelectorAll("g.series-target line").length).toBeGreaterThanOrEqual(3); // ticks for ge, eq and the range
    expect(svg.querySelectorAll("g.series-target circle")).toHaveLength(1); // the open circle of "more than"
    expect(svg.querySelectorAll("g.series-target rect")).toHaveLength(1); // the band of "about"
    expect(svg.querySelectorAll("g.series-target path[marker-end], g.series-target path").length).toBeGreaterThanOrEqual(3); // arrows of ge, gt and the range
    // 16万个左右 over five years is drawn as the pace it needs each year (about 3.2万个), a band like any "about" target.
    const places = models.zh.chapters.find((c) => c.id === "places")!.charts[0];
    expect(places.rows.flatMap((r) => r.marks).find((m) => m.series === "pace")).toMatchObject({id: "plan-2021/school-places-added-2021-2025", value: 32000, comparator: "approx"});
    expect(indicatorChart(places, {document}).querySelectorAll("g.series-pace rect").length).toBe(1);
  });

  it("says every year it mentions, even in a chart with no figure of that year", () => {
    for (const model of [models.zh, models.en]) {
      for (const chart of chartsOf(model)) expect(JSON.stringify(chart), chart.id).not.toMatch(/NaN|undefined/);
    }
    // The preschool chart has no baseline of its own, but its note names the dataset's baseline year.
    const preschool = models.en.chapters.find((c) => c.id === "preschool")!.charts[0];
    expect(preschool.rows.find((r) => r.key === "public-kindergarten-coverage")!.note).toContain("no 2020 figure");
  });

  it("never puts two units, or two bases, on one axis: each gets a row and a scale of its own", () => {
    const pick = (...ids: string[]) => ids.map((id) => data.summaries.get(id)!);
    const options = {id: "mixed", title: "", description: "", lang: "zh" as const, messages: zh, sources: data.sources, years: data.years};
    // People and person-times.
    const people = chartRows(pick("winter-sports-students", "winter-sports-visits"), options);
    expect(people.rows.map((r) => [r.key, r.unit])).toEqual([["winter-sports-students", "名"], ["winter-sports-visits", "人次"]]);
    // The same unit, but a total and one batch of it: two rows, two scales.
    const batch = chartRows(pick("distinctive-vocational-specialties", "distinctive-vocational-specialties-batch"), options);
    expect(batch.rows).toHaveLength(2);
    expect(batch.rows[0].marks.map((m) => m.id)).not.toEqual(expect.arrayContaining(batch.rows[1].marks.map((m) => m.id)));
    // A five-year total is drawn as the pace it needs a year, beside the yearly figures, never the total itself.
    const places = chartRows(pick("school-places-added"), options);
    const series = places.rows[0].marks.map((m) => m.series);
    expect(series).toContain("pace");
    expect(series).not.toContain("target");
  });

  it("puts every main target on the scoreboard: those with a figure as rows, each on its own scale, the others in a list", () => {
    const {chart, pending} = models.zh.scoreboard;
    const main = [...data.indicators.values()].filter((i) => i.main_target).map((i) => i.id);
    expect([...chart.rows.map((r) => r.key), ...pending.targets.map((t) => t.id)].sort()).toEqual(main.sort());
    for (const row of chart.rows) expect(data.summaries.get(row.key)!.actual, row.key).toBeTruthy();
    for (const t of pending.targets) expect(data.summaries.get(t.id)!.actual, t.id).toBeFalsy();
    // Rows with news first: a row that cannot be judged comes after every row that can.
    const statuses = chart.rows.map((r) => r.status);
    const unjudged = statuses.findIndex((s) => s !== undefined && !JUDGED.has(s));
    expect(statuses.lastIndexOf("met")).toBeLessThan(unjudged < 0 ? Infinity : unjudged);
    // Rates zoom to their figures, and say so; nothing is drawn outside its row's scale.
    for (const row of chart.rows) {
      expect(row.unit).toBe("%");
      for (const m of row.marks) expect(m.value >= row.domain[0] && m.value <= row.domain[1], m.id).toBe(true);
    }
    expect(chart.rows.some((r) => r.zoomed)).toBe(true);
  });

  it("titles a chart with its finding, its number and year filled in, and says in one sentence what is drawn", () => {
    for (const model of [models.zh, models.en]) {
      for (const chart of chartsOf(model)) {
        expect(chart.title, chart.id).toMatch(/2022/);
        expect(chart.title.replace(/2022|2025/g, ""), chart.id).toMatch(/\d/);
        expect(chart.subtitle.match(/[。.](?=\s|$)/g), chart.id).toHaveLength(1);
      }
    }
  });

  it("draws only the city's figures: a district's target never shares a city's row", () => {
    for (const chart of [...chartsOf(models.zh), ...chartsOf(models.en)]) for (const row of chart.rows) for (const mark of row.marks) expect(data.byId.get(mark.id)?.scope ?? "beijing", `${chart.id} ${mark.id}`).toBe("beijing");
    // Not even on an indicator's own page: Dongcheng's figures are listed there, not drawn on the city's row.
    const {rows} = chartRows([data.summaries.get("preschool-enrolment-rate")!], {id: "x", title: "", description: "", lang: "zh", messages: zh, sources: data.sources, years: data.years});
    expect(rows[0].marks.map((m) => m.series)).not.toContain("district");
  });

  it("marks a zoomed axis with a break, and starts a count's axis at zero", () => {
    const [, , wrap] = SYNTHETIC;
    const svg = indicatorChart(wrap, {document, width: 640});
    expect(svg.querySelectorAll(".axis-break line, line.axis-break, .axis-break path").length).toBeGreaterThan(0);
    const counts = wrap.rows.find((r) => r.key === "counts")!;
    expect(counts).toMatchObject({zoomed: false, domain: [0, expect.any(Number)]});
  });
});
