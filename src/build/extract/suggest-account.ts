import {MEASURE_WORDS, PERSON_NOUNS} from "./units.ts";
import type {Mention} from "./scan-mentions.ts";

export type Suggestion = "figure" | "date" | "period" | "ordinal" | "section-number" | "name" | "idiom" | "check";

const UNIT_AFTER = new RegExp(`^\\s*[余多]?\\s*[万亿千百]?\\s*[余多]?\\s*(${[...MEASURE_WORDS, ...PERSON_NOUNS].join("|")})`);

/**
 * A first guess at how a mention should be accounted for, so that curating a
 * new document starts from a sorted list. It is only a hint: a person decides.
 */
export function suggestAccount(text: string, mention: Mention): Suggestion {
  const after = text.slice(mention.end, mention.end + 6);
  const before = text.slice(Math.max(0, mention.start - 2), mention.start);
  if (mention.text.startsWith("第")) return "ordinal";
  if (/^\d{4}[-—–]\d{4}$/.test(mention.text)) return "period";
  if (/^\d{4}$/.test(mention.text) && /^\s*(年|届|-|—)/.test(after)) return "date";
  if (/^\d{1,2}$/.test(mention.text) && /^\s*[月日]/.test(after)) return "date";
  if (/(^|\n)\s*（?$/.test(before) && /^[.．、）]/.test(after)) return "section-number";
  if (/[+A-Za-z]/.test(mention.text) || mention.text === "十四五" || mention.text === "十三五") return "name";
  if (mention.text === "一" && /^(批|个|所|项|次|年|位)/.test(after)) return "idiom";
  if (UNIT_AFTER.test(after)) return "figure";
  return "check";
}
