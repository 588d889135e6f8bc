/**
 * Turns a raw source document into the clean text that quotes, offsets and the
 * source view all refer to. Only markup and white space change: every other
 * character of the text content survives, in order.
 */
import type {SourceFormat} from "../../schema/records.ts";

export type {SourceFormat};

export interface CleanOptions {
  format: SourceFormat;
  /** Join words split across a blank line by a page break (PDF-derived text). */
  joinPageBreaks?: boolean;
}

const ENTITIES: Record<string, string> = {amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " "};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

/** The YAML block a republisher puts before the article is metadata, not text. */
export function stripFrontMatter(text: string): string {
  return text.replace(/^\s*---\n[\s\S]*?\n---\n/, "");
}

export function stripHtml(html: string): string {
  return decodeEntities(
    html
      .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      // Block boundaries become paragraph breaks so paragraphs stay paragraphs.
      .replace(/<\/?(p|div|h[1-6]|li|ul|ol|table|tr|section|article|blockquote)\b[^>]*>|<br\s*\/?>/gi, "\n\n")
      .replace(/<[^>]+>/g, "")
  );
}

export function stripMarkdown(text: string): string {
  return text.replace(/^#{1,6}[ \t]+/gm, "").replace(/\*\*/g, "");
}

/** Collapses runs of spaces (including full-width and no-break spaces) and trims every line. */
export function normaliseSpace(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0\u3000\u2002\u2003\u200b]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const ENDS_SENTENCE = /[。！？；：!?;:…）)」』】”"]$/;
const CONTINUES = /^[\u3400-\u9fff”’》）)」』、，。；：（《“0-9]/;
const NUMBERED_HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/;

/** A heading or a label (no sentence punctuation, or a numbered title without a full stop) never runs on. */
function isProse(paragraph: string): boolean {
  if (!/[，。；、：]/.test(paragraph)) return false;
  return !(NUMBERED_HEADING.test(paragraph) && !paragraph.includes("。"));
}

/**
 * A page break in the PDF the text came from leaves a blank line in the middle
 * of a sentence (`入` / `园率`). A paragraph of prose that stops without closing
 * punctuation, followed by one that starts mid-sentence, is one paragraph.
 */
export function joinPageBreaks(text: string): string {
  const paragraphs = text.split(/\n{2,}/);
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = out[out.length - 1];
    if (previous !== undefined && isProse(previous) && !ENDS_SENTENCE.test(previous) && CONTINUES.test(paragraph) && !NUMBERED_HEADING.test(paragraph)) {
      out[out.length - 1] = previous + paragraph;
    } else {
      out.push(paragraph);
    }
  }
  return out.join("\n\n");
}

export function cleanSource(raw: string, {format, joinPageBreaks: join = format !== "html"}: CleanOptions): string {
  let text = stripFrontMatter(raw.replace(/^\ufeff/, ""));
  if (format === "html") text = stripHtml(text);
  if (format === "markdown") text = stripMarkdown(text);
  text = normaliseSpace(text);
  return join ? joinPageBreaks(text) : text;
}
