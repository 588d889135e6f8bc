import {describe, expect, it} from "vitest";
import type {Lang} from "../../src/i18n/locale.ts";
import {glued, groupOf, trackerRows} from "../../src/model/tracker-rows.ts";
import type {Indicator, Observation, TargetStatus} from "../../src/schema/dataset.ts";
import {context, indicator, obs, status, TEXTS} from "./tracker-fixtures.ts";

/** Rows for the figures and statuses given, in one language. */
function rows(figures: Observation[], statuses: TargetStatus[], indicators: Indicator[], lang: Lang = "en") {
  return trackerRows({
    status: statuses,
    byId: new Map(figures.map((o) => [o.observation_id, o])),
    observations: figures,
    indicators: new Map(indicators.map((i) => [i.id, i])),
    texts: TEXTS,
    context: context(lang)
  });
}

// 普惠率: 88% in 2022 against 达到90% by 2025, no 2020 figure.
const coverage = {
  target: obs("plan/coverage", {indicator_id: "coverage", series: "target", year: 2025, value_base: 90, figure: "90%"}),
  actual: obs("s/coverage", {indicator_id: "coverage", value_base: 88, figure: "88%"})
};

describe("trackerRows", () => {
  it("gives a target its figures, its verdict and a sentence filled from them (too early: the gap in percentage points)", () => {
    const [row] = rows([coverage.target, coverage.actual], [status(coverage.target, {status: "too-early", status_reason: "no-baseline", actual_id: "s/coverage", counts: "same", gap: 2})], [indicator("coverage", {main_target: true})]);
    expect(row).toEqual({
      id: "plan/coverage", indicatorId: "coverage", group: "headline", main: true, name: "coverage", area: "preschool",
      latest: {text: "88%", year: "2022", counts: "same", note: ""},
      target: {text: "90%", year: "2025"},
      status: "too-early",
      sentence: "Too-early: 88% in 2022, 2\u00a0percentage points short of 90% by 2025"
    });
  });

  it("writes Chinese as the source does, with 个百分点 and the years in 年", () => {
    const [row] = rows([coverage.target, coverage.actual], [status(coverage.target, {status: "too-early", status_reason: "no-baseline", actual_id: "s/coverage", counts: "same", gap: 2})], [indicator("coverage")], "zh");
    expect(row).toMatchObject({name: "coverage（中文）", sentence: "too-early: 88% in 2022, 2个百分点 short of 90% by 2025"});
  });

  it("writes a five-year target's span with each language's range dash: 2021—2025 as the plan writes it, 2021–2025", () => {
    const places = obs("plan/places", {indicator_id: "places", series: "target", year: 2025, period_start: 2021, period_end: 2025, value_base: 160000, unit_base: "个", figure: "16万个"});
    for (const [lang, year] of [["zh", "2021—2025"], ["en", "2021–2025"]] as const) {
      const [row] = rows([places], [status(places, {})], [indicator("places", {unit: "个"})], lang);
      expect(row.target?.year).toBe(year);
    }
  });

  it("shows the 十三五 figure of the same indicator and scope, and none of another", () => {
    const target = obs("plan/years", {indicator_id: "years", series: "target", year: 2025, value_base: 15.8, unit_base: "年", figure: "15.8年"});
    const figures = [
      target,
      obs("plan/years-2015", {indicator_id: "years", series: "baseline", year: 2015, value_base: 15, unit_base: "年", figure: "15年"}),
      obs("plan/years-2020", {indicator_id: "years", series: "baseline", year: 2020, value_base: 15.7, unit_base: "年", figure: "15.7年"}),
      obs("d/years-2020", {indicator_id: "years", series: "baseline", scope: "dongcheng", year: 2020, value_base: 16, unit_base: "年", figure: "16年"})
    ];
    const [row] = rows(figures, [status(target, {})], [indicator("years", {unit: "年"})]);
    expect(row.baseline).toEqual({text: "15.7\u00a0years", year: "2020"});
    expect(row.latest).toBeUndefined();
    expect(row.sentence).toBe("No-figure: nothing since");
  });

  it("takes the most specific sentence: the target's own, then status/why/counts, status/why/scope, status/why, status", () => {
    const special = obs("plan/special", {indicator_id: "special", series: "target", year: 2025});
    const district = obs("d/rate", {series: "target", scope: "dongcheng", year: 2022});
    const plain = obs("plan/rate", {series: "target", year: 2025});
    const out = rows([special, district, plain], [status(special, {}), status(district, {}), status(plain, {})], [indicator("special"), indicator("rate")]);
    expect(out.map((r) => r.sentence)).toEqual(["Own sentence for special", "No-figure in the district by 2022", "No-figure: nothing since"]);
    expect(out.map((r) => r.group)).toEqual(["other", "district", "other"]);
  });

  // 150所左右 over 2021–2025 against 24 built or expanded in 2022, a part of what the target counts.
  const schools = {
    target: obs("plan/schools", {indicator_id: "schools-5", series: "target", basis: "cumulative", period_start: 2021, year: 2025, value_base: 150, unit_base: "所", comparator: "approx", figure: "150所左右"}),
    flow: obs("s/schools", {indicator_id: "schools", basis: "flow", value_base: 24, unit_base: "所", figure: "24所"})
  };
  const paced = (years: string, reported: number) =>
    status(schools.target, {status: "not-comparable", status_reason: "part", method: "pace", counts: "part", actual_id: "s/schools", needed_per_year: 30, reported_per_year: reported, reported_years: years, unreported_years: years === "2022" ? "2021" : null});

  it("says a yearly figure is one year's and counts part of the target; a pace of one year is that year's figure, not an average", () => {
    const [row] = rows([schools.target, schools.flow], [paced("2022", 24)], [indicator("schools-5", {unit: "所"}), indicator("schools", {unit: "所"})]);
    expect(row.group).toBe("headline");
    expect(row.target).toEqual({text: "about 150\u00a0schools", year: "2021–2025"});
    expect(row.latest).toMatchObject({text: "24\u00a0schools", year: "2022", counts: "part", note: "in one year; counts only part of what the target counts"});
    expect(row.sentence).toBe("Part: 24\u00a0schools in 2022, needs 30\u00a0schools. The documents do not report 2021.");
    const [two] = rows([schools.target, schools.flow], [paced("2021 2022", 27)], [indicator("schools-5", {unit: "所"}), indicator("schools", {unit: "所"})]);
    expect(two.sentence).toBe("Part: 27\u00a0schools a year on average in 2021, 2022, needs 30\u00a0schools.");
  });

  it("keeps an English number with its unit: a no-break space, and a unit word's hyphen that does not break", () => {
    expect(glued("about 150 schools in 2022, 30 a year")).toBe("about 150\u00a0schools in 2022, 30\u00a0a year");
  });

  it("names what a figure of another measure counts", () => {
    const target = obs("plan/students", {indicator_id: "students", series: "target", year: 2025, value_base: 1e6, unit_base: "名", figure: "百万学生"});
    const visits = obs("s/visits", {indicator_id: "visits", basis: "flow", value_base: 2.1e6, unit_base: "人次", comparator: "gt", figure: "210 多万人次"});
    const [row] = rows([target, visits], [status(target, {status: "not-comparable", status_reason: "other-measure", counts: "other", actual_id: "s/visits"})], [indicator("students", {unit: "名"}), indicator("visits", {unit: "人次", name_en: "pupils' visits"})]);
    expect(row.latest).toMatchObject({text: "more than 2.1\u00a0million", counts: "other", note: "counts something else: pupils' visits"});
    expect(row.sentence).toBe("Other: more than 2.1\u00a0million counts pupils' visits");
  });

  it("stops on a target the content has no sentence for, naming the keys it tried", () => {
    const target = obs("plan/rate", {series: "target", year: 2025});
    expect(() => rows([target], [status(target, {status: "behind", status_reason: "level"})], [indicator("rate")])).toThrow(/no sentence for behind\/level\/beijing or behind\/level or behind \(target plan\/rate\)/);
  });

  it("fills only what a row has: a template naming a missing figure stops the build", () => {
    const target = obs("plan/rate", {series: "target", year: 2025});
    expect(() => rows([target], [status(target, {status: "met", status_reason: "level"})], [indicator("rate")])).toThrow(/no value for \{latest\}/);
  });
});

describe("groupOf", () => {
  it("puts a district's targets in their own group, the plan's main targets and five-year totals first", () => {
    const i = indicator("x");
    expect(groupOf(obs("d", {series: "target", scope: "dongcheng"}), {...i, main_target: true})).toBe("district");
    expect(groupOf(obs("m", {series: "target"}), {...i, main_target: true})).toBe("headline");
    expect(groupOf(obs("c", {series: "target", basis: "cumulative"}), i)).toBe("headline");
    expect(groupOf(obs("o", {series: "target"}), i)).toBe("other");
  });
});
