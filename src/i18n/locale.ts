import type {Messages} from "./zh.ts";

/**
 * The languages of the site, as data: each with its tag for `<html lang>` and
 * for Intl, and its messages (text and punctuation), a module of their own that a
 * page loads alone. Adding a language is adding its messages file
 * (src/i18n/<code>.ts, every key of zh.ts), an entry here, and its columns in
 * the curated data (`name_<code>`…, read through inLang in localized.ts).
 * The first is the site's default: its tree is the site's root.
 */
export const LANGUAGES = {
  // Chinese writes large numbers in 万 and 亿 (160000 → 16万).
  zh: {
    tag: "zh-CN", dates: "zh-CN", ogLocale: "zh_CN", compactFrom: 1e4, compactDisplay: "short", grouping: false,
    load: () => import("./zh.ts").then((m) => m.zh)
  },
  // English writes digits with separators, millions in words when exact to a tenth (2.1 million), billions in words;
  // dates day first ("25 November 2026"), never 1/2 for 2/1.
  en: {
    tag: "en", dates: "en-GB", ogLocale: "en_US", compactFrom: 1e6, compactStep: 1e5, compactDisplay: "long", grouping: true,
    load: () => import("./en.ts").then((m) => m.en)
  }
} as const satisfies Record<string, Language>;

/** What the site knows of a language: its tags, how it writes numbers, and where its text is. */
export interface Language {
  /** BCP 47, for `<html lang>` and Intl (names sort in its default collation: pinyin for zh-CN). */
  tag: string;
  /** The locale its dates are written in. */
  dates: string;
  /** Open Graph's locale (language_TERRITORY). */
  ogLocale: string;
  /** From this size numbers are written compactly (16万, 112.8 billion), as the language's readers write them. */
  compactFrom: number;
  /** Below a billion, a number is written compactly only if it is a multiple of this (nothing lost); none: always. */
  compactStep?: number;
  compactDisplay: "short" | "long";
  /** Whether smaller numbers are grouped (8,000), or written whole as Chinese sources do (8000). */
  grouping: boolean;
  load: () => Promise<Messages>;
}

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as Lang[];
/** The site's default language: its pages are at the site's root; the others' under <code>/. */
export const DEFAULT_LANG: Lang = LANGS[0];

/** Whether a string names one of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && Object.hasOwn(LANGUAGES, value);
}

/** A language named by a query, an attribute or a message: one of the site's, or the default. */
export function asLang(value: unknown): Lang {
  return isLang(value) ? value : DEFAULT_LANG;
}

/** The page's language from a query string: the default unless `lang=` names another. Anything else is ignored. */
export function langFromSearch(search: string): Lang {
  return asLang(new URLSearchParams(search).get("lang"));
}

/** The folder a language's pages are in, under the site's root: none for the default language, `<code>/` for the others. */
export function langFolder(lang: Lang): string {
  return lang === DEFAULT_LANG ? "" : `${lang}/`;
}

/** The way from a language's folder up to the site's root. */
export function langRoot(lang: Lang): string {
  return langFolder(lang).replace(/[^/]+/g, "..");
}

/** The language a toggle offers from this one: the next in LANGS, round to the first. */
export function otherLang(lang: Lang): Lang {
  return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length];
}

/** The BCP 47 tag for `<html lang>` and for Intl. */
export function htmlLang(lang: Lang): string {
  return LANGUAGES[lang].tag;
}
