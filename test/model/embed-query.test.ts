import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {explainerModel} from "../../src/model/explainer-model.ts";
import {chartById, explainerCharts} from "../../src/model/embed-charts.ts";
import {EMBED_CHART_IDS, explainerHref, isEmbeddableChart, parseEmbedQuery, serializeEmbedQuery} from "../../src/model/embed-query.ts";
import {realData} from "../real-data.ts";

const STORIES = ["plan"];
const parse = (search: string) => parseEmbedQuery(search, {stories: STORIES});

describe("the charts an embed can show", () => {
  it("are exactly the explainer's charts, in both languages", () => {
    const data = realData();
    for (const lang of ["zh", "en"] as const) {
      const model = explainerModel(data, lang);
      expect(explainerCharts(model).map((c) => c.id)).toEqual(EMBED_CHART_IDS);
      expect(chartById(model, "school-places")?.id).toBe("school-places");
      expect(chartById(model, "no-such-chart")).toBeUndefined();
    }
    expect(EMBED_CHART_IDS).toContain("scoreboard-percent");
    expect(EMBED_CHART_IDS).toContain("preschool-rates");
    expect(EMBED_CHART_IDS).toContain("compare-winter-sports-visits");
    expect(new Set(EMBED_CHART_IDS).size).toBe(EMBED_CHART_IDS.length);
  });

  it("do not include a story's or an indicator page's charts", () => {
    expect(isEmbeddableChart("story-plan-baseline")).toBe(false);
    expect(isEmbeddableChart("")).toBe(false);
  });
});

describe("parseEmbedQuery", () => {
  it("reads a chart and the language", () => {
    expect(parse("?chart=school-places&lang=en")).toEqual({lang: "en", view: {kind: "chart", chart: "school-places"}});
    expect(parse("?lang=zh&chart=scoreboard-percent")).toEqual({lang: "zh", view: {kind: "chart", chart: "scoreboard-percent"}});
    expect(parse("chart=preschool-rates")).toEqual({lang: "zh", view: {kind: "chart", chart: "preschool-rates"}});
  });

  it("reads a story and its step", () => {
    expect(parse("?story=plan&lang=en")).toEqual({lang: "en", view: {kind: "story", story: "plan", step: 1}});
    expect(parse("?story=plan&step=4")).toEqual({lang: "zh", view: {kind: "story", story: "plan", step: 4}});
    for (const step of ["0", "-1", "100", "2.5", "1e1", "04", " 3", "three"]) expect(parse(`?story=plan&step=${encodeURIComponent(step)}`).view).toEqual({kind: "story", story: "plan", step: 1});
  });

  it("names what was asked for when it has the shape of an id but does not exist", () => {
    expect(parse("?chart=no-such-chart&lang=en")).toEqual({lang: "en", view: {kind: "none", what: "chart", asked: "no-such-chart"}});
    expect(parse("?story=no-such-story")).toEqual({lang: "zh", view: {kind: "none", what: "story", asked: "no-such-story"}});
    // Stories are only known when the caller lists them.
    expect(parseEmbedQuery("?story=plan").view).toEqual({kind: "none", what: "story", asked: "plan"});
  });

  it("does not repeat anything that is not an id", () => {
    for (const chart of ['"><script>alert(1)</script>', "School-Places", "a".repeat(81), "school places", "-x", "x--y", "../index"]) {
      expect(parse(`?chart=${encodeURIComponent(chart)}`).view, chart).toEqual({kind: "none", what: "chart", asked: null});
    }
  });

  it("with nothing named, says so", () => {
    expect(parse("")).toEqual({lang: "zh", view: {kind: "none", what: "chart", asked: null}});
    expect(parse("?lang=en&view=data&indicator=preschool-enrolment-rate")).toEqual({lang: "en", view: {kind: "none", what: "chart", asked: null}});
  });

  it("prefers a named chart to a story; an unknown chart is not replaced by the story", () => {
    expect(parse("?chart=school-places&story=plan").view).toEqual({kind: "chart", chart: "school-places"});
    expect(parse("?chart=nope&story=plan").view).toEqual({kind: "none", what: "chart", asked: "nope"});
  });

  it("takes the first of repeated keys and reads only zh or en", () => {
    expect(parse("?chart=school-places&chart=fitness&lang=fr")).toEqual({lang: "zh", view: {kind: "chart", chart: "school-places"}});
    expect(parse("?lang=EN&chart=fitness").lang).toBe("zh");
  });

  it("never throws and always gives a valid query", () => {
    fc.assert(
      fc.property(fc.string({maxLength: 300}), (search) => {
        const {lang, view} = parse(search);
        expect(["zh", "en"]).toContain(lang);
        if (view.kind === "chart") expect(EMBED_CHART_IDS).toContain(view.chart);
        else if (view.kind === "story") expect(STORIES).toContain(view.story);
        else expect(view.asked === null || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(view.asked)).toBe(true);
      })
    );
  });

  it("reads back what serializeEmbedQuery writes", () => {
    for (const chart of EMBED_CHART_IDS) {
      for (const lang of ["zh", "en"] as const) expect(parse(serializeEmbedQuery(lang, {chart}))).toEqual({lang, view: {kind: "chart", chart}});
    }
    expect(serializeEmbedQuery("en", {chart: "school-places"})).toBe("?chart=school-places&lang=en");
    expect(serializeEmbedQuery("zh", {story: "plan"})).toBe("?story=plan&lang=zh");
  });
});

describe("explainerHref", () => {
  it("links to the chart in the explainer, in the language", () => {
    expect(explainerHref("en", {chart: "school-places"})).toBe("./?lang=en#chart-school-places");
    expect(explainerHref("zh", {chart: "scoreboard-percent"})).toBe("./?lang=zh#chart-scoreboard-percent");
    expect(explainerHref("en", {story: "plan"})).toBe("./?story=plan&lang=en");
    expect(explainerHref("zh")).toBe("./?lang=zh");
  });
});
