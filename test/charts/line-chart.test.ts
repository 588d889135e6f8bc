import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {chartHeight, lineChartHeight} from "../../src/charts/chart-heights.ts";
import {drawChart} from "../../src/charts/draw-chart.ts";
import {chart, mark} from "./synthetic-charts.ts";

const {document} = new JSDOM("<!doctype html><body></body>").window;
const years = (m: ReturnType<typeof mark>, year: number) => ({...m, year});

/** One indicator over the years: its baseline and two actuals joined, a one-year target and the plan's target as points. */
const places = chart("places-over-years", [{key: "places", label: "Places added", unit: "个", marks: [
  years(mark("p/base", "baseline", 30000), 2020),
  years(mark("p/2022", "actual", 36000), 2022),
  years(mark("p/2023", "actual", 40000), 2023),
  years(mark("p/annual", "annual", 20000), 2022),
  years(mark("p/pace", "pace", 32000), 2025)
]}], {kind: "line"});

describe("the line chart (kind: line)", () => {
  const svg = drawChart(places, {document, width: 640});

  it("joins the reported figures in year order and draws goals as points of their own", () => {
    expect(svg.classList.contains("line-chart")).toBe(true);
    const path = svg.querySelector(".series-actual path, path.series-actual, [class~='series-actual'] path");
    expect(path, "one line through the baseline and the actuals").not.toBeNull();
    const keys = [...svg.querySelectorAll("[data-key]")].map((el) => el.getAttribute("data-key"));
    expect(keys.filter((k) => k!.startsWith("dot:"))).toEqual(["dot:p/base", "dot:p/2022", "dot:p/2023"]);
    expect(keys.filter((k) => k!.startsWith("goal:"))).toEqual(["goal:p/annual"]);
    expect(keys.filter((k) => k!.startsWith("pace:"))).toEqual(["pace:p/pace"]);
  });

  it("gives every dated figure a link to its sentence and a name, and a year on the axis", () => {
    const links = [...svg.querySelectorAll("a[data-observation]")];
    expect(links.map((a) => a.getAttribute("data-observation"))).toEqual(["p/base", "p/2022", "p/2023", "p/annual"]);
    for (const a of links) {
      expect(a.getAttribute("href")).toMatch(/^\?view=source&doc=test-source&lang=en#q-p\//);
      expect(a.getAttribute("aria-label")).toBeTruthy();
    }
    expect([...svg.querySelectorAll(".tick-label text")].map((t) => t.textContent)).toEqual(expect.arrayContaining(["2020", "2021", "2022", "2023"]));
  });

  it("reserves the height it draws at, without Plot", () => {
    expect(chartHeight(places, 640)).toBe(lineChartHeight(640));
    expect(Number(svg.getAttribute("height"))).toBe(lineChartHeight(640));
    expect(lineChartHeight(320)).toBe(220);
  });

  it("refuses figures of two units on one scale", () => {
    const mixed = chart("mixed", [{key: "a", label: "A", unit: "%", marks: [mark("a/1", "actual", 1)]}, {key: "b", label: "B", unit: "个", marks: [mark("b/1", "actual", 1)]}], {kind: "line"});
    expect(() => drawChart(mixed, {document, width: 320})).toThrow("a line chart draws one unit");
  });
});
