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

/**
 * Numbers read side by side (an axis's ticks), in one notation: when some would be written compactly
 * and others not (5000, 1万, 1.5万), all are written in the compact unit the language starts from
 * (0.5万, 1万, 1.5万; 0.5 million, 1 million), so a reader never compares two notations. Zero stays 0.
 */
export function formatNumbersAlike(values: number[], lang: Lang): string[] {
  const {tag, compactFrom, compactDisplay, grouping}: Language = LANGUAGES[lang];
  const written = values.map((v) => formatNumber(v, lang));
  const plain = format(tag, {maximumFractionDigits: 2, useGrouping: grouping});
  const compact = written.map((text, i) => values[i] !== 0 && text !== plain.format(values[i]));
  const mixed = compact.some(Boolean) && compact.some((c, i) => !c && values[i] !== 0);
  if (!mixed) return written;
  // The language's compact unit as it writes it: 1万 → 万, 1 million → " million".
  const unit = format(tag, {notation: "compact", compactDisplay}).format(compactFrom).replace(/^1/, "");
  const scaled = format(tag, {maximumFractionDigits: 2, useGrouping: false});
  return values.map((v, i) => (v === 0 ? written[i] : `${scaled.format(v / compactFrom)}${unit}`));
}

/** The form of a message for a count, in a language (Intl.PluralRules: 1 figure, 2 figures; Chinese has one form). */
export function pluralForm(message: string | Plural, count: number, lang: Lang): string {
  if (typeof message === "string") return message;
  return message[new Intl.PluralRules(LANGUAGES[lang].tag).select(count)] ?? message.other;
}
