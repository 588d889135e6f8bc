import {BUILD_WORDS} from "../../src/i18n/build-words.ts";
import {METHOD_MESSAGES} from "../../src/i18n/method-messages.ts";
import {describe, expect, it} from "vitest";
import {en} from "../../src/i18n/en.ts";
import {zh} from "../../src/i18n/zh.ts";
import {indicatorDetail} from "../../src/model/indicator-detail.ts";
import {realData} from "../real-data.ts";

const {data} = realData();
const detail = (id: string, lang: "zh" | "en" = "en") => indicatorDetail(data.summaries.get(id)!, data, {lang, messages: lang === "zh" ? zh : en});

describe("indicatorDetail", () => {
  it("says what the indicator counts: definition, unit, basis and direction, in the page's language", () => {
    const d = detail("school-places-added-five-year");
    const row = data.indicators.get("school-places-added-five-year")!;
    expect(d.definition).toBe(row.definition_en);
    expect(d.unit).toBe("个 (number)");
    expect(d.basis).toBe("a total summed over several years, each figure sums 5 years");
    expect(d.direction).toBe("higher is better");
    expect(detail("preschool-enrolment-rate", "zh")).toMatchObject({unit: "%", basis: "水平值：某一时点的比率或存量", direction: "越高越好", mainTarget: true});
  });

  it("judges each target on its own and says how: Dongcheng's registered-resident target is an indicator of its own", () => {
    const d = detail("preschool-enrolment-rate");
    expect(d.methods.map((m) => [m.id, m.target, m.status])).toEqual([["plan-2021/preschool-enrolment-rate-2025", "Fourteenth Five-Year Plan target (2025)", "Met"]]);
    expect(d.methods[0].method).toBe(METHOD_MESSAGES.en.statusMethod.maintain);
    const district = detail("preschool-enrolment-rate-registered");
    expect(district.methods.map((m) => [m.id, m.target, m.status])).toEqual([["dongcheng-2022/preschool-enrolment-rate-registered", "Dongcheng target (2022)", "No new figure: not in the documents tracked here"]]);
    expect(detail("public-kindergarten-coverage").methods[0].status).toBe("Too early to judge: the plan gives no 2020 figure to measure the pace from");
    // A figure shows its own status: an actual its target was judged on shows that verdict.
    const own = Object.fromEntries(d.observations.map((o) => [o.id, o.ownStatus]));
    expect(own).toEqual({"summary-2022/preschool-enrolment-rate": "", "plan-2021/preschool-enrolment-rate-2025": "Met"});
  });

  it("links related and not-comparable indicators from either side, and its own files", () => {
    const d = detail("school-places-added");
    expect(d.related.map((g) => [g.relation, g.links.map((l) => l.id)])).toEqual([
      ["paced-by", ["school-places-added-five-year"]],
      ["not-comparable", ["preschool-places-added", "nursery-class-places-added"]]
    ]);
    // Each related indicator once, with the words written for this side.
    const why = d.related[0].links[0].why;
    expect(why).toBe(data.relations.find((r) => r.indicator_id === "school-places-added" && r.related_id === "school-places-added-five-year")!.why_en);
    expect(why).not.toBe(data.relations.find((r) => r.indicator_id === "school-places-added-five-year" && r.related_id === "school-places-added")!.why_en);
    expect(d.related[0].label).toBe(BUILD_WORDS.en.relations["paced-by"]);
    expect(d.downloads).toEqual({csv: "data/indicators/school-places-added.csv", metadata: "data/indicators/school-places-added.metadata.json"});
    expect(detail("school-places-added-five-year").related[0]).toMatchObject({relation: "pace", links: [{id: "school-places-added"}]});
  });

  it("says so when the documents set the indicator no target", () => {
    const without = [...data.summaries.keys()].find((id) => ![...data.status.values()].some((s) => s.indicator_id === id))!;
    expect(detail(without).methods).toEqual([]);
  });
});
