import type {Comparator} from "../../schema/comparators.ts";

export type {Comparator};
export {COMPARATORS} from "../../schema/comparators.ts";

/**
 * Words before a number. Longest first, so 不少于 is read before 少于.
 * Words that only say "reach" or "keep at" (达到, 保持在) assert nothing by
 * themselves; 保持在…以上 gets its ≥ from 以上.
 */
export const PREFIXES: ReadonlyArray<[string, Comparator]> = [
  ["不少于", "ge"], ["不低于", "ge"], ["不超过", "le"], ["不高于", "le"], ["至少", "ge"],
  ["超过", "gt"], ["高于", "gt"], ["多于", "gt"], ["大约", "approx"], ["约", "approx"], ["近", "approx"],
  ["低于", "lt"], ["少于", "lt"], ["不足", "lt"],
  ["保持在", "eq"], ["达到", "eq"], ["达", "eq"], ["为", "eq"], ["至", "eq"]
];

/** Words after the number and its unit. */
export const SUFFIXES: ReadonlyArray<[string, Comparator]> = [
  ["以上", "ge"], ["以下", "le"], ["以内", "le"], ["左右", "approx"], ["多", "gt"], ["余", "gt"]
];

/** Between the number and its unit (200 多项, 2.4 万余人, 210 多万人次). */
export const INFIXES: ReadonlyArray<[string, Comparator]> = [["余", "gt"], ["多", "gt"]];

/**
 * Combines the qualifiers found around one figure. Neutral words (=) give way
 * to any other; two different claims (近…以上) are a contradiction, not a guess.
 */
export function combineComparators(found: Comparator[]): Comparator {
  const claims = [...new Set(found.filter((c) => c !== "eq"))];
  if (claims.length === 0) return "eq";
  if (claims.length === 1) return claims[0];
  throw new Error(`conflicting qualifiers (${claims.join(" and ")})`);
}
