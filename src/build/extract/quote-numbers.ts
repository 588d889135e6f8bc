import {CHINESE_NUMERAL_CHARS, parseChineseNumeral} from "./chinese-numeral.ts";
import {MULTIPLIERS, shiftDecimal} from "./units.ts";

/**
 * Every number a Chinese quote states: each Arabic number as written and, before a
 * 万, 亿, 千 or 百 (余 or 多 between), in full (2.4 万余人 → 2.4 and 24,000); each
 * run of Chinese numerals (百万 → 1,000,000; 近万 → 10,000; 三所 → 3).
 */
export function quoteNumbers(quote: string): Set<number> {
  const found = new Set<number>();
  for (const m of quote.matchAll(/(\d+(?:\.\d+)?)\s*[余多]?\s*([万亿千百])?/g)) {
    found.add(Number(m[1]));
    if (m[2]) found.add(shiftDecimal(m[1], MULTIPLIERS[m[2]]));
  }
  // A numeral right after an Arabic number is its multiplier (2.4 万), read above.
  for (const m of quote.matchAll(new RegExp(`(?<![0-9]\\s*[余多]?\\s*)[${CHINESE_NUMERAL_CHARS}]+`, "g"))) found.add(parseChineseNumeral(m[0]));
  return found;
}

const WORDS: Record<string, number> = {two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, hundred: 100};
const SCALES: Record<string, number> = {thousand: 1e3, million: 1e6, billion: 1e9};
/** Names with a number in them that count nothing: the plans' names, "five-year" as a kind of target. */
const NAMES = /\b(?:Thirteenth|Fourteenth) Five-Year Plan\b|\bfive-year\b/gi;

/**
 * The numbers an English text states: digits with their separators, a scale
 * word after them ("2.1 million", "112.8 billion"), "a million", and numbers
 * in words from two to twelve ("one" is too often a pronoun to be told apart).
 */
export function englishNumbers(text: string): number[] {
  const plain = text.replace(NAMES, " ");
  const out: number[] = [];
  for (const m of plain.matchAll(/\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion)\b)?/g)) {
    const value = Number(m[1].replace(/,/g, ""));
    out.push(m[2] ? Math.round(value * SCALES[m[2]] * 1e6) / 1e6 : value);
  }
  for (const m of plain.matchAll(/\ba (thousand|million|billion)\b/gi)) out.push(SCALES[m[1].toLowerCase()]);
  for (const m of plain.matchAll(new RegExp(`\\b(${Object.keys(WORDS).join("|")})\\b`, "gi"))) out.push(WORDS[m[1].toLowerCase()]);
  return out;
}

/** The numbers of a translation that its quote does not state: each is a figure typed by hand, which the build refuses. */
export function strayNumbers(translation: string, quote: string): number[] {
  const stated = quoteNumbers(quote);
  return englishNumbers(translation).filter((n) => !stated.has(n));
}
