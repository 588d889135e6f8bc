import {describe, expect, it} from "vitest";
import {en} from "../../src/i18n/en.ts";
import {zh} from "../../src/i18n/zh.ts";
import {firstScreenSummary} from "../../src/model/summary-model.ts";
import {TRACKER_DEFAULT, trackerModel, trackerView, type TrackerState} from "../../src/model/tracker-model.ts";
import type {TrackerRow} from "../../src/model/tracker-rows.ts";
import type {Domain} from "../../src/schema/records.ts";
import type {Status} from "../../src/schema/statuses.ts";
import type {TrackerGroup} from "../../src/schema/content.ts";
import {pageModel} from "../../src/model/page-model.ts";
import {realData} from "../real-data.ts";
import {context, TEXTS} from "./tracker-fixtures.ts";

const row = (id: string, status: Status, area: Domain, group: TrackerGroup = "headline", main = true): TrackerRow => ({
  id, indicatorId: id, group, main, name: id, area, target: {text: "", year: "2025"}, status, sentence: `${id} sentence`
});

// In build order: the verdicts and areas mixed, a district's target last.
const ROWS = [
  row("safe", "no-figure", "governance"),
  row("places", "on-track", "places", "headline", false),
  row("coverage", "too-early", "preschool"),
  row("enrolment", "met", "preschool"),
  row("schools", "not-comparable", "places", "headline", false),
  row("arts", "no-figure", "whole-person", "other", false),
  row("dongcheng", "no-figure", "preschool", "district", false)
];
const model = trackerModel(ROWS, {lang: "en", messages: en, heading: "H", intro: "I", caption: "C", groupLabels: {headline: "Headline", other: "Other", district: "District"}, baselineYear: 2020});
const ids = (state: Partial<TrackerState>) => trackerView(model, {...TRACKER_DEFAULT, ...state}, en).groups.map((g) => [g.id, g.rows.map((r) => r.id)]);

describe("trackerModel and trackerView", () => {
  it("names the baseline's year in the baseline column's heading, in both languages", () => {
    expect(model.columns.baseline).toBe("End of the Thirteenth Five-Year Plan (2020)");
    expect(trackerModel([], {lang: "zh", messages: zh, heading: "", intro: "", caption: "", groupLabels: {headline: "", other: "", district: ""}, baselineYear: 2020}).columns.baseline).toBe("“十三五”末（2020年）");
  });

  it("orders each group news first by default: by verdict, then area, then name", () => {
    expect(ids({})).toEqual([
      ["headline", ["enrolment", "places", "coverage", "schools", "safe"]],
      ["other", ["arts"]],
      ["district", ["dongcheng"]]
    ]);
  });

  it("sorts by area (in the areas' own order) or by name, ascending or descending, within each group", () => {
    expect(ids({sort: {key: "area", dir: "asc"}})[0]).toEqual(["headline", ["enrolment", "coverage", "places", "schools", "safe"]]);
    expect(ids({sort: {key: "name", dir: "asc"}})[0]).toEqual(["headline", ["coverage", "enrolment", "places", "safe", "schools"]]);
    expect(ids({sort: {key: "name", dir: "desc"}})[0]).toEqual(["headline", ["schools", "safe", "places", "enrolment", "coverage"]]);
  });

  it("sorts Chinese names by pinyin", () => {
    const zhModel = trackerModel([row("b", "met", "preschool"), row("a", "met", "preschool")].map((r, i) => ({...r, name: ["学位", "安全"][i]})), {lang: "zh", messages: zh, heading: "", intro: "", caption: "", groupLabels: {headline: "", other: "", district: ""}, baselineYear: 2020});
    expect(zhModel.orders.name.map((i) => zhModel.rows[i].name)).toEqual(["安全", "学位"]);
  });

  it("filters by area and verdict, and counts what each option would show given the other filter", () => {
    const view = trackerView(model, {...TRACKER_DEFAULT, area: "preschool"}, en);
    expect(view.groups.map((g) => g.rows.map((r) => r.id))).toEqual([["enrolment", "coverage"], [], ["dongcheng"]]);
    expect([view.shown, view.total]).toEqual([3, 7]);
    expect(view.options.status).toEqual([
      {value: "met", label: "Met", count: 1}, {value: "on-track", label: "On track", count: 0}, {value: "too-early", label: "Too early to judge", count: 1},
      {value: "not-comparable", label: "Not comparable", count: 0}, {value: "no-figure", label: "No new figure", count: 1}
    ]);
    // An area's count ignores the area filter itself, so each option says what choosing it would give.
    expect(view.options.area.map((o) => [o.value, o.count])).toEqual([["preschool", 3], ["whole-person", 1], ["places", 2], ["governance", 1]]);
    expect(trackerView(model, {...TRACKER_DEFAULT, status: "no-figure", area: "places"}, en).shown).toBe(0);
  });

  it("offers no option for a verdict or an area no target has", () => {
    const view = trackerView(model, TRACKER_DEFAULT, en);
    expect(view.options.status.map((o) => o.value)).not.toContain("behind");
    expect(view.options.area.map((o) => o.value)).not.toContain("digital");
  });

  it("leaves out a group with no targets", () => {
    expect(trackerModel(ROWS.filter((r) => r.group !== "district"), {lang: "en", messages: en, heading: "", intro: "", caption: "", groupLabels: {headline: "", other: "", district: ""}, baselineYear: 2020}).groups.map((g) => g.id)).toEqual(["headline", "other"]);
  });
});

describe("firstScreenSummary", () => {
  it("counts the headline targets that can be checked, lists each with a figure by verdict, and counts those with none", () => {
    const summary = firstScreenSummary(ROWS, TEXTS, context("en"));
    expect(summary.finding).toBe("3 of 5 (3 main, 2 totals): 1 met, 1 on track, and 1 too early to judge");
    // The target whose figure cannot be checked is not one of the 3: it comes after a sentence of its own.
    expect(summary.groups.map((g) => [g.status, g.label, g.targets.map((t) => t.id)])).toEqual([
      ["met", "Met", ["enrolment"]],
      ["on-track", "On track", ["places"]],
      ["too-early", "Too early to judge", ["coverage"]]
    ]);
    expect(summary.aside?.text).toBe("1 more apart");
    expect(summary.aside?.groups.map((g) => [g.status, g.label, g.targets.map((t) => t.id)])).toEqual([["not-comparable", "Not comparable", ["schools"]]]);
    expect(summary.groups[0].targets[0]).toEqual({id: "enrolment", name: "enrolment", sentence: "enrolment sentence", href: "#t-enrolment"});
    expect(summary.rest).toBe("1 with none");
    expect(summary.more).toEqual({text: "All 7 below", href: "#tracker"});
  });

  it("words the finding for none and for all, and leaves out the sentence on targets with none when there are none", () => {
    expect(firstScreenSummary(ROWS.filter((r) => r.status === "no-figure"), TEXTS, context("en"))).toMatchObject({finding: "None of 1", groups: []});
    const all = firstScreenSummary(ROWS.filter((r) => r.status === "met"), TEXTS, context("en"));
    expect(all).toMatchObject({finding: "All 1", rest: ""});
    expect(all.aside).toBeUndefined();
  });

  it("words the aside by what the uncomparable figures count, and by their number", () => {
    const part = (id: string) => ({...row(id, "not-comparable", "places", "headline", false), latest: {text: "", year: "2022", counts: "part" as const, note: ""}});
    expect(firstScreenSummary([part("a")], TEXTS, context("en")).aside?.text).toBe("One more counts part");
    expect(firstScreenSummary([part("a"), part("b")], TEXTS, context("en")).aside?.text).toBe("2 more count part");
    expect(firstScreenSummary([part("a"), row("b", "not-comparable", "places")], TEXTS, context("en")).aside?.text).toBe("2 more apart");
  });
});

describe("the tracker of the real data", () => {
  it("has a row for every target, Dongcheng's as their own group, and says 4 of the 16 headline targets can be checked against 2022", () => {
    const {data} = realData();
    for (const lang of ["zh", "en"] as const) {
      const {tracker, summary} = pageModel(data, lang).explainer;
      expect(tracker.rows.map((r) => r.id).sort()).toEqual([...data.status.keys()].sort());
      expect(tracker.rows.filter((r) => r.group === "district").every((r) => r.id.startsWith("dongcheng-2022/"))).toBe(true);
      const headline = tracker.rows.filter((r) => r.group === "headline");
      expect([headline.length, headline.filter((r) => r.main).length]).toEqual([16, 12]);
      expect(summary.finding).toContain(lang === "zh" ? "16项主要目标和五年累计目标" : "16 main targets and five-year totals");
      expect(summary.finding).toBe(lang === "zh"
        ? "规划的16项主要目标和五年累计目标中，只有4项能用2022年的数字核对：2项已达成、1项进度正常和1项为时尚早。"
        : "Of the plan's 16 main targets and five-year totals, only 4 can be checked against a 2022 figure: 2 met, 1 on track, and 1 too early to judge.");
      // The one whose figure counts only part of its target is set apart, not one of the 4.
      expect(summary.groups.reduce((n, g) => n + g.targets.length, 0)).toBe(4);
      expect(summary.aside?.text).toBe(lang === "zh" ? "另有1项的数字只统计了目标的一部分。" : "One more has a figure that counts only part of its target.");
      expect(summary.aside?.groups.flatMap((g) => g.targets.map((t) => t.id))).toEqual(["plan-2021/schools-built-or-expanded-2021-2025"]);
      expect(summary.rest).toBe(lang === "zh" ? "其余11项，本站收录的文件中没有数字。" : "The documents tracked here give no figure for the other 11.");
      expect(summary.finding).toContain("2022");
      const byId = new Map(tracker.rows.map((r) => [r.id, r]));
      // Schools built is not behind on a figure that counts less than the target; public-benefit coverage is too early, not "no data".
      expect(byId.get("plan-2021/schools-built-or-expanded-2021-2025")).toMatchObject({status: "not-comparable", latest: {counts: "part"}});
      expect(byId.get("plan-2021/public-kindergarten-coverage-2025")).toMatchObject({status: "too-early", latest: {text: "88%", year: "2022"}});
      expect(byId.get("plan-2021/public-kindergarten-coverage-2025")!.sentence).toContain(lang === "zh" ? "2个百分点" : "2\u00a0percentage points");
      for (const r of tracker.rows) expect(r.sentence, r.id).not.toMatch(/[{}]|undefined|NaN/);
    }
  });
});
