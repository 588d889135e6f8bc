import {describe, expect, it} from "vitest";
import {DEFAULT_LANG, htmlLang, langFolder, langRoot, LANGS, LANGUAGES, otherLang, punctuation} from "../../src/i18n/locale.ts";
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

  it("joins lists and sentences each language's way", () => {
    expect([2021, 2022].join(punctuation("zh").list)).toBe("2021、2022");
    expect([2021, 2022].join(punctuation("en").list)).toBe("2021, 2022");
    expect(["a", "b"].join(punctuation("en").items)).toBe("a; b");
    expect(`单位${punctuation("zh").open}所${punctuation("zh").close}`).toBe("单位（所）");
    expect(`Unit${punctuation("en").open}schools${punctuation("en").close}`).toBe("Unit (schools)");
  });

  it("gives every language the same settings", () => {
    const keys = (o: object) => Object.keys(o).sort();
    for (const lang of LANGS) {
      expect(keys(LANGUAGES[lang].punctuation)).toEqual(keys(LANGUAGES.zh.punctuation));
      expect(new Intl.Collator(LANGUAGES[lang].collation).resolvedOptions().locale).toMatch(new RegExp(`^${lang}`));
    }
  });
});
