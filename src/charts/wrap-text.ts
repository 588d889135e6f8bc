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

/**
 * Splits a label into lines that fit a width: between CJK characters (never
 * before closing punctuation), at spaces, and after a hyphen.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, {bold = false} = {}): string[] {
  // An opening bracket or quote goes with what follows it, closing punctuation with what precedes it (no line ends on 《 or starts on 》).
  const tokens = text.match(/[（《「“‘]*(?:[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’][，。、：；）」”》]*|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f-]+-*\s*)|-+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), fontSize, {bold}) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
