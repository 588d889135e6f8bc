import {html, LitElement, nothing, type TemplateResult} from "lit";
import type {SourceDoc} from "../model/source-docs.ts";
import type {SourcePiece} from "../model/source-segments.ts";
import {linkTo} from "../model/url-state.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {htmlLang, type Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {inLang} from "../i18n/localized.ts";

function piece(p: SourcePiece, doc: SourceDoc, lang: Lang, quote: string) {
  if (!p.observation) return p.text;
  const link = doc.links[p.observation];
  const content = p.figure ? html`<strong>${p.text}</strong>` : p.text;
  // The figure itself carries the link back and is what a link to the quote lands on (and focuses: tabindex);
  // the rest of the quote is highlighted. The figure of the quote a link names says so to a screen reader (aria-current).
  return html`<mark id=${p.figure ? `q-${p.observation}` : nothing} tabindex=${p.figure ? "-1" : nothing} aria-current=${p.figure && p.observation === quote ? "true" : nothing}>${p.figure && link ? html`<a href=${linkTo(lang, link.to)} aria-label=${link.label}>${content}</a>` : content}</mark>`;
}

/** A paragraph of the source; the pieces of the quote a link names (they follow each other) ringed as one (`.linked`). */
function paragraph(pieces: readonly SourcePiece[], doc: SourceDoc, lang: Lang, quote: string) {
  const draw = (from: number, to?: number) => pieces.slice(from, to).map((p) => piece(p, doc, lang, quote));
  const first = quote ? pieces.findIndex((p) => p.observation === quote) : -1;
  if (first < 0) return html`<p>${draw(0)}</p>`;
  const end = pieces.findLastIndex((p) => p.observation === quote) + 1;
  return html`<p>${draw(0, first)}<span class="linked">${draw(first, end)}</span>${draw(end)}</p>`;
}

/**
 * One whole source document with every used figure highlighted and linked
 * back, with the way to the others; `quote`, the observation a link names
 * (`#q-<id>`), singled out. The one template of the view: the build renders
 * it as sources/<id>/ (src/prerender/: no quote is known there, and `:target`
 * singles it out), the live page into bj-source-view.
 */
export function sourcePage(docs: readonly SourceDoc[], current: string, {lang, backHref, quote = ""}: {lang: Lang; backHref: string; quote?: string}): TemplateResult {
  const m = messagesFor(lang);
  const doc = docs.find((d) => d.source.id === current) ?? docs[0];
  const s = doc.source;
  return html`<main class="page" id="main" tabindex="-1">
    <p class="back"><a href=${backHref}>← ${m.sourceView.back}</a></p>
    <h1>${m.sourceView.heading}</h1>
    <p>${m.sourceView.intro}</p>
    <nav class="doc-tabs" aria-label=${m.sourceView.heading}><ul>${docs.map(
      (d) => html`<li><a href=${linkTo(lang, {view: "source", doc: d.source.id})} aria-current=${d === doc ? "page" : "false"}>${inLang(d.source, "title", lang)}</a></li>`
    )}</ul></nav>
    <article lang="zh-CN" aria-labelledby="doc-title">
      <h2 id="doc-title">${s.title_zh}</h2>
      <p class="source-meta" lang=${htmlLang(lang)}>
        ${interpolate(m.sourceView.issued, {issuer: inLang(s, "issuer", lang), date: s.date})}
        ${s.document_number ? html`<br />${interpolate(m.sourceView.docNumber, {number: s.document_number})}` : ""}
        <br />${interpolate(m.sourceView.coverage, {mentions: s.mentions, used: s.used, excluded: s.excluded, unaccounted: s.unaccounted})}
      </p>
      <div class="source-text">${doc.paragraphs.map((p) => paragraph(p, doc, lang, quote))}</div>
    </article>
  </main>`;
}

/** The live source view: the template above, in the light DOM (the quotes' ids, #q-…, are fragments a link lands on). */
export class BjSourceView extends LitElement {
  static properties = {docs: {attribute: false}, current: {}, lang: {}, backHref: {}, quote: {}};
  declare docs: SourceDoc[];
  declare current: string;
  declare lang: Lang;
  declare backHref: string;
  /** The observation whose quote a link names, or "". */
  declare quote: string;

  constructor() {
    super();
    this.quote = "";
  }

  protected createRenderRoot() {
    return this;
  }

  render() {
    return sourcePage(this.docs, this.current, {lang: this.lang, backHref: this.backHref, quote: this.quote});
  }
}

customElements.define("bj-source-view", BjSourceView);

declare global {
  interface HTMLElementTagNameMap {
    "bj-source-view": BjSourceView;
  }
}
