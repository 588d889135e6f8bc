import type {ChartWithTable} from "../../src/model/chart-rows.ts";
import {chart, mark} from "../charts/synthetic-charts.ts";

/**
 * A small explainer chart for deck tests: school places (a count, three
 * figures) and two rates of one unit on rows of their own scales.
 */
export function placesChart(actual = 36000): ChartWithTable {
  const c = chart("places", [
    {key: "places", label: "Places added", unit: "个", status: "on-track", note: "On track.", marks: [
      mark("summary-2022/places", "actual", actual, "eq", {tip: {figure: actual.toLocaleString("en"), series: "Actual (2022)", source: "Work summary", status: ""}}),
      mark("summary-2022/places-target", "annual", 20000, "eq", {tip: {figure: "20,000", series: "Yearly target (2022)", source: "Work summary", status: ""}}),
      mark("plan-2021/places-2021-2025", "pace", 32000, "approx", {total: "about 160,000", tip: {figure: "about 32,000 a year needed (about 160,000 over five years)", series: "Pace", source: "Plan", status: "On track"}})
    ]},
    {key: "enrolment", label: "Enrolment", unit: "%", status: "met", note: "Met.", marks: [
      mark("summary-2022/enrolment", "actual", 90, "eq", {tip: {figure: "90%", series: "Actual (2022)", source: "Work summary", status: ""}}),
      mark("plan-2021/enrolment-2025", "target", 90, "ge", {tip: {figure: "at least 90%", series: "Target (2025)", source: "Plan", status: "Met"}})
    ]},
    {key: "coverage", label: "Coverage", unit: "%", marks: [
      mark("summary-2022/coverage", "actual", 88, "eq", {tip: {figure: "88%", series: "Actual (2022)", source: "Work summary", status: ""}}),
      mark("plan-2021/coverage-2025", "target", 90, "eq", {tip: {figure: "90%", series: "Target (2025)", source: "Plan", status: ""}})
    ]}
  ], {
    legend: (["actual", "annual", "pace", "target"] as const).map((series) => ({series, label: series, short: series})),
    embeddable: true
  });
  const years: Record<string, number> = {"summary-2022/places": 2022, "summary-2022/places-target": 2022, "plan-2021/places-2021-2025": 2025, "summary-2022/enrolment": 2022, "plan-2021/enrolment-2025": 2025, "summary-2022/coverage": 2022, "plan-2021/coverage-2025": 2025};
  c.table = c.rows.flatMap((r) => r.marks.map((m) => ({id: m.id, indicatorId: r.key, indicator: r.label, series: m.series, mark: m.series, year: years[m.id], figure: m.tip.figure, value: m.value, unit: r.unit, status: "", statusCode: null, sourceId: "s", source: "S"})));
  return c;
}
