import {html, type TemplateResult} from "lit";
import {langRuns} from "../i18n/lang-runs.ts";
import {keepPieces} from "../i18n/line-breaks.ts";
import type {Lang} from "../i18n/locale.ts";

/** A run's text with what must stay on one line ("90%以上", "15.8 years") held together (`.nobr`, in sharedStyles). */
function unbroken(text: string, lang: Lang): string | TemplateResult {
  const pieces = keepPieces(text, lang);
  if (!pieces.some((p) => p.keep)) return text;
  return html`${pieces.map((p) => (p.keep ? html`<span class="nobr">${p.text}</span>` : p.text))}`;
}

/**
 * Text for Lit templates: its Chinese runs marked on an English page
 * (`<span lang="zh-CN">`), and never broken inside a word or between a number
 * and its unit or qualifier (src/i18n/line-breaks.ts).
 */
export function marked(text: string, pageLang: Lang): string | TemplateResult {
  const runs = langRuns(text, pageLang);
  if (runs.length === 1 && !runs[0].lang) return unbroken(text, pageLang);
  return html`${runs.map((r) => (r.lang ? html`<span lang=${r.lang}>${unbroken(r.text, pageLang)}</span>` : unbroken(r.text, pageLang)))}`;
}
