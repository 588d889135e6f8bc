import type {Lang} from "./locale.ts";

/** A piece of text and the language it is in, when that differs from the page's. */
export interface LangRun {
  text: string;
  lang?: "zh-CN";
}

// A run of Chinese: Han characters with the CJK punctuation, full-width forms and figures inside or
// right before it ("90%以上", "2.4 万余人", "集团化办学"), so a screen reader reads it with a Chinese voice.
const CHINESE = /(?:[0-9][0-9.,]*\s?%?\s?)?[\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef0-9.,%\s]*/gu;

/**
 * Splits text for an English page into runs, marking the Chinese ones
 * (WCAG 3.1.2, language of parts). A Chinese page's text is one run: the
 * English in it (a product name, a key) is read well enough by a Chinese voice.
 */
export function langRuns(text: string, pageLang: Lang): LangRun[] {
  if (pageLang === "zh" || !/[\u3400-\u9fff]/u.test(text)) return [{text}];
  const runs: LangRun[] = [];
  let at = 0;
  for (const match of text.matchAll(CHINESE)) {
    const run = match[0].trimEnd();
    if (match.index > at) runs.push({text: text.slice(at, match.index)});
    runs.push({text: run, lang: "zh-CN"});
    at = match.index + run.length;
  }
  if (at < text.length) runs.push({text: text.slice(at)});
  return runs;
}
