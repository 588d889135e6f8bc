import type {Comparator} from "../schema/dataset.ts";
import {formatNumber, pluralForm} from "./format-number.ts";
import type {Lang} from "./locale.ts";
import {messagesFor} from "./messages.ts";

export interface FigureLike {
  figure: string;
  value_base: number;
  unit_base: string;
  comparator: Comparator;
  upper?: number | null;
  /** A range's upper end, as an observation holds it (1—2所), when `upper` is not given. */
  value_upper_base?: number | null;
}

/** A unit in the language's words for a count (1 school, 2 schools); a unit with no entry as written. */
export function unitWord(unit: string, count: number, lang: Lang): string {
  const word = messagesFor(lang).units[unit];
  return word === undefined ? unit : pluralForm(word, count, lang);
}

/** The figure as the source writes it, white space and all but trimmed: 超过96%, 2.4 万余人. */
export function writtenFigure({figure}: Pick<FigureLike, "figure">): string {
  return figure.replace(/\s+/g, " ").trim();
}

/**
 * A Chinese figure for prose, charts and tables: as the source writes it, but
 * without the source's spacing between a number and the Chinese around it
 * (2.4 万余人 → 2.4万余人, 99% 以上 → 99%以上, 近 8000 名 → 近8000名). Only
 * white space between a digit (or %) and a CJK character goes; the provenance
 * keeps writtenFigure, and the quote is never touched.
 */
export function displayFigureZh(f: Pick<FigureLike, "figure">): string {
  return writtenFigure(f).replace(/(?<=[0-9%％])\s+(?=[\p{Script=Han}])|(?<=[\p{Script=Han}])\s+(?=[0-9])/gu, "");
}

/** A value in its base unit, without a comparator: 16万个 / 160,000; 90%. */
export function formatQuantity(value: number, unit: string, lang: Lang): string {
  if (unit === "%") return `${formatNumber(value, lang)}%`;
  if (lang === "zh") return `${formatNumber(value, lang)}${unit}`;
  const word = unitWord(unit, value, lang);
  return word ? `${formatNumber(value, lang)} ${word}` : formatNumber(value, lang);
}

/**
 * The noun a head count is written with (百万学生: 学生), when the language has
 * a word for it: 百万学生 is "1 million students", not "1 million people".
 */
function countedNoun(f: Pick<FigureLike, "figure" | "unit_base">, lang: Lang): string | undefined {
  if (f.unit_base !== "名" && f.unit_base !== "人") return undefined;
  const written = writtenFigure(f);
  return Object.keys(messagesFor(lang).units).find((noun) => noun !== f.unit_base && written.endsWith(noun));
}

/**
 * A figure for display: in Chinese as the source writes it, less the source's
 * spacing around numbers (displayFigureZh); in English
 * the comparator in words, the number with separators and the unit in words.
 */
export function formatFigure(f: FigureLike, lang: Lang, {unit = true}: {unit?: boolean} = {}): string {
  if (lang === "zh") return displayFigureZh(f);
  const upper = f.upper !== undefined ? f.upper : (f.value_upper_base ?? null);
  // A range reads as one quantity (1–2 schools): its words agree with its upper end.
  const quantity = unit || f.unit_base === "%" ? formatQuantity(upper ?? f.value_base, countedNoun(f, lang) ?? f.unit_base, lang) : formatNumber(upper ?? f.value_base, lang);
  if (upper != null) return quantity.replace(/^([\d.,]+)/, `${formatNumber(f.value_base, lang)}–$1`);
  // 近 is "nearly" (近万名: nearly 10,000), not the "about" of 约 and 左右.
  const words = messagesFor(lang);
  const word = f.comparator === "approx" && /^近/.test(writtenFigure(f)) ? words.nearly : words.comparator[f.comparator];
  return word ? `${word} ${quantity}` : quantity;
}
