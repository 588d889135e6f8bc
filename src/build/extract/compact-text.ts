/**
 * Quotes are matched ignoring white space, because the sources disagree on
 * spaces around numbers (`2.3 万名` in one, `16万个` in another). A compact
 * view drops white space and remembers where each character came from.
 */
export interface CompactText {
  text: string;
  /** offsets[i] is the position in the original text of compact character i. */
  offsets: number[];
}

const SPACE = /\s/;

export function compact(text: string): CompactText {
  let out = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!SPACE.test(text[i])) {
      out += text[i];
      offsets.push(i);
    }
  }
  return {text: out, offsets};
}

export function removeSpace(text: string): string {
  return text.replace(/\s+/g, "");
}

export interface Span {
  start: number;
  end: number;
}

/** Every place the needle occurs, as spans of the original text (end exclusive). */
export function findAll(haystack: CompactText, needle: string): Span[] {
  const target = removeSpace(needle);
  const spans: Span[] = [];
  if (!target) return spans;
  for (let i = haystack.text.indexOf(target); i !== -1; i = haystack.text.indexOf(target, i + 1)) {
    spans.push({start: haystack.offsets[i], end: haystack.offsets[i + target.length - 1] + 1});
  }
  return spans;
}
