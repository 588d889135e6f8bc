import {describe, expect, it} from "vitest";
import {briefingMessages} from "../../src/i18n/briefing.ts";
import {interpolate} from "../../src/i18n/interpolate.ts";
import {messagesFor} from "../../src/i18n/messages.ts";
import {siteModel} from "../../src/prerender/site-model.ts";
import {addCopiedSlide, addTextSlide, setSlideText} from "../../src/model/deck-edit.ts";
import {DECK_LIMITS, emptyDeck} from "../../src/model/deck-schema.ts";
import {deckStory} from "../../src/model/deck-story.ts";
import {plainText} from "../../src/model/deck-text.ts";
import {explainerModel} from "../../src/model/explainer-model.ts";
import {findStory, storyModel, storyOfChart} from "../../src/model/story-model.ts";
import type {StepModel} from "../../src/model/story-steps.ts";
import type {StoryContent} from "../../src/schema/content.ts";
import {realData} from "../real-data.ts";

const {data} = realData();
const story = (lang: "zh" | "en") => storyModel(findStory(data, "plan")!, explainerModel(data, lang), data);

/** A story step added to a new deck, as the page does ("Add to a briefing"), and that deck shown: its one slide. */
function copied(step: StepModel, lang: "zh" | "en") {
  const source = step.source!;
  const charts = new Map([[source.chart, step.chart!]]);
  const deck = addCopiedSlide(emptyDeck("0.4.0"), step.chart!, {...source, text: {lang, ...source.text!}});
  return {deck, slide: deckStory(deck, {id: "d", lang, messages: messagesFor(lang), charts, data: {version: "0.4.0", line: ""}}).steps[0]};
}

const drawn = (s: StepModel) => s.chart!.rows.map((r) => [r.key, r.marks.map((m) => [m.series, m.id, m.tip.figure])]);

describe("a story step added to a briefing", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`draws the step's rows and says what the step says, every step of the plan story (${lang})`, () => {
      for (const step of story(lang).steps) {
        const {slide} = copied(step, lang);
        expect(step.source!.chart).toBe(step.chart!.id);
        expect(drawn(slide), `step ${step.number}`).toEqual(drawn(step));
        expect(plainText(slide.caption), `step ${step.number}`).toBe(plainText(step.caption));
        expect([slide.title, slide.notes], `step ${step.number}`).toEqual([step.title, step.notes]);
        expect(slide.warnings, `step ${step.number}`).toBeUndefined();
      }
    });
  }

  it("copies every wording a story may show, whatever the statuses, whole: within a slide's limits", () => {
    // A wording longer than DECK_LIMITS is cut when copied (deck-edit.ts), which could end a title mid-slot.
    // A step's text may join verdicts, so each wording is tried alone (the others as today's data has them),
    // then every verdict at its longest at once. verdictWording falls back to `other`, the only case left.
    const fits = (story: StoryContent, lang: "zh" | "en", what: string) => {
      for (const step of storyModel(story, explainerModel(data, lang), data).steps) {
        const text = step.source!.text!;
        for (const field of ["title", "caption", "notes"] as const) expect(text[field].length, `${story.id} ${lang} ${what}: step ${step.number}'s ${field}`).toBeLessThanOrEqual(DECK_LIMITS[field]);
      }
    };
    for (const story of data.content.stories) {
      for (const lang of ["zh", "en"] as const) {
        const verdicts = Object.entries(story.verdicts ?? {});
        for (const [key, cases] of verdicts) {
          for (const [status, wording] of Object.entries(cases[lang])) fits({...story, verdicts: {...story.verdicts, [key]: {...cases, [lang]: {other: wording}}}}, lang, `${key} ${status}`);
        }
        const longest = (cases: Record<string, string | undefined>) => Object.values(cases).reduce((a = "", b = "") => (b.length > a.length ? b : a), "");
        fits({...story, verdicts: Object.fromEntries(verdicts.map(([key, cases]) => [key, {...cases, [lang]: {other: longest(cases[lang])}}]))}, lang, "every verdict at its longest");
      }
    }
  });

  it("shows the schools built, not the places added, on the school-building step", () => {
    const step = story("zh").steps[4];
    const {deck, slide} = copied(step, "zh");
    expect(deck.slides[0].chart).toBe("story-plan-schools");
    expect(storyOfChart([{id: "plan"}], deck.slides[0].chart!)).toBe("plan");
    expect(slide.chart!.rows.map((r) => r.key)).toEqual(["schools-built-or-expanded"]);
    expect(deck.slides[0].figures).toEqual({"schools-built-or-expanded:actual": ["summary-2022/schools-built-or-expanded", 24]});
    expect(deck.slides[0].text.zh!.caption).toContain("{schools-built-or-expanded:actual}");
    expect(plainText(slide.caption)).toContain("24所");
    expect(plainText(slide.caption)).not.toContain("［");
  });

  it("keeps a five-year total and a yearly pace as the story words them, as slots that follow the data", () => {
    const step = story("en").steps[3];
    const {deck, slide} = copied(step, "en");
    const caption = deck.slides[0].text.en!.caption;
    expect(caption).toMatch(/^The five-year target, \{school-places-added:pace:total\} places, needs about \{school-places-added:pace:needed\} a year\. In 2022 the city added \{school-places-added:actual\}, against its own pledge of \{school-places-added:annual\}/);
    expect(plainText(slide.caption)).toMatch(/^The five-year target, about 160,000 places, needs about 32,000 a year\./);
  });
});

describe("a briefing's handout cover", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`prints no placeholder, and says how recent the figures are as the story's does (${lang})`, () => {
      // As the site step sees it: with a release (the build's content.json has one).
      const released = {...data, content: {...data.content, release: {version: "0.4.0", date: "2026-12-06"}}};
      const {index} = siteModel(released, lang);
      const steps = story(lang).steps;
      let deck = steps.reduce((d, step) => addCopiedSlide(d, step.chart!, {...step.source!, text: {lang, ...step.source!.text!}}), emptyDeck(index.release?.version ?? null));
      deck = setSlideText(addTextSlide(deck, 0), 0, lang, "title", lang === "zh" ? "开场" : "Opening");
      const charts = new Map(steps.map((s) => [s.chart!.id, s.chart!]));
      const shown = deckStory(deck, {id: "d", lang, messages: messagesFor(lang), charts, data: {version: index.release?.version ?? null, line: index.dataLine}, homepage: "https://tracker.test/"});
      const {cover} = shown;
      // What bj-story-handout prints on the cover: title, subtitle, bottom line (a deck's first caption), the slides' titles, the data line, the address, the date printed.
      const printed = [shown.title, cover.subtitle, plainText(cover.bottomLine ?? shown.steps[0].caption), ...shown.steps.map((s) => s.title), cover.data,
        interpolate(briefingMessages(lang).handout.online, {url: cover.url!}), interpolate(messagesFor(lang).story.handout.printed, {date: "2026-12-06"})];
      for (const text of printed) expect(text).not.toMatch(/[{}]/);
      expect(cover.data).toBe(storyModel(findStory(released, "plan")!, explainerModel(released, lang), released).cover.data);
      expect(cover.data).toBe(lang === "zh" ? "数据截至2022年；2026年12月6日更新，数据版本\u00a00.4.0" : "Figures up to 2022; updated 6 December 2026, data version\u00a00.4.0");
    });
  }
});
