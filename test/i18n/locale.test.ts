import {describe, expect, it} from "vitest";
import {DEFAULT_LANG, htmlLang, langFolder, langRoot, LANGS, otherLang} from "../../src/i18n/locale.ts";
import {en} from "../../src/i18n/en.ts";
import {zh} from "../../src/i18n/zh.ts";
import {inLang} from "../../src/i18n/localized.ts";

describe("languages as data", () => {
  it("reads a record's column by language code", () => {
    const source = {title_zh: "规划", title_en: "Plan", issuer_zh: "市政府", issuer_en: "City government"};
    expect(inLang(source, "title", "zh")).toBe("规划");
    expect(inLang(source, "title", "en")).toBe("Plan");
    expect(inLang(source, "issuer", "en")).toBe("City government");
  });

  it("puts the default language at the root and each other under its code", () => {
    expect(DEFAULT_LANG).toBe("zh");
    expect(langFolder("zh")).toBe("");
    expect(langRoot("zh")).toBe("");
    expect(langFolder("en")).toBe("en/");
    expect(langRoot("en")).toBe("../");
  });

  it("offers each language the next, round to the first", () => {
    expect(LANGS.map(otherLang)).toEqual([...LANGS.slice(1), LANGS[0]]);
    expect(htmlLang(otherLang("en"))).toBe("zh-CN");
  });

  it("joins lists and sentences each language's way, with its messages' punctuation", () => {
    expect([2021, 2022].join(zh.punctuation.list)).toBe("2021、2022");
    expect([2021, 2022].join(en.punctuation.list)).toBe("2021, 2022");
    expect(["a", "b"].join(en.punctuation.items)).toBe("a; b");
    expect(`单位${zh.punctuation.open}所${zh.punctuation.close}`).toBe("单位（所）");
    expect(`Unit${en.punctuation.open}schools${en.punctuation.close}`).toBe("Unit (schools)");
  });

  it("sorts Chinese names by pinyin, the default collation of its tag", () => {
    const names = ["中学", "北京", "东城", "安全"];
    expect(names.sort(new Intl.Collator(htmlLang("zh")).compare)).toEqual(["安全", "北京", "东城", "中学"]);
  });
});
