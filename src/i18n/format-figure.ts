import type {Comparator} from "../schema/dataset.ts";
import {en} from "./en.ts";
import {formatNumber} from "./format-number.ts";
import type {Lang} from "./locale.ts";

export interface FigureLike {
  figure: string;
  value_base: number;
  unit_base: string;
  comparator: Comparator;
  upper?: number | null;
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
  const word = en.units[unit] ?? unit;
  return word ? `${formatNumber(value, lang)} ${word}` : formatNumber(value, lang);
}

/**
 * A figure for display: in Chinese as the source writes it, less the source's
 * spacing around numbers (displayFigureZh); in English
 * the comparator in words, the number with separators and the unit in words.
 */
export function formatFigure(f: FigureLike, lang: Lang, {unit = true}: {unit?: boolean} = {}): string {
  if (lang === "zh") return displayFigureZh(f);
  const quantity = unit || f.unit_base === "%" ? formatQuantity(f.value_base, f.unit_base, lang) : formatNumber(f.value_base, lang);
  if (f.upper != null) return quantity.replace(/^([\d.,]+)/, `$1–${f.upper}`);
  // 近 is "nearly" (近万名: nearly 10,000), not the "about" of 约 and 左右.
  const word = f.comparator === "approx" && /^近/.test(writtenFigure(f)) ? en.nearly : en.comparator[f.comparator];
  return word ? `${word} ${quantity}` : quantity;
}
