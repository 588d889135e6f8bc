import {breakLang, mayBreakAt, unbreakablePieces, type BreakLang} from "../i18n/line-breaks.ts";

/**
 * Estimates a text's width from its glyphs (CJK 1em, Latin capitals 0.68em,
 * other Latin 0.6em, the widths of the wider sans fonts a reader may have) so
 * that the same lines come out in the browser and in Node, where nothing can
 * be measured. Bold text is about 8% wider.
 */
export function textWidth(text: string, fontSize: number, {bold = false} = {}): number {
  let em = 0;
  for (const c of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’]/.test(c) ? 1 : c === " " ? 0.3 : /[A-Z]/.test(c) ? 0.68 : 0.6;
  return em * fontSize * (bold ? 1.08 : 1);
}

export interface WrapOptions {
  bold?: boolean;
  /** Whose rules: Chinese or English (default: read from the text). */
  lang?: BreakLang;
}

/** A piece too wide for any line, cut where the rules alone allow (a figure's inside included): the last resort before overflowing. */
function splitWide(piece: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = 1; at < piece.length; at++) if (mayBreakAt(piece, at) || /[-–]/.test(piece[at - 1])) (out.push(piece.slice(from, at)), (from = at));
  out.push(piece.slice(from));
  return out;
}

/**
 * Splits a label into lines that fit a width, breaking only where
 * src/i18n/line-breaks.ts allows: at spaces and between Chinese characters,
 * never inside a word, a hyphenated compound, or a figure with its unit and
 * qualifiers ("90%以上", "15.8 years"). Only a piece wider than the whole
 * width is cut inside, so that it does not leave the chart.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, {bold = false, lang = breakLang(text)}: WrapOptions = {}): string[] {
  const width = (s: string) => textWidth(s.trimEnd(), fontSize, {bold});
  const pieces = unbreakablePieces(text, lang).flatMap((p) => (width(p) > maxWidth ? splitWide(p) : [p]));
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (line && width(line + piece) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line += piece;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
