import {describe, expect, it} from "vitest";
import {dataRows, dataViewModel} from "../../src/model/data-view-model.ts";
import {summarise} from "../../src/model/indicator-summary.ts";
import {zh} from "../../src/i18n/zh.ts";
import {DEFAULT_STATE, type UrlState} from "../../src/model/url-state.ts";
import {realData} from "../real-data.ts";

const {observations, indicators, sources} = realData();
const summaries = new Map(summarise(observations, indicators).map((s) => [s.indicator.id, s]));
const rows = dataRows(observations, summaries, sources, "zh");
const view = (filters: Partial<UrlState["filters"]>, sort: UrlState["sort"] = DEFAULT_STATE.sort) =>
  dataViewModel(rows, {filters: {...DEFAULT_STATE.filters, ...filters}, sort}, {lang: "zh", messages: zh, sources});

describe("dataViewModel", () => {
  it("shows everything with no filter", () => {
    const model = view({});
    expect(model.rows).toHaveLength(observations.length);
    expect(model.total).toBe(observations.length);
  });

  it("filters by facets and counts each option given the other filters", () => {
    const model = view({domain: ["preschool"], series: ["target"]});
    expect(model.rows.map((r) => r.observation_id).sort()).toEqual([
      "dongcheng-2022/preschool-enrolment-rate",
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

  it("gives each row its indicator's status", () => {
    const met = view({status: ["met"]}).rows.map((r) => r.indicator_id);
    expect(new Set(met)).toEqual(new Set(["preschool-enrolment-rate", "nearby-enrolment-rate", "school-places-added"].filter((id) => summaries.get(id)!.status!.status === "met")));
    expect(view({status: ["behind"]}).rows.map((r) => r.indicator_id)).toContain("schools-built-or-expanded");
    expect(view({status: ["no-target"]}).rows.every((r) => !summaries.get(r.indicator_id)!.status)).toBe(true);
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
