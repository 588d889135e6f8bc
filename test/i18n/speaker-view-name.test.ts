/**
 * The presenter's second window has one name in each language: the speaker
 * view (演讲者视图) wherever a message names it (the menu item that opens it,
 * its window title, the keys' help), never "speaker notes" or 演讲者备注; what
 * it holds is the notes (讲稿).
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

const NAME = {zh: "演讲者视图", en: /speaker view/i};
const OTHER = {zh: /演讲者备注|演示者视图|演讲者笔记/, en: /speaker(?:'s)? notes|presenter view|notes window/i};

describe("the speaker view's name", () => {
  for (const [lang, messages] of [["zh", zh], ["en", en]] as const) {
    it(`is one in ${lang}`, () => {
      const speaker = briefingMessages(lang).speaker;
      for (const text of [messages.story.notes, speaker.windowTitle, speaker.keys]) expect(text).toMatch(NAME[lang]);
      expect([...strings(messages), ...strings(briefingMessages(lang))].filter((s) => OTHER[lang].test(s))).toEqual([]);
      expect(speaker.notes).toBe(lang === "zh" ? "讲稿" : "Notes");
    });
  }
});
