import {describe, expect, it} from "vitest";
import {langRuns} from "../../src/i18n/lang-runs.ts";

const shape = (text: string) => langRuns(text, "en").map((r) => (r.lang ? `[${r.text}]` : r.text)).join("|");

describe("langRuns", () => {
  it("marks the Chinese inside English text, with the figures that belong to it", () => {
    expect(shape("Every quantified main target (主要目标) in the plan")).toBe("Every quantified main target (|[主要目标]|) in the plan");
    expect(shape("99% 以上 · Work Summary for 2022")).toBe("[99% 以上]| · Work Summary for 2022");
    expect(shape("2.4 万余人")).toBe("[2.4 万余人]");
    expect(shape("the “京彩大创” contest")).toBe("the “|[京彩大创]|” contest");
  });

  it("leaves English and Chinese pages' own text as one run", () => {
    expect(langRuns("Preschool enrolment rate", "en")).toEqual([{text: "Preschool enrolment rate"}]);
    expect(langRuns("适龄儿童入园率 PageDown", "zh")).toEqual([{text: "适龄儿童入园率 PageDown"}]);
  });

  it("keeps every character, in order", () => {
    const text = "Coverage of school groups (集团化办学) and 学区 in 2022: 99%以上.";
    expect(langRuns(text, "en").map((r) => r.text).join("")).toBe(text);
  });
});
