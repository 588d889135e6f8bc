import {LANGS, type Lang} from "./locale.ts";

/** A record with one column per language for a field: `title_zh`, `title_en`… (the published tables' convention). */
export type Localized<K extends string, V = string> = Record<`${K}_${Lang}`, V>;

/**
 * A field of a record in a language, by the language's code: `inLang(source,
 * "title", lang)` reads `title_<lang>`. Every column the curation publishes
 * per language is read through here, so a language is columns, not branches.
 */
export function inLang<K extends string, R extends Localized<K, unknown>>(record: R, key: K, lang: Lang): R[`${K}_${Lang}`] {
  return record[`${key}_${lang}`];
}

/** A value for every language of the site, in LANGS' order: `{zh: …, en: …}` as published files give texts. */
export function byLang<T>(value: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, value(lang)])) as Record<Lang, T>;
}
