import type {Comparator} from "../../schema/comparators.ts";

export type {Comparator};
export {COMPARATORS} from "../../schema/comparators.ts";

/**
 * Words before a number. Longest first, so 不少于 is read before 少于.
 * Words that only say "reach" or "keep at" (达到, 保持在) assert nothing by
 * themselves; 保持在…以上 gets its ≥ from 以上.
 */
export const PREFIXES: ReadonlyArray<[string, Comparator]> = [
  ["不少于", ">="], ["不低于", ">="], ["不超过", "<="], ["不高于", "<="], ["至少", ">="],
  ["超过", ">"], ["高于", ">"], ["多于", ">"], ["大约", "~"], ["约", "~"], ["近", "~"],
  ["低于", "<"], ["少于", "<"], ["不足", "<"],
  ["保持在", "="], ["达到", "="], ["达", "="], ["为", "="], ["至", "="]
];

/** Words after the number and its unit. */
export const SUFFIXES: ReadonlyArray<[string, Comparator]> = [
  ["以上", ">="], ["以下", "<="], ["以内", "<="], ["左右", "~"], ["多", ">"], ["余", ">"]
];

/** Between the number and its unit (200 多项, 2.4 万余人, 210 多万人次). */
export const INFIXES: ReadonlyArray<[string, Comparator]> = [["余", ">"], ["多", ">"]];

/**
 * Combines the qualifiers found around one figure. Neutral words (=) give way
 * to any other; two different claims (近…以上) are a contradiction, not a guess.
 */
export function combineComparators(found: Comparator[]): Comparator {
  const claims = [...new Set(found.filter((c) => c !== "="))];
  if (claims.length === 0) return "=";
  if (claims.length === 1) return claims[0];
  throw new Error(`conflicting qualifiers (${claims.join(" and ")})`);
}
