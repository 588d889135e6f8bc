/**
 * A story's slide has one name in each language: 页 in zh, as presenters say
 * it of PowerPoint ("第3页，共8页", "下一页"), and "slide" in en, wherever a
 * message counts, names or moves between them (the room's progress and
 * buttons, the speaker view, the overview, the handout, the deck editor).
 * Never 步 or "step" beside them: a reader meets one word for one thing.
 */
import {describe, expect, it} from "vitest";
import {briefingMessages} from "../../src/i18n/briefing.ts";
import {en} from "../../src/i18n/en.ts";
import {zh} from "../../src/i18n/zh.ts";

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

const NAME = {zh: /页/, en: /\bslides?\b/i};
/** The words of a message, without its placeholders ({step} is a slot, not a word). */
const words = (s: string) => s.replace(/\{[^}]*\}/g, "");
/** A step of a story by another name: 步 (but not the words 步 is part of: the build step, 进一步), 下一张; "step". */
const OTHER = {zh: (s: string) => /步|[上下]一张/.test(words(s).replace(/构建步骤|进一步|同步|逐步|初步/g, "")), en: (s: string) => /\bsteps?\b/i.test(words(s))};

describe("a story's slide", () => {
  for (const [lang, messages] of [["zh", zh], ["en", en]] as const) {
    it(`has one name in ${lang}`, () => {
      const {speaker, handout, deck} = briefingMessages(lang);
      const {story} = messages;
      const naming = [story.stepOf, story.announce, story.handout.step, speaker.typed, speaker.preview, speaker.overview, speaker.overviewHeading, speaker.keys, handout.one, handout.two, deck.slide, deck.editing];
      expect(naming.filter((text) => !NAME[lang].test(text))).toEqual([]);
      if (lang === "zh") expect([story.previous, story.next, speaker.next]).toEqual(["上一页", "下一页", "下一页"]);
      expect([...strings(messages), ...strings(briefingMessages(lang))].filter(OTHER[lang])).toEqual([]);
    });
  }
});
