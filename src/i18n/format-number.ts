import type {Lang} from "./locale.ts";

const trim = (n: number, digits = 2) => Number(n.toFixed(digits));

/**
 * A number the way each language writes it: Chinese keeps 万 and 亿
 * (160000 → 16万), English writes digits with separators (160,000), and
 * millions in words when that loses nothing (2,100,000 → 2.1 million; 百万 is
 * "1 million", never "1,000,000"), billions in words.
 */
export function formatNumber(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  if (lang === "zh") {
    if (abs >= 1e8) return `${trim(value / 1e8)}亿`;
    if (abs >= 1e4) return `${trim(value / 1e4)}万`;
    return String(trim(value));
  }
  if (abs >= 1e6 && abs < 1e9 && Number.isInteger(value / 1e5)) return `${trim(value / 1e6, 1)} million`;
  if (abs >= 1e9) return `${new Intl.NumberFormat("en", {maximumFractionDigits: 1}).format(value / 1e9)} billion`;
  return new Intl.NumberFormat("en", {maximumFractionDigits: 2}).format(value);
}
