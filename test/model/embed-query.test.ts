import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {pageModel} from "../../src/model/page-model.ts";
import {explainerHref, parseEmbedQuery, serializeEmbedQuery} from "../../src/model/embed-query.ts";
import {indicatorDetail} from "../../src/model/indicator-detail.ts";
import {findStory, storyModel} from "../../src/model/story-model.ts";
import {zh} from "../../src/i18n/zh.ts";
import {realData} from "../real-data.ts";

const {data} = realData();
/** The query without its colours (tested on their own below). */
const parse = (search: string) => {
  const {theme: _theme, ...rest} = parseEmbedQuery(search);
  return rest;
};
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The ids of the explainer's charts, as the content names them. */
const CHART_IDS = [
  "scoreboard",
  ...data.content.chapters.flatMap((chapter) => chapter.charts.map((chart) => chart.id))
];

describe("the charts an embed can show", () => {
  it("are exactly the explainer's charts, in both languages, every one embeddable", () => {
    for (const lang of ["zh", "en"] as const) {
      const model = pageModel(data, lang);
      expect([...model.charts.keys()]).toEqual(CHART_IDS);
      expect([...model.charts.values()].every((c) => c.embeddable)).toBe(true);
      expect(model.charts.get("school-places")?.id).toBe("school-places");
      expect(model.charts.get("no-such-chart")).toBeUndefined();
    }
    expect(CHART_IDS).toContain("scoreboard");
    expect(CHART_IDS).toContain("preschool-rates");
    expect(new Set(CHART_IDS).size).toBe(CHART_IDS.length);
    // Every chart id can be asked for in a link.
    for (const id of CHART_IDS) expect(id).toMatch(ID);
  });

  it("do not include a story's or an indicator page's charts", () => {
    const model = pageModel(data, "zh");
    const story = storyModel(findStory(data, "plan")!, model.explainer, data);
    for (const step of story.steps) {
      expect(step.chart.embeddable).toBe(false);
      expect(model.charts.get(step.chart.id)).toBeUndefined();
    }
    expect(model.charts.get("story-plan-baseline")).toBeUndefined();
    const detail = indicatorDetail(data.summaries.get("preschool-enrolment-rate")!, data, {lang: "zh", messages: zh});
    expect(detail.chart.embeddable).toBe(false);
    expect(model.charts.get(detail.chart.id)).toBeUndefined();
    expect(model.charts.get("")).toBeUndefined();
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

  it("takes any id-shaped chart or story: whether it exists is known only once the content has loaded", () => {
    expect(parse("?chart=no-such-chart&lang=en")).toEqual({lang: "en", view: {kind: "chart", chart: "no-such-chart"}});
    expect(parse("?story=no-such-story")).toEqual({lang: "zh", view: {kind: "story", story: "no-such-story", step: 1}});
    // Once loaded, an unknown chart or story is found to be missing (the embed then shows its notice).
    expect(pageModel(data, "en").charts.get("no-such-chart")).toBeUndefined();
    expect(findStory(data, "no-such-story")).toBeUndefined();
  });

  it("names nothing when the chart or story asked for is not id-shaped", () => {
    expect(parse("?story=No%20Such")).toEqual({lang: "zh", view: {kind: "none", what: "story", asked: null}});
    expect(parse("?story=")).toEqual({lang: "zh", view: {kind: "none", what: "story", asked: null}});
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

  it("prefers a named chart to a story; an unknown or invalid chart is not replaced by the story", () => {
    expect(parse("?chart=school-places&story=plan").view).toEqual({kind: "chart", chart: "school-places"});
    expect(parse("?chart=nope&story=plan").view).toEqual({kind: "chart", chart: "nope"});
    expect(parse("?chart=Nope!&story=plan").view).toEqual({kind: "none", what: "chart", asked: null});
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
        if (view.kind === "chart") expect(view.chart).toMatch(ID);
        else if (view.kind === "story") {
          expect(view.story).toMatch(ID);
          expect(Number.isInteger(view.step) && view.step >= 1 && view.step <= 99).toBe(true);
        } else expect(view.asked === null || ID.test(view.asked)).toBe(true);
      })
    );
  });

  it("reads back what serializeEmbedQuery writes", () => {
    for (const chart of CHART_IDS) {
      for (const lang of ["zh", "en"] as const) expect(parse(serializeEmbedQuery(lang, {chart}))).toEqual({lang, view: {kind: "chart", chart}});
    }
    expect(serializeEmbedQuery("en", {chart: "school-places"})).toBe("?chart=school-places&lang=en");
    expect(serializeEmbedQuery("zh", {story: "plan"})).toBe("?story=plan&lang=zh");
  });
});

describe("the embed's colours", () => {
  it("are light unless the link asks for dark or auto, and read back from the link", () => {
    expect(parseEmbedQuery("?chart=scoreboard").theme).toBe("light");
    expect(parseEmbedQuery("?chart=scoreboard&theme=dark").theme).toBe("dark");
    expect(parseEmbedQuery("?chart=scoreboard&theme=auto").theme).toBe("auto");
    for (const odd of ["?theme=DARK", "?theme=", "?theme=%3Cx%3E", "?theme=light&theme=dark"]) expect(parseEmbedQuery(`?chart=x&${odd.slice(1)}`).theme, odd).toBe("light");
    expect(serializeEmbedQuery("en", {chart: "x"}, "light")).toBe("?chart=x&lang=en");
    expect(serializeEmbedQuery("en", {chart: "x"}, "dark")).toBe("?chart=x&lang=en&theme=dark");
    for (const theme of ["light", "dark", "auto"] as const) expect(parseEmbedQuery(serializeEmbedQuery("zh", {story: "plan"}, theme)).theme).toBe(theme);
  });
});

describe("explainerHref", () => {
  const site = "https://news.example.net/bj/";
  it("links to the chart in the explainer's file of the language, with no query it does not need", () => {
    expect(explainerHref(site, "en", {chart: "school-places"})).toBe(`${site}en/#chart-school-places`);
    expect(explainerHref(site, "zh", {chart: "scoreboard-percent"})).toBe(`${site}#chart-scoreboard-percent`);
    expect(explainerHref(site, "en", {story: "plan"})).toBe(`${site}en/?story=plan&step=1`);
    expect(explainerHref(site, "zh", {story: "plan"})).toBe(`${site}?story=plan&step=1`);
    expect(explainerHref(site, "zh")).toBe(site);
    expect(explainerHref(site, "en")).toBe(`${site}en/`);
  });

  it("never leaves a bare ? or a lang=en in a shared address", () => {
    for (const lang of ["zh", "en"] as const) for (const view of [undefined, {chart: "scoreboard"}, {story: "plan"}]) {
      const href = explainerHref(site, lang, view);
      expect(href, href).not.toMatch(/\?(#|$)|lang=/);
    }
  });
});
