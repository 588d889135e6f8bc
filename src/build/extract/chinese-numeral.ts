const DIGITS: Record<string, number> = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9};
const SMALL_UNITS: Record<string, number> = {"十": 10, "百": 100, "千": 1000};
const BIG_UNITS: Record<string, number> = {"万": 1e4, "亿": 1e8};

export const CHINESE_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿";

/**
 * The value of a Chinese numeral: 三 → 3, 十四 → 14, 百万 → 1000000, 近万's 万 → 10000.
 * A bare unit counts as one of it (百 = 100), as in 百万学生. Digit strings
 * written positionally (二〇三五) read digit by digit.
 */
export function parseChineseNumeral(text: string): number {
  if (!text || [...text].some((c) => !CHINESE_NUMERAL_CHARS.includes(c))) {
    throw new Error(`not a Chinese numeral: ${JSON.stringify(text)}`);
  }
  if (text.length > 1 && [...text].every((c) => c in DIGITS)) {
    return Number([...text].map((c) => DIGITS[c]).join(""));
  }
  let total = 0; // completed 亿/万 sections
  let section = 0; // below the current 万
  let digit: number | null = null;
  for (const c of text) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c];
      digit = null;
    } else {
      const unit = BIG_UNITS[c];
      const value = (section + (digit ?? 0)) || 1;
      // 百万: the unit multiplies everything before it, not just the section.
      if (unit > 1e4) total = (total + value) * unit;
      else total += value * unit;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}
