import {describe, expect, it} from "vitest";
import {dataRows, dataViewModel} from "../../src/model/data-view-model.ts";
import {zh} from "../../src/i18n/zh.ts";
import {DEFAULT_STATE, type UrlState} from "../../src/model/url-state.ts";
import {realData} from "../real-data.ts";

const {data} = realData();
const {observations, sources} = data;
const rows = dataRows(observations, sources, "zh");
const view = (filters: Partial<UrlState["filters"]>, sort: UrlState["sort"] = DEFAULT_STATE.sort) =>
  dataViewModel(rows, {filters: {...DEFAULT_STATE.filters, ...filters}, sort}, {lang: "zh", messages: zh, sources, table: data.table});

describe("dataViewModel", () => {
  it("shows everything with no filter", () => {
    const model = view({});
    expect(model.rows).toHaveLength(observations.length);
    expect(model.total).toBe(observations.length);
  });

  it("filters by facets and counts each option given the other filters", () => {
    const model = view({domain: ["preschool"], series: ["target"]});
    expect(model.rows.map((r) => r.observation_id).sort()).toEqual([
      "dongcheng-2022/preschool-enrolment-rate-registered",
      "plan-2021/preschool-enrolment-rate-2025",
      "plan-2021/public-kindergarten-coverage-2025",
      "plan-2021/preschool-teacher-trained-share-2025"
    ].sort());
    const domain = Object.fromEntries(model.facets.domain.map((o) => [o.value, o.count]));
    // Counts under a facet ignore that facet's own selection, so other domains show what choosing them would add.
    expect(domain.preschool).toBe(4);
    expect(domain.compulsory).toBe(1); // 义务教育就近入学率 2025
    expect(model.facets.series.find((o) => o.value === "actual")!.count).toBe(3);
    expect(model.facets.domain.find((o) => o.value === "preschool")!.checked).toBe(true);
  });

  it("searches names and quotes, ignoring case and white space", () => {
    expect(view({q: "入园率"}).rows.map((r) => r.indicator_id)).toEqual(expect.arrayContaining(["preschool-enrolment-rate"]));
    expect(view({q: "ENROLMENT rate"}).rows.length).toBeGreaterThan(0);
    expect(view({q: "2.3万名"}).rows.map((r) => r.observation_id)).toEqual(["summary-2022/winter-olympics-teachers-students"]);
    expect(view({q: "<script>"}).rows).toEqual([]);
  });

  it("gives each row its own published status: a target's, none for a baseline or an actual", () => {
    const met = view({status: ["met"]}).rows;
    expect(met.map((r) => r.observation_id).sort()).toEqual(observations.filter((o) => o.status === "met").map((o) => o.observation_id).sort());
    expect(met.map((r) => r.observation_id)).toEqual(expect.arrayContaining(["plan-2021/preschool-enrolment-rate-2025", "plan-2021/nearby-enrolment-rate-2025", "summary-2022/school-places-added-target"]));
    expect(met.every((r) => r.series === "target" && r.status === "met" && r.filterStatus === "met")).toBe(true);
    // Per figure, not per indicator: the city's preschool target is met, Dongcheng's 2022 target has no district figure.
    expect(met.map((r) => r.observation_id)).not.toContain("dongcheng-2022/preschool-enrolment-rate-registered");
    expect(view({status: ["no-figure"], scope: ["dongcheng"]}).rows.map((r) => r.observation_id)).toContain("dongcheng-2022/preschool-enrolment-rate-registered");
    // Schools built is not behind on a figure that counts only part of the target; public-benefit coverage is too early to judge.
    expect(view({status: ["not-comparable"]}).rows.map((r) => r.observation_id)).toContain("plan-2021/schools-built-or-expanded-2021-2025");
    expect(view({status: ["behind"]}).rows).toEqual([]);
    expect(view({status: ["too-early"]}).rows.map((r) => r.observation_id)).toEqual(["plan-2021/public-kindergarten-coverage-2025"]);
    expect(view({status: ["on-track"]}).rows.map((r) => r.observation_id)).toEqual(["plan-2021/school-places-added-2021-2025"]);
    const none = view({status: ["none"]}).rows;
    expect(none).toHaveLength(observations.filter((o) => o.series !== "target").length);
    expect(none.every((r) => r.series !== "target" && r.status === null)).toBe(true);
    // Every row is in exactly one status.
    const counts = view({}).facets.status.map((o) => o.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(observations.length);
  });

  it("sorts by a column, both ways, and leaves its input alone", () => {
    const before = rows.map((r) => r.observation_id);
    const up = view({}, {key: "year", dir: "asc"}).rows.map((r) => r.year);
    const down = view({}, {key: "year", dir: "desc"}).rows.map((r) => r.year);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(rows.map((r) => r.observation_id)).toEqual(before);
  });
});
