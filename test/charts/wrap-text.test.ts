import {describe, expect, it} from "vitest";
import {textWidth, wrapText} from "../../src/charts/wrap-text.ts";

describe("wrapText", () => {
  it("breaks at spaces and after hyphens, never inside a word", () => {
    const lines = wrapText("Compulsory-education pupils enrolled near home", 200, 13);
    expect(lines.join(" ").replace("- ", "-")).toBe("Compulsory-education pupils enrolled near home");
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(200);
    expect(wrapText("Compulsory-education", 90, 13)).toEqual(["Compulsory-", "education"]);
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
