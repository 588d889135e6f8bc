import {describe, expect, it} from "vitest";
import {METHOD_MESSAGES, methodText} from "../../src/i18n/method-messages.ts";

const years = {baseline: 2020, actual: 2022, target: 2025, missing: [2021]};

describe("methodText", () => {
  it("fills the years, the share due on a straight path and the band of an 'about' target", () => {
    const {items} = methodText("en", years);
    expect(items[1]).toContain("by 2022 on a straight path to the target (40%)");
    expect(items[0]).toContain("±5%");
  });

  it("names the unreported years in the language's list, and says nothing of them when every year is reported", () => {
    expect(methodText("zh", {...years, missing: [2021, 2023]}).items.at(-1)).toContain("2021、2023年的数字不在这些文件里");
    expect(methodText("en", {...years, missing: [2021, 2023]}).items.at(-1)).toContain("The documents do not report 2021, 2023");
    expect(methodText("en", {...years, missing: []}).items.at(-1)).not.toContain("do not report");
  });

  it("has every key in every language, the same number of items", () => {
    expect(Object.keys(METHOD_MESSAGES.en).sort()).toEqual(Object.keys(METHOD_MESSAGES.zh).sort());
    expect(METHOD_MESSAGES.en.items).toHaveLength(METHOD_MESSAGES.zh.items.length);
  });
});
