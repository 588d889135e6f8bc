/**
 * Where a line of text may break, in Chinese and English: the one set of
 * rules the charts' own wrapping (SVG labels, exports) and the page's text
 * (kept runs in HTML) follow, and that the browser test checks what Chromium
 * draws against. A line never breaks inside a word, nor between a number and
 * its unit or qualifier: 90%以上, 16万个左右, 210多万人次, 超过96%, 15.8 years,
 * at least 90%, about 32,000 a year.
 */

/** Han characters, CJK punctuation and full-width forms: a line may break between any two, as Chinese type sets. */
export const CJK = "\\p{sc=Han}\\u2e80-\\u2fff\\u3000-\\u303f\\uff00-\\uffef";
const cjk = new RegExp(`[${CJK}]`, "u");
/** No line starts with these (closing marks, and the per cent sign after its number). */
const CLOSING = /[，。、：；！？）」』》】〕”’,.:;!?)\]%…·]/u;
/** No line ends with these (opening marks). */
const OPENING = /[（「『《【〔“‘([]/u;
/** White space a line may break after: not a no-break space (U+00A0, U+2007, U+202F), which holds its neighbours together. */
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]/u;

const NUMBER = "\\d+(?:[,.]\\d+)*";
// English: a qualifier before a number, a scale after it, then the word it counts ("at least 90%", "about 2.1 million visits", "15.8 years", "2025 target").
const QUALIFIER_EN = "(?:at least|at most|more than|less than|fewer than|nearly|almost|about|around|roughly|over|under|up to)";
// The word a number counts is a noun, not the next function word ("99% of pupils" may break after "99%").
const FUNCTION_WORDS = "of|and|or|in|to|for|the|an?|on|at|by|from|with|as|is|are|was|were|than|each|every";
// Numbers in words count too ("five years", "twelve main targets").
const NUMBER_WORDS = "\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred)";
// A space inside a figure may be a no-break space already ("2.1\u00a0million", as tracker-rows' glued writes it): the run is the same.
const SP = "[ \\u00a0]";
const EN_FIGURE = `(?:\\b${QUALIFIER_EN}${SP})?(?:${NUMBER}|${NUMBER_WORDS})%?(?:${SP}(?:thousand|million|billion))?(?:${SP}(?:(?:a|per) (?:year|week|day)\\b|(?!(?:${QUALIFIER_EN}|${FUNCTION_WORDS})\\b)[A-Za-z][A-Za-z’'-]*))?`;
// Chinese: a qualifier before (超过96%, 近9万名), the number (Arabic or Chinese numerals), 多/余 and a magnitude, the unit, and a qualifier after (以上, 左右, 多).
const NUMERALS = "[零〇一二两三四五六七八九十百千万亿]+";
const UNIT_ZH = "(?:人次|课时|学时|小时|美元|亿元|万元|个百分点|百分点|[个所名人年项门种家支场份对址轮条倍元区届批次岁%％])";
const ZH_TAIL = `(?:多|余)?[万亿千百]?(?:多|余)?${UNIT_ZH}?(?:以上|以下|以内|左右|上下|多|余)?`;
const ZH_FIGURE = `(?:超过|不少于|不低于|不超过|不足|逾|近|约)?(?:${NUMBER}|${NUMERALS})${ZH_TAIL}`;
// A short Chinese term inside English text stays whole ("(集团化办学)"); a long Chinese passage breaks as Chinese.
const ZH_TERM = `(?<![${CJK}])[${CJK}]{2,8}(?![${CJK}])`;
/** Runs a line never breaks inside: a figure with its unit and qualifiers, and (in English text) a short Chinese term. */
export const KEEP_SOURCE = {zh: `${ZH_FIGURE}|${EN_FIGURE}`, en: `${NUMBER}(?=[${CJK}])${ZH_TAIL}|${EN_FIGURE}|${ZH_FIGURE}|${ZH_TERM}`};

export type BreakLang = "zh" | "en";

/** The language whose rules a text follows: English once it has more Latin letters than Chinese characters. */
export function breakLang(text: string): BreakLang {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const han = text.match(new RegExp(cjk, "gu"))?.length ?? 0;
  return latin > han ? "en" : "zh";
}

/** The spans [start, end) of a text that must stay on one line (each at least two characters long). */
export function keptRuns(text: string, lang: BreakLang = breakLang(text)): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const m of text.matchAll(new RegExp(KEEP_SOURCE[lang], "gu"))) {
    const run = m[0].trimEnd();
    if (run.length > 1) runs.push([m.index, m.index + run.length]);
  }
  return runs;
}

/**
 * Whether a line may break before position `at` of the text, on the rules
 * alone (kept runs aside): after white space; between Chinese characters
 * (never before a closing mark or after an opening one); never inside a Latin
 * word, a hyphenated compound ("person-times") or a range ("2021–2025").
 */
export function mayBreakAt(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const [before, after] = [text[at - 1], text[at]];
  if (/\s/.test(after)) return false;
  if (/\s/.test(before)) return BREAKING_SPACE.test(before);
  if (CLOSING.test(after) || OPENING.test(before)) return false;
  return cjk.test(before) || cjk.test(after);
}

/** Every position a line may break before: the rules, minus the inside of every kept run. */
export function breakPoints(text: string, lang: BreakLang = breakLang(text)): number[] {
  const inside = new Set<number>();
  for (const [start, end] of keptRuns(text, lang)) for (let i = start + 1; i < end; i++) inside.add(i);
  const points: number[] = [];
  for (let at = 1; at < text.length; at++) if (!inside.has(at) && mayBreakAt(text, at)) points.push(at);
  return points;
}

/** A text cut at its break points: pieces a line may end after (each keeps its trailing space). */
export function unbreakablePieces(text: string, lang: BreakLang = breakLang(text)): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const at of breakPoints(text, lang)) (pieces.push(text.slice(from, at)), (from = at));
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}

/**
 * Whether two lines, as drawn one under the other, were broken where the
 * rules forbid: the lines are joined as the wrapping cut them (with a space
 * between Latin text, without one next to a Chinese character or after a
 * hyphen) and the join must be a break point. A check for drawn text.
 */
export function brokenBetween(first: string, second: string, lang?: BreakLang): boolean {
  const [a, b] = [first.trimEnd(), second.trimStart()];
  if (!a || !b) return false;
  const tight = cjk.test(a.at(-1)!) || cjk.test(b[0]) || /[-–]$/.test(a);
  const joined = tight ? a + b : `${a} ${b}`;
  const at = tight ? a.length : a.length + 1;
  return !breakPoints(joined, lang ?? breakLang(joined)).includes(at);
}

/** Whether a browser, by its own rules, could break a line inside this text: after a space, hyphen, dash or slash, or next to a Chinese character. */
function browserMayBreakInside(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (BREAKING_SPACE.test(text[i - 1]) || /[-–—/]/.test(text[i - 1]) || cjk.test(text[i - 1]) || cjk.test(text[i])) return true;
  return false;
}

/**
 * A text for the page, in pieces: those a browser could break inside though
 * the rules forbid it come with `keep` (drawn white-space: nowrap); the rest
 * are joined, so a paragraph gets a few spans, not one a word.
 */
export function keepPieces(text: string, lang: BreakLang = breakLang(text)): Array<{text: string; keep: boolean}> {
  const out: Array<{text: string; keep: boolean}> = [];
  const add = (piece: string, keep: boolean) => {
    const last = out.at(-1);
    if (!keep && last && !last.keep) last.text += piece;
    else if (piece) out.push({text: piece, keep});
  };
  for (const piece of unbreakablePieces(text, lang)) {
    const body = piece.trimEnd();
    const keep = browserMayBreakInside(body);
    add(body, keep);
    add(piece.slice(body.length), false);
  }
  return out;
}
