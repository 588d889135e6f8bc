import * as aq from "arquero";
import {describe, expect, it} from "vitest";
import {checkLevelTargets, statusTable} from "../../../src/build/tables/status-table.ts";
import type {IndicatorRecord} from "../../../src/schema/records.ts";
import type {StatusRow} from "../../../src/schema/tables.ts";

/** A figure with what the status stage reads; everything else defaults. */
function figure(id: string, over: Record<string, unknown>) {
  const year = (over.year as number) ?? 2022;
  return {observation_id: id, indicator_id: "rate", scope: "beijing", series: "actual", basis: "level", period_start: year, period_end: year, year, value_base: 0, unit_base: "%", comparator: "eq", quote: "", ...over};
}

const indicator = (id: string, extra: Partial<IndicatorRecord> = {}): IndicatorRecord =>
  ({id, zh: id, en: id, definition_zh: id, definition_en: id, domain: "preschool", unit: "%", better: "higher", ...extra}) as IndicatorRecord;

const byTarget = (rows: Array<Record<string, unknown>>, catalogue: IndicatorRecord[]) =>
  new Map((statusTable(aq.from(rows), catalogue).objects() as unknown as StatusRow[]).map((s) => [s.target_id, s]));

describe("statusTable", () => {
  const catalogue = [indicator("rate")];
  const rows = [
    figure("plan/rate-2020", {series: "baseline", year: 2020, value_base: 80}),
    figure("plan/rate-2025", {series: "target", year: 2025, value_base: 90}),
    // The later actual comes first in file order: status must read it by year.
    figure("s2023/rate", {year: 2023, value_base: 88}),
    figure("s2022/rate", {year: 2022, value_base: 82})
  ];

  it("reads the latest actual by year, not by file order, and the baseline before it", () => {
    const s = byTarget(rows, catalogue).get("plan/rate-2025")!;
    expect(s).toMatchObject({status: "on-track", method: "level", actual_id: "s2023/rate", baseline_id: "plan/rate-2020"});
    expect(s.progress).toBeCloseTo(0.8);
    expect(s.due).toBeCloseTo(0.6);
    // The same rows in the other order give the same answer.
    expect(byTarget([...rows].reverse(), catalogue).get("plan/rate-2025")).toEqual(s);
  });

  it("never reads an actual from after the target's year", () => {
    const late = [...rows, figure("s2026/rate", {year: 2026, value_base: 95})];
    expect(byTarget(late, catalogue).get("plan/rate-2025")).toMatchObject({actual_id: "s2023/rate"});
  });

  it("judges a district's target by the district's own figures only", () => {
    const district = [...rows, figure("d/rate", {series: "target", scope: "dongcheng", value_base: 85, comparator: "ge"})];
    expect(byTarget(district, catalogue).get("d/rate")).toMatchObject({status: "no-figure", status_reason: "no-actual", actual_id: null, counts: null});
  });

  it("judges a one-year target by that year's figure (method year), met or behind", () => {
    const flows = [
      figure("s/places-target", {indicator_id: "places", series: "target", basis: "flow", value_base: 20000, unit_base: "个"}),
      figure("s/places", {indicator_id: "places", basis: "flow", value_base: 36000, unit_base: "个"}),
      figure("t/places", {indicator_id: "places", basis: "flow", year: 2023, value_base: 1000, unit_base: "个"})
    ];
    expect(byTarget(flows, [indicator("places", {unit: "个"})]).get("s/places-target")).toMatchObject({status: "met", method: "year", actual_id: "s/places"});
  });

  it("paces a five-year total on the yearly figures of the indicator it is paced by", () => {
    const catalogue = [
      indicator("places", {unit: "个"}),
      indicator("places-five-year", {unit: "个", related: [{id: "places", relation: "pace", why_zh: "", why_en: ""}]})
    ];
    const paced = [
      figure("plan/places", {indicator_id: "places-five-year", series: "target", basis: "cumulative", period_start: 2021, year: 2025, period_end: 2025, value_base: 160000, unit_base: "个", comparator: "approx"}),
      figure("s2022/places", {indicator_id: "places", basis: "flow", value_base: 36000, unit_base: "个"}),
      figure("s2024/places", {indicator_id: "places", basis: "flow", year: 2024, value_base: 20000, unit_base: "个"})
    ];
    expect(byTarget(paced, catalogue).get("plan/places")).toMatchObject({
      status: "behind", method: "pace", actual_id: "s2024/places",
      needed_per_year: 32000, reported_per_year: 28000, reported_years: "2022 2024", unreported_years: "2021 2023"
    });
  });

  it("says what is missing when a total has no yearly figures", () => {
    const lone = [figure("plan/total", {indicator_id: "total", series: "target", basis: "cumulative", period_start: 2021, year: 2025, period_end: 2025, value_base: 17, unit_base: "所"})];
    expect(byTarget(lone, [indicator("total", {unit: "所"})]).get("plan/total")).toMatchObject({status: "no-figure", status_reason: "no-actual", method: "pace"});
  });

  // 150所左右 built, expanded or taken over; the yearly figures count built or expanded only: curated as counts "part".
  const schools = (counts?: "part") => [
    indicator("schools", {unit: "所", related: [{id: "schools-five-year", relation: "paced-by", why_zh: "", why_en: "", ...(counts ? {counts} : {})}]}),
    indicator("schools-five-year", {unit: "所", related: [{id: "schools", relation: "pace", why_zh: "", why_en: "", ...(counts ? {counts} : {})}]})
  ];
  const schoolRows = (yearly: number) => [
    figure("plan/schools", {indicator_id: "schools-five-year", series: "target", basis: "cumulative", period_start: 2021, year: 2025, period_end: 2025, value_base: 150, unit_base: "所", comparator: "approx"}),
    figure("s2022/schools", {indicator_id: "schools", basis: "flow", value_base: yearly, unit_base: "所"})
  ];

  it("reads what a total's yearly figures count from its pace relation: a part is a lower bound", () => {
    expect(byTarget(schoolRows(24), schools()).get("plan/schools")).toMatchObject({status: "behind", counts: "same"});
    expect(byTarget(schoolRows(24), schools("part")).get("plan/schools")).toMatchObject({status: "not-comparable", status_reason: "part", counts: "part", actual_id: "s2022/schools", needed_per_year: 30, reported_per_year: 24});
    expect(byTarget(schoolRows(31), schools("part")).get("plan/schools")).toMatchObject({status: "on-track", status_reason: "pace", counts: "part"});
  });

  it("says a target is not comparable when the only figure since is of an indicator that counts something else, in its scope", () => {
    const catalogue = [
      indicator("students", {unit: "名", related: [{id: "visits", relation: "not-comparable", why_zh: "", why_en: ""}]}),
      indicator("visits", {unit: "人次", related: [{id: "students", relation: "not-comparable", why_zh: "", why_en: ""}]})
    ];
    const rows = [
      figure("plan/students", {indicator_id: "students", series: "target", year: 2025, value_base: 1000000, unit_base: "名"}),
      figure("d/students", {indicator_id: "students", series: "target", scope: "dongcheng", year: 2025, value_base: 1000, unit_base: "名"}),
      figure("s2021/visits", {indicator_id: "visits", basis: "flow", year: 2021, value_base: 1500000, unit_base: "人次"}),
      figure("s2022/visits", {indicator_id: "visits", basis: "flow", value_base: 2100000, unit_base: "人次"})
    ];
    const table = byTarget(rows, catalogue);
    expect(table.get("plan/students")).toMatchObject({status: "not-comparable", status_reason: "other-measure", counts: "other", actual_id: "s2022/visits", gap: null});
    // The city's figures say nothing of a district's target.
    expect(table.get("d/students")).toMatchObject({status: "no-figure", status_reason: "no-actual", actual_id: null});
  });
});

describe("checkLevelTargets", () => {
  it("refuses a level target equal to its baseline in the same scope, naming both; a maintain target or another scope passes", () => {
    const rows = [
      figure("plan/schools-2020", {series: "baseline", year: 2020, value_base: 3, unit_base: "所", quote: "3所学校建设进展顺利"}),
      figure("plan/schools-2025", {series: "target", year: 2025, value_base: 3, unit_base: "所", quote: "建成三所学校并投入使用"}),
      figure("plan/kept-2020", {indicator_id: "kept", series: "baseline", year: 2020, value_base: 99}),
      figure("plan/kept-2025", {indicator_id: "kept", series: "target", year: 2025, value_base: 99, quote: "保持在99%以上"}),
      figure("d/schools", {series: "target", scope: "dongcheng", year: 2025, value_base: 3, unit_base: "所"})
    ];
    const errors = checkLevelTargets(aq.from(rows));
    expect(errors).toHaveLength(1);
    expect(errors[0].record).toBe("plan/schools-2025");
    expect(errors[0].message).toMatch(/plan\/schools-2020 equals it.*divide by zero.*indicator of its own/);
  });
});
