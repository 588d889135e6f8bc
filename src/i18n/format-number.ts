import {LANGUAGES, type Lang, type Language} from "./locale.ts";
import type {Plural} from "./plural.ts";

const formats = new Map<string, Intl.NumberFormat>();
const format = (tag: string, options: Intl.NumberFormatOptions) => {
  const key = `${tag} ${JSON.stringify(options)}`;
  let known = formats.get(key);
  if (!known) formats.set(key, (known = new Intl.NumberFormat(tag, options)));
  return known;
};

/**
 * A number the way each language writes it (Intl, with the language's own
 * settings in src/i18n/locale.ts): Chinese in 万 and 亿 (160000 → 16万),
 * English in digits with separators (160,000), millions in words when that
 * loses nothing (百万 is "1 million", never "1,000,000"), billions in words.
 */
export function formatNumber(value: number, lang: Lang): string {
  const {tag, compactFrom, compactStep, compactDisplay, grouping}: Language = LANGUAGES[lang];
  const abs = Math.abs(value);
  // Compact only where that loses nothing (2,100,000 → 2.1 million, 2,123,456 stays in digits), or from a billion.
  const compact = abs >= compactFrom && (abs >= 1e9 || !compactStep || Number.isInteger(value / compactStep));
  return format(tag, compact ? {notation: "compact", compactDisplay, maximumFractionDigits: compactDisplay === "long" ? 1 : 2} : {maximumFractionDigits: 2, useGrouping: grouping}).format(value);
}

/** The form of a message for a count, in a language (Intl.PluralRules: 1 figure, 2 figures; Chinese has one form). */
export function pluralForm(message: string | Plural, count: number, lang: Lang): string {
  if (typeof message === "string") return message;
  return message[new Intl.PluralRules(LANGUAGES[lang].tag).select(count)] ?? message.other;
}
