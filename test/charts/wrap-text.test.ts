import {describe, expect, it} from "vitest";
import {textWidth, wrapText} from "../../src/charts/wrap-text.ts";

describe("wrapText", () => {
  it("breaks at spaces, never inside a word or a hyphenated compound", () => {
    const lines = wrapText("Compulsory-education pupils enrolled near home", 200, 13);
    expect(lines.join(" ")).toBe("Compulsory-education pupils enrolled near home");
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(200);
    expect(wrapText("more than 2,100,000 person-times", 150, 13)).toEqual(["more than 2,100,000", "person-times"]);
    // Only a compound wider than the whole line is cut, after its hyphen, rather than leave the chart.
    expect(wrapText("Compulsory-education", 90, 13)).toEqual(["Compulsory-", "education"]);
  });

  it("never parts a number from its unit or qualifier", () => {
    expect(wrapText("2025 target at least 90%", 120, 13)).toEqual(["2025 target", "at least 90%"]);
    expect(wrapText("2025 target 15.8 years", 110, 13)).toEqual(["2025 target", "15.8 years"]);
    expect(wrapText("2025年目标 90%以上", 110, 13)).toEqual(["2025年目标", "90%以上"]);
    expect(wrapText("每年需约30所（五年150所左右）", 120, 13)).toEqual(["每年需约30所（五年", "150所左右）"]);
    expect(wrapText("中小学生上冰上雪210多万人次", 120, 13)).toEqual(["中小学生上冰上雪", "210多万人次"]);
  });

  it("breaks between Chinese characters but never before closing punctuation", () => {
    const lines = wrapText("义务教育学生就近入学率，保持在99%以上", 8 * 13, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toMatch(/^[，。、：；）”]/);
  });

  it("gives bold text more room", () => {
    expect(textWidth("Preschool", 13, {bold: true})).toBeGreaterThan(textWidth("Preschool", 13));
    const text = "Preschool enrolment rate and more";
    const width = textWidth(text, 13) + 1;
    expect(wrapText(text, width, 13)).toHaveLength(1);
    expect(wrapText(text, width, 13, {bold: true}).length).toBeGreaterThan(1);
  });
});
