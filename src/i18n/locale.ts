export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** The page's language from a query string: zh unless `lang=en`. Anything else is ignored. */
export function langFromSearch(search: string): Lang {
  const value = new URLSearchParams(search).get("lang");
  return value === "en" ? "en" : "zh";
}

/** The BCP 47 tag for `<html lang>`. */
export function htmlLang(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en";
}
