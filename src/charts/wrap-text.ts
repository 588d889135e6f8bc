/**
 * Splits a label into lines that fit a width, estimating glyph widths (CJK ≈ 1em,
 * Latin ≈ 0.58em) so that the same lines come out in the browser and in Node,
 * where nothing can be measured.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’]/.test(c) ? 1 : c === " " ? 0.3 : /[A-Z]/.test(c) ? 0.68 : 0.56;
  return em * fontSize;
}

export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’][，。、：；）」”]*|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
