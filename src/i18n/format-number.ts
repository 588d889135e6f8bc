import {LANGUAGES, type Lang} from "./locale.ts";

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
 * English in digits with separators (160,000) and billions in words.
 */
export function formatNumber(value: number, lang: Lang): string {
  const {tag, compactFrom, compactDisplay, grouping} = LANGUAGES[lang];
  const compact = Math.abs(value) >= compactFrom;
  return format(tag, compact ? {notation: "compact", compactDisplay, maximumFractionDigits: compactDisplay === "long" ? 1 : 2} : {maximumFractionDigits: 2, useGrouping: grouping}).format(value);
}

/** A message whose words depend on a count: one form per plural category the language has ("other" always). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};

/** The form of a message for a count, in a language (Intl.PluralRules: 1 figure, 2 figures; Chinese has one form). */
export function pluralForm(message: string | Plural, count: number, lang: Lang): string {
  if (typeof message === "string") return message;
  return message[new Intl.PluralRules(LANGUAGES[lang].tag).select(count)] ?? message.other;
}
