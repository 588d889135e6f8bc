import {html, type TemplateResult} from "lit";
import {langRuns} from "../i18n/lang-runs.ts";
import type {Lang} from "../i18n/locale.ts";

/** Text with its Chinese runs marked on an English page (`<span lang="zh-CN">`), for Lit templates. */
export function marked(text: string, pageLang: Lang): string | TemplateResult {
  const runs = langRuns(text, pageLang);
  if (runs.length === 1 && !runs[0].lang) return text;
  return html`${runs.map((r) => (r.lang ? html`<span lang=${r.lang}>${r.text}</span>` : r.text))}`;
}
