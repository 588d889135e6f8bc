import {CHINESE_NUMERAL_CHARS} from "./chinese-numeral.ts";

export interface Mention {
  /** The number-bearing text, as the ledger and exclusions name it: 2022, 2.3, 1+8+X, 十四五, 第十八, 三. */
  text: string;
  start: number;
  end: number;
  kind: "arabic" | "chinese";
}

/** Digits, decimals, ranges and formula-like names (2-3, 2021—2025, 4+N, 1+8+X, 5G). */
const ARABIC = /[0-9]+(?:\.[0-9]+)?(?:[-—–~～+](?:[0-9]+(?:\.[0-9]+)?|[A-Z](?![A-Za-z])))*(?:[A-Za-z](?![A-Za-z]))?/g;

/**
 * A single Chinese numeral is a quantity only before a classifier (三所, 一倍,
 * 两个); elsewhere 一 is part of a word (统一, 一流). Runs of two or more
 * numerals (十四五, 百万) and ordinals (第十八) are always reported.
 */
const CLASSIFIERS = "个所名项年次倍届批类门种家支条位人份轮级期场对址周岁成天日月间座套部本篇张元点区";
const MULTI_CHAR_CLASSIFIERS = ["小时", "课时", "学时"];
const NUMERAL_RUN = new RegExp(`第?[${CHINESE_NUMERAL_CHARS}]+`, "g");

/** A numeral right after an Arabic number is its multiplier (2.3 万名, 210 多万), not a number of its own. */
function followsArabic(text: string, index: number): boolean {
  return /[0-9][\s余多]*$/.test(text.slice(Math.max(0, index - 4), index));
}

export function scanMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(ARABIC)) {
    mentions.push({text: match[0], start: match.index, end: match.index + match[0].length, kind: "arabic"});
  }
  for (const match of text.matchAll(NUMERAL_RUN)) {
    const run = match[0];
    const start = match.index;
    const end = start + run.length;
    if (run === "第") continue;
    if (followsArabic(text, start)) continue;
    const numerals = run.startsWith("第") ? run.slice(1) : run;
    const next = text.slice(end, end + 2);
    const ordinal = run.startsWith("第");
    const long = numerals.length >= 2;
    const counted = CLASSIFIERS.includes(next[0] ?? "") || MULTI_CHAR_CLASSIFIERS.some((c) => next.startsWith(c));
    if (ordinal || long || counted) mentions.push({text: run, start, end, kind: "chinese"});
  }
  return mentions.sort((a, b) => a.start - b.start);
}
