/** Multipliers that follow an Arabic number (16万个, 1128亿元). */
export const MULTIPLIERS: Record<string, number> = {"万": 4, "亿": 8, "千": 3, "百": 2};

/**
 * Measure words and units the sources use, longest first so 人次 wins over 人.
 * Each maps to itself as base unit; multipliers are split off separately.
 */
export const MEASURE_WORDS = [
  "人次", "美元", "课时", "学时", "小时", "%", "％", "元", "个", "所", "名", "人", "项", "门", "种", "家", "支",
  "场", "份", "对", "址", "轮", "条", "次", "年", "倍", "届", "类", "批", "位", "周", "岁", "版", "期", "区"
] as const;

/** Nouns counted without a measure word (百万学生): each is a head count. */
export const PERSON_NOUNS = ["学生", "师生", "教师", "党员"] as const;

export function normaliseUnit(unit: string): string {
  return unit === "％" ? "%" : unit;
}

/**
 * Moves the decimal point instead of multiplying, so 2.3万 is exactly 23000
 * rather than 22999.999999999996.
 */
export function shiftDecimal(value: string, places: number): number {
  if (places === 0) return Number(value);
  const [whole, fraction = ""] = value.split(".");
  const digits = whole + fraction.padEnd(places, "0");
  const point = whole.length + places;
  return Number(digits.slice(0, point) + "." + digits.slice(point));
}
