import {html, LitElement, nothing} from "lit";
import type {SourceDoc} from "../model/source-docs.ts";
import type {SourcePiece} from "../model/source-segments.ts";
import {linkTo} from "../model/url-state.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";

/** One whole source document with every used figure highlighted and linked back. */
export class BjSourceView extends LitElement {
  static properties = {docs: {attribute: false}, current: {}, lang: {}, backHref: {}};
  declare docs: SourceDoc[];
  declare current: string;
  declare lang: Lang;
  declare backHref: string;

  // Light DOM: the quotes' ids must be reachable by URL fragments (#q-…), which cannot enter a shadow root.
  protected createRenderRoot() {
    return this;
  }

  render() {
    const m = messagesFor(this.lang);
    const doc = this.docs.find((d) => d.source.id === this.current) ?? this.docs[0];
    const s = doc.source;
    return html`<main class="page" id="main" tabindex="-1">
      <p class="back"><a href=${this.backHref}>← ${m.sourceView.back}</a></p>
      <h1>${m.sourceView.heading}</h1>
      <p>${m.sourceView.intro}</p>
      <nav class="doc-tabs" aria-label=${m.sourceView.heading}><ul>${this.docs.map(
        (d) => html`<li><a href=${linkTo(this.lang, {view: "source", doc: d.source.id})} aria-current=${d === doc ? "page" : "false"}>${this.lang === "zh" ? d.source.title_zh : d.source.title_en}</a></li>`
      )}</ul></nav>
      <article lang="zh-CN" aria-labelledby="doc-title">
        <h2 id="doc-title">${s.title_zh}</h2>
        <p class="source-meta" lang=${this.lang === "zh" ? "zh-CN" : "en"}>
          ${interpolate(m.sourceView.issued, {issuer: this.lang === "zh" ? s.issuer_zh : s.issuer_en, date: s.date})}
          ${s.document_number ? html`<br />${interpolate(m.sourceView.docNumber, {number: s.document_number})}` : ""}
          <br />${interpolate(m.sourceView.coverage, {mentions: s.mentions, used: s.used, excluded: s.excluded, unaccounted: s.unaccounted})}
        </p>
        <div class="source-text">${doc.paragraphs.map((p) => html`<p>${p.map((piece) => this.piece(piece, doc))}</p>`)}</div>
      </article>
    </main>`;
  }

  private piece(piece: SourcePiece, doc: SourceDoc) {
    if (!piece.observation) return piece.text;
    const link = doc.links[piece.observation];
    const content = piece.figure ? html`<strong>${piece.text}</strong>` : piece.text;
    // The figure itself carries the link back; the rest of the quote is highlighted.
    return html`<mark id=${piece.figure ? `q-${piece.observation}` : nothing}>${piece.figure && link ? html`<a href=${link.href} aria-label=${link.label}>${content}</a>` : content}</mark>`;
  }
}

customElements.define("bj-source-view", BjSourceView);

declare global {
  interface HTMLElementTagNameMap {
    "bj-source-view": BjSourceView;
  }
}
