import {describe, expect, it} from "vitest";
import {isMaintain, satisfies, status, type Point} from "../../src/build/status.ts";
import {observation, realData} from "../real-data.ts";

const {observations} = realData().data;
const get = (indicator: string, series: string) => observation(observations, indicator, series);
const withValue = (p: Point, value_base: number): Point => ({...p, value_base});
/** A figure of one year: a level, or (basis flow) that year's amount. */
const inYear = (p: Point, year: number, value_base: number): Point => ({...p, period_start: year, period_end: year, year, value_base});

describe("status", () => {
  it("met: 入园率 90% in 2022 against 保持在90%以上 (a maintain target)", () => {
    const target = get("preschool-enrolment-rate", "target");
    expect(isMaintain(target)).toBe(true);
    expect(status({better: "higher", target, actual: get("preschool-enrolment-rate", "actual")})).toEqual({status: "met", method: "maintain", counts: "same", gap: 0});
  });

  it("met: 就近入学 99% 以上 in 2022 against 保持在99%以上", () => {
    const result = status({better: "higher", target: get("nearby-enrolment-rate", "target"), actual: get("nearby-enrolment-rate", "actual"), baseline: get("nearby-enrolment-rate", "baseline")});
    expect(result).toEqual({status: "met", method: "maintain", counts: "same", gap: 0});
  });

  it("behind: a maintain target not kept is behind, never on track", () => {
    const target = get("nearby-enrolment-rate", "target");
    const actual = withValue(get("nearby-enrolment-rate", "actual"), 98.5);
    expect(status({better: "higher", target, actual, baseline: get("nearby-enrolment-rate", "baseline")})).toEqual({status: "behind", method: "maintain", counts: "same", gap: 0.5});
  });

  // The plan's 公共财政教育支出占比: 15.85% in 2020, 16% by 2025; 2/5 of the change is due by 2022.
  const share = {target: get("education-share-of-public-spending", "target"), baseline: get("education-share-of-public-spending", "baseline")};
  const shareActual = (value: number): Point => inYear(share.baseline, 2022, value);

  it("met: a level target (达到16%) is met once the actual reaches it", () => {
    expect(status({better: "higher", ...share, actual: shareActual(16)})).toMatchObject({status: "met", method: "level"});
  });

  it("on track: at least the share of the change due by 2022", () => {
    const result = status({better: "higher", ...share, actual: shareActual(15.94)});
    expect(result.status).toBe("on-track");
    expect(result.due).toBeCloseTo(0.4);
    expect(result.progress).toBeCloseTo(0.6);
  });

  it("behind: less of the change than is due", () => {
    const result = status({better: "higher", ...share, actual: shareActual(15.88)});
    expect(result.status).toBe("behind");
    expect(result.progress).toBeCloseTo(0.2);
  });

  it("moving away: further from the target than the baseline", () => {
    expect(status({better: "higher", ...share, actual: shareActual(15.7)}).status).toBe("moving-away");
  });

  it("respects a lower-is-better direction", () => {
    const base = withValue(share.baseline, 400);
    const target = {...share.target, value_base: 300, comparator: "eq" as const, quote: "压减至300"};
    expect(status({better: "lower", target, baseline: base, actual: inYear(base, 2022, 347)}).status).toBe("on-track");
    expect(status({better: "lower", target, baseline: base, actual: inYear(base, 2022, 420)}).status).toBe("moving-away");
  });

  // The plan's five-year totals are paced against the yearly figures of their -five-year indicator's yearly twin.
  const places = {target: get("school-places-added-five-year", "target"), flow: get("school-places-added", "actual")};

  it("pace: 新增学位16万个左右 over 2021–2025 needs 32000 a year; 2022 added 3.6万个", () => {
    expect(places.target).toMatchObject({basis: "cumulative", period_start: 2021, period_end: 2025});
    const result = status({better: "higher", target: places.target, flows: [places.flow]});
    expect(result).toEqual({status: "on-track", method: "pace", counts: "same", pace: {neededPerYear: 32000, reported: 36000, years: 5, reportedYears: [2022], unreportedYears: [2021]}});
  });

  // 150所左右 counts schools built, expanded and taken over with housing estates (接收居住区教育配套); the 24 of 2022 only built or expanded.
  const schools = {target: get("schools-built-or-expanded-five-year", "target"), flow: get("schools-built-or-expanded", "actual")};

  it("pace: 24 schools against the 30 a year 150所左右 needs would be behind, were it the same count", () => {
    const result = status({better: "higher", target: schools.target, flows: [schools.flow]});
    expect(result).toEqual({status: "behind", method: "pace", counts: "same", pace: {neededPerYear: 30, reported: 24, years: 5, reportedYears: [2022], unreportedYears: [2021]}});
  });

  it("part: a figure that counts part of the target is a lower bound; below the pace it supports no verdict", () => {
    const result = status({better: "higher", target: schools.target, flows: [schools.flow], counts: "part"});
    expect(result).toEqual({status: "not-comparable", method: "pace", reason: "part", counts: "part", pace: {neededPerYear: 30, reported: 24, years: 5, reportedYears: [2022], unreportedYears: [2021]}});
  });

  it("part: at or above the pace a lower bound shows the target on track; reaching the total, met", () => {
    expect(status({better: "higher", target: schools.target, flows: [withValue(schools.flow, 30)], counts: "part"})).toMatchObject({status: "on-track", method: "pace", counts: "part"});
    expect(status({better: "higher", target: schools.target, flows: [inYear(schools.flow, 2021, 80), inYear(schools.flow, 2022, 80)], counts: "part"})).toMatchObject({status: "met", counts: "part"});
  });

  it("part: on a level target, a lower bound behind the straight path shows nothing; one ahead of it, on track", () => {
    expect(status({better: "higher", ...share, actual: shareActual(15.88), counts: "part"})).toMatchObject({status: "not-comparable", reason: "part", counts: "part", progress: expect.closeTo(0.2)});
    expect(status({better: "higher", ...share, actual: shareActual(15.94), counts: "part"})).toMatchObject({status: "on-track", counts: "part"});
    // A lower bound says nothing of how far a target is: no gap.
    expect(status({better: "higher", ...share, actual: shareActual(15.94), counts: "part"}).gap).toBeUndefined();
  });

  it("pace: two reported years are averaged, whatever their order, and leave no year unreported", () => {
    const flows = [places.flow, inYear(places.flow, 2021, 30000)];
    expect(status({better: "higher", target: places.target, flows})).toEqual({status: "on-track", method: "pace", counts: "same", pace: {neededPerYear: 32000, reported: 33000, years: 5, reportedYears: [2021, 2022], unreportedYears: []}});
    const slow = [inYear(places.flow, 2021, 30000), inYear(places.flow, 2022, 30000)];
    expect(status({better: "higher", target: places.target, flows: slow})).toMatchObject({status: "behind", method: "pace", pace: {reported: 30000}});
  });

  it("pace: met once the reported years reach the total; behind when every year is reported short of it", () => {
    const years = (value: number) => [2021, 2022, 2023, 2024, 2025].map((y) => inYear(places.flow, y, value));
    expect(status({better: "higher", target: places.target, flows: years(33000).slice(0, 4)}).status).toBe("on-track");
    expect(status({better: "higher", target: places.target, flows: [inYear(places.flow, 2021, 80000), inYear(places.flow, 2022, 80000)]}).status).toBe("met");
    expect(status({better: "higher", target: places.target, flows: years(20000)})).toMatchObject({status: "behind", method: "pace", pace: {unreportedYears: []}});
  });

  it("pace: no yearly figure within the period is no figure; one in other units or on another basis is not comparable", () => {
    expect(status({better: "higher", target: places.target})).toEqual({status: "no-figure", method: "pace", reason: "no-actual"});
    expect(status({better: "higher", target: places.target, flows: [inYear(places.flow, 2019, 36000)]})).toEqual({status: "no-figure", method: "pace", reason: "no-actual"});
    expect(status({better: "higher", target: places.target, flows: [{...places.flow, unit_base: "所"}]})).toEqual({status: "not-comparable", method: "pace", reason: "units", counts: "other"});
    expect(status({better: "higher", target: places.target, flows: [{...places.flow, basis: "batch"}]})).toEqual({status: "not-comparable", method: "pace", reason: "basis", counts: "other"});
  });

  // 2022's own target: 新增中小学学位2万个 in 2022; the summary reports 3.6万个.
  const yearly = {target: observations.find((o) => o.observation_id === "summary-2022/school-places-added-target")!, actual: get("school-places-added", "actual")};

  it("year: a one-year target (a flow) is met by that year's figure", () => {
    expect(yearly.target).toMatchObject({basis: "flow", year: 2022});
    expect(status({better: "higher", ...yearly})).toEqual({status: "met", method: "year", counts: "same", gap: -16000});
  });

  it("year: short of it in its year is behind, never on track or moving away", () => {
    expect(status({better: "higher", target: yearly.target, actual: withValue(yearly.actual, 15000)})).toEqual({status: "behind", method: "year", counts: "same", gap: 5000});
  });

  it("year: no figure for the year is no figure published", () => {
    expect(status({better: "higher", target: yearly.target})).toEqual({status: "no-figure", method: "year", reason: "no-actual"});
  });

  it("no figure published: no 2022 actual, a baseline notwithstanding (受教育年限 15.7 → 15.8)", () => {
    expect(status({better: "higher", target: get("new-workforce-schooling-years", "target"), baseline: get("new-workforce-schooling-years", "baseline")})).toEqual({status: "no-figure", method: "level", reason: "no-actual"});
  });

  it("too early to judge: 普惠率 88% against 90%, the same measure, no 2020 baseline; the gap is stated", () => {
    expect(status({better: "higher", target: get("public-kindergarten-coverage", "target"), actual: get("public-kindergarten-coverage", "actual")})).toEqual({status: "too-early", method: "level", reason: "no-baseline", counts: "same", gap: 2});
  });

  it("too early is only before the target's year: in its year, short of it is behind", () => {
    const target = get("public-kindergarten-coverage", "target");
    expect(status({better: "higher", target, actual: inYear(get("public-kindergarten-coverage", "actual"), 2025, 88)})).toMatchObject({status: "behind", gap: 2});
  });

  it("not comparable: the only figure since the plan counts something else (百万学生 vs 210 多万人次)", () => {
    const target = get("winter-sports-students", "target");
    const other = get("winter-sports-visits", "actual");
    expect(status({better: "higher", target, other})).toEqual({status: "not-comparable", method: "level", reason: "other-measure", counts: "other"});
    // A figure of the target's own measure wins over one of another.
    expect(status({better: "higher", target, other, actual: inYear({...target, comparator: "eq"}, 2022, 1200000)})).toMatchObject({status: "met", counts: "same"});
  });

  it("not comparable: figures in other units, or counted on another basis, read as the target's own", () => {
    const target = get("winter-sports-students", "target");
    expect(status({better: "higher", target, actual: get("winter-sports-visits", "actual")})).toEqual({status: "not-comparable", method: "level", reason: "units", counts: "other"});
    const total = get("distinctive-vocational-specialties", "target");
    const batch = get("distinctive-vocational-specialties-batch", "actual");
    expect([total.basis, batch.basis]).toEqual(["level", "batch"]);
    expect(status({better: "higher", target: total, actual: batch})).toEqual({status: "not-comparable", method: "level", reason: "basis", counts: "other"});
  });

  it("gap: how far short, in the better direction; 0 or less once reached", () => {
    const base = withValue(share.baseline, 400);
    const target = {...share.target, value_base: 300, comparator: "eq" as const, quote: "压减至300"};
    expect(status({better: "lower", target, baseline: base, actual: inYear(base, 2022, 347)}).gap).toBe(47);
    expect(status({better: "lower", target, baseline: base, actual: inYear(base, 2022, 290)})).toMatchObject({status: "met", gap: -10});
    // Float noise does not reach the published figure.
    expect(status({better: "higher", ...share, actual: shareActual(15.94)}).gap).toBe(0.06);
  });

  it("refuses a level target equal to its baseline (the build stops before: checkLevelTargets)", () => {
    const baseline = withValue(share.baseline, 16);
    expect(() => status({better: "higher", target: share.target, baseline, actual: shareActual(15.9)})).toThrow(RangeError);
  });
});

describe("satisfies", () => {
  const t = (comparator: Point["comparator"], value_base: number) => ({comparator, value_base}) as Point;
  const a = (value_base: number, comparator: Point["comparator"] = "eq") => ({comparator, value_base}) as Point;
  it.each([
    [a(96.5), t("gt", 96), "higher", true],
    [a(96), t("gt", 96), "higher", false],
    [a(96, "gt"), t("gt", 96), "higher", true],
    [a(99, "ge"), t("ge", 99), "higher", true],
    [a(152), t("approx", 150), "higher", true],
    [a(143), t("approx", 150), "higher", true],
    [a(140), t("approx", 150), "higher", false],
    [a(82), t("eq", 82), "higher", true],
    [a(81.9), t("eq", 82), "higher", false],
    [a(340), t("eq", 347), "lower", true]
  ] as const)("%o against %o (%s is better) → %s", (actual, target, better, expected) => {
    expect(satisfies(actual, target, better)).toBe(expected);
  });
});
