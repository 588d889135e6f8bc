import {describe, expect, it} from "vitest";
import {en} from "../../src/i18n/en.ts";
import {acceptFigures, addChartSlide, addTextSlide, figuresOf, moveSlide, removeSlide, setDeckTitle, setSlideText, setSlideView} from "../../src/model/deck-edit.ts";
import {deckTitle, emptyDeck, slideText, type Deck} from "../../src/model/deck-schema.ts";
import {deckStory} from "../../src/model/deck-story.ts";
import {deckTextOf, fillDeckText, plainText, slotFigures, slotsIn} from "../../src/model/deck-text.ts";
import {callouts, slideChart} from "../../src/model/slide-chart.ts";
import {sharedDomains} from "../../src/model/shared-scale.ts";
import {placesChart} from "./deck-fixture.ts";

const options = (charts = new Map([["places", placesChart()]])) => ({id: "deck-test", lang: "en" as const, messages: en, charts, data: {version: "0.4.0", line: "Data version 0.4.0"}});

describe("slots in a deck's text", () => {
  const figures = slotFigures(placesChart());

  it("are the chart's figures by row and series, with their observation and year", () => {
    expect(figures.get("places:actual")).toMatchObject({text: "36,000", id: "summary-2022/places", year: 2022, value: 36000, unit: "个"});
    expect([...figures.keys()]).toEqual(["places:actual", "places:annual", "places:pace", "enrolment:actual", "enrolment:target", "coverage:actual", "coverage:target"]);
  });

  it("fill a text: a figure keeps its observation, a year is plain text, anything else stays as written", () => {
    const {pieces, unknown} = fillDeckText("Added {places:actual} in {places:actual:year}; {nope:actual} and {braces}.", figures, "[?]");
    expect(pieces).toEqual(["Added ", {text: "36,000", observation: {observation_id: "summary-2022/places"}}, " in ", "2022", "; ", "[?]", " and {braces}."]);
    expect(unknown).toEqual(["nope:actual"]);
    expect(plainText(pieces)).toBe("Added 36,000 in 2022; [?] and {braces}.");
    expect(slotsIn("{a:actual} {b:target:year} {a:actual}")).toEqual(["a:actual", "b:target"]);
  });

  it("name a pace's five-year total (a figure) or what it needs a year (plain, as a story prints it)", () => {
    const {pieces, unknown} = fillDeckText("{places:pace:total} in all, {places:pace:needed} a year; {places:actual:total}", figures, "[?]");
    expect(pieces).toEqual([{text: "about 160,000", observation: {observation_id: "plan-2021/places-2021-2025"}}, " in all, ", "32,000", " a year; ", "[?]"]);
    expect(unknown).toEqual(["places:actual"]);
    expect(figures.get("places:pace")?.text).toBe("about 32,000 a year needed (about 160,000 over five years)");
    expect(slotsIn("{places:pace:total} {places:pace:needed}")).toEqual(["places:pace"]);
  });

  it("come back from a shown step: its caption's figures as slots, the rest as written", () => {
    const chart = placesChart();
    const text = deckTextOf({title: "T", notes: "N", chart, caption: ["Added ", {text: "36,000", observation: {observation_id: "summary-2022/places"}}, " (", {text: "x", observation: {observation_id: "other"}}, ")"]});
    expect(text).toEqual({title: "T", caption: "Added {places:actual} (x)", notes: "N"});
  });
});

describe("editing a deck", () => {
  const chart = placesChart();
  const one = addChartSlide(emptyDeck("0.3.0"), chart);

  it("adds a chart with every row and series, and its figures as they are", () => {
    expect(one.slides).toEqual([{chart: "places", text: {}, figures: figuresOf(chart, {})}]);
    expect(one.slides[0].figures!["places:actual"]).toEqual(["summary-2022/places", 36000]);
    expect(Object.keys(one.slides[0].figures!)).toHaveLength(7);
  });

  it("moves, removes and adds slides of text without changing the deck it was given", () => {
    const three = addTextSlide(addChartSlide(one, chart), 0);
    expect(three.slides.map((s) => s.chart)).toEqual([null, "places", "places"]);
    expect(moveSlide(three, 0, 2).slides.map((s) => s.chart)).toEqual(["places", "places", null]);
    expect(moveSlide(three, 0, 9)).toBe(three);
    expect(removeSlide(three, 1).slides).toHaveLength(2);
    expect(one.slides).toHaveLength(1);
  });

  it("sets words per language and field", () => {
    const deck = setSlideText(setSlideText(one, 0, "en", "caption", "Added {places:actual}."), 0, "zh", "title", "学位");
    expect(deck.slides[0].text).toEqual({en: {title: "", caption: "Added {places:actual}.", notes: ""}, zh: {title: "学位", caption: "", notes: ""}});
    expect(setDeckTitle(deck, "en", "Mine").title).toEqual({en: "Mine"});
    expect(slideText(deck.slides[0], "en")?.lang).toBe("en");
    expect(slideText({chart: null, text: {zh: {title: "只有中文", caption: "", notes: ""}}}, "en")).toEqual({text: {title: "只有中文", caption: "", notes: ""}, lang: "zh"});
    expect(slideText({chart: null, text: {en: {title: "", caption: "", notes: ""}}}, "zh")).toBeNull();
  });

  it("titles a deck in the page's language, else in another, else not at all", () => {
    expect(deckTitle({title: {zh: "简报", en: "Briefing"}}, "en")).toBe("Briefing");
    expect(deckTitle({title: {zh: "简报"}}, "en")).toBe("简报");
    expect(deckTitle({title: {en: ""}}, "zh")).toBe("");
  });

  it("keeps at least one row and series, and takes the figures again for what is shown", () => {
    const deck = setSlideView(one, 0, chart, {rows: ["enrolment"], reveal: ["actual"]});
    expect(deck.slides[0]).toMatchObject({rows: ["enrolment"], reveal: ["actual"], figures: {"enrolment:actual": ["summary-2022/enrolment", 90]}});
    expect(Object.keys(deck.slides[0].figures!)).toEqual(["enrolment:actual"]);
    expect(setSlideView(one, 0, chart, {rows: []}).slides[0].rows).toEqual(["places"]);
    expect(setSlideView(deck, 0, chart, {rows: ["places", "enrolment", "coverage"]}).slides[0].rows).toBeUndefined();
  });
});

describe("a slide of a chart", () => {
  it("shares one scale among rows of one unit, from all their figures", () => {
    const domains = sharedDomains([{unit: "%", values: [90, 99]}, {unit: "个", values: [100]}, {unit: "%", values: [15.85, 16]}], (r) => r.values);
    expect(domains[0]).toEqual(domains[2]);
    expect(domains[0].domain[0]).toBeLessThanOrEqual(15.85);
    expect(domains[1]).toEqual({domain: [0, 120], zoomed: false});
  });

  it("calls out what its text names, unless the text names all it draws", () => {
    expect([...callouts(new Set(["a"]), ["a", "b"])]).toEqual(["a"]);
    expect([...callouts(new Set(["a", "b"]), ["a", "b"])]).toEqual([]);
    expect([...callouts(new Set(["z"]), ["a", "b"])]).toEqual([]);
  });

  it("draws its rows and series only, with no status before an actual or pace is revealed", () => {
    const slide = slideChart(placesChart(), {id: "s", title: "T", description: "D", messages: en, rows: ["enrolment", "coverage"], reveal: ["target"]});
    expect(slide.rows.map((r) => [r.key, r.marks.map((m) => m.series), r.status, r.note])).toEqual([["enrolment", ["target"], undefined, ""], ["coverage", ["target"], undefined, ""]]);
    expect(slide.rows[0].domain).toEqual(slide.rows[1].domain);
    expect(slide.legend.map((l) => l.series)).toEqual(["target"]);
    expect(slide.table.map((t) => t.id)).toEqual(["plan-2021/enrolment-2025", "plan-2021/coverage-2025"]);
    expect(slide.embeddable).toBe(false);
    expect(slide.subtitle).toBe("In per cent; rows in the same unit share one scale, not starting at zero.");
  });
});

describe("a deck as a story", () => {
  const chart = placesChart();
  let deck: Deck = addChartSlide(emptyDeck("0.3.0"), chart);
  deck = setSlideView(deck, 0, chart, {rows: ["places"], reveal: ["pace", "actual"]});
  deck = setSlideText(deck, 0, "en", "caption", "The city added {places:actual}.");
  deck = addTextSlide(deck);
  deck = setSlideText(deck, 1, "zh", "title", "要问的");

  it("draws each slide through the story's model: chart, words filled from it, figures linked", () => {
    const story = deckStory({...deck, title: {en: "Mine"}}, options());
    expect(story.title).toBe("Mine");
    const [first, second] = story.steps;
    expect(first.title).toBe(chart.title);
    expect(first.caption).toEqual(["The city added ", {text: "36,000", observation: {observation_id: "summary-2022/places"}}, "."]);
    expect(first.chart!.rows.map((r) => r.marks.map((m) => m.series))).toEqual([["actual", "pace"]]);
    expect(first.source).toEqual({chart: "places", rows: ["places"], reveal: ["actual", "pace"], text: {title: "", caption: "The city added {places:actual}.", notes: ""}});
    expect(first.warnings).toBeUndefined();
    // A slide written in Chinese only shows its Chinese words on the English page, marked as Chinese.
    expect([second.chart, second.title, second.lang]).toEqual([null, "要问的", "zh"]);
  });

  it("flags the figures that changed since the deck was made, and a chart that is gone", () => {
    const changed = deckStory(deck, options(new Map([["places", placesChart(38000)]])));
    expect(changed.steps[0].warnings).toEqual(["Figures changed since the briefing was made (data 0.3.0 → 0.4.0): Places added · actual 38,000 (was 36,000)."]);
    const gone = deckStory(deck, options(new Map()));
    expect(gone.steps[0].chart).toBeNull();
    expect(gone.steps[0].warnings).toEqual(["The chart “places” is not in this data version: the slide shows its words only."]);
    expect(gone.steps[0].caption).toContain("[figure not published]");
  });

  it("takes the figures again once the presenter accepts them", () => {
    const now = new Map([["places", placesChart(38000)]]);
    const accepted = acceptFigures(deck, now, "0.4.0");
    expect(accepted.data).toBe("0.4.0");
    expect(deckStory(accepted, options(now)).steps[0].warnings).toBeUndefined();
  });

  it("flags a slot that names a figure the slide does not draw", () => {
    const story = deckStory(setSlideText(deck, 0, "en", "notes", "Coverage is {coverage:actual}."), options());
    expect(story.steps[0].notes).toBe("Coverage is [figure not published].");
    expect(story.steps[0].warnings).toEqual(["The text names figures this slide does not draw: coverage:actual."]);
  });
});
