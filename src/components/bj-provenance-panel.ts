import {css, html, LitElement, type PropertyValues} from "lit";
import {emit} from "../app/events.ts";
import type {Provenance} from "../model/provenance.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {sharedStyles} from "./shared-styles.ts";
import {ServerRendered} from "./server-rendered.ts";

/** A modal dialog with a figure's quote highlighted inside its paragraph. Closing dispatches `close-provenance`. */
export class BjProvenancePanel extends ServerRendered(LitElement) {
  static properties = {item: {attribute: false}, lang: {}, sourceHref: {}};
  declare item: Provenance | null;
  declare lang: Lang;
  declare sourceHref: string;

  static styles = [
    sharedStyles,
    css`
      dialog { max-width: min(40rem, calc(100vw - 2rem)); width: 100%; border: 1px solid var(--rule); border-radius: 8px; background: var(--bg); color: var(--fg); padding: 1.25rem; box-sizing: border-box; }
      dialog::backdrop { background: rgb(0 0 0 / 0.45); }
      .head { display: flex; align-items: flex-start; gap: 0.75rem; margin: 0 0 0.75rem; }
      h2 { font-size: 1.125rem; margin: 0; flex: 1 1 auto; min-width: 0; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
      dt { color: var(--muted); }
      dd { margin: 0; }
      blockquote { margin: 0 0 1rem; padding: 0.75rem; background: var(--panel); border-inline-start: 4px solid var(--rule); }
      mark { background: var(--mark); color: var(--fg); }
      mark strong { text-decoration: underline; text-underline-offset: 3px; }
      .close { flex: none; margin: -0.5rem -0.5rem 0 0; }
      @media (prefers-reduced-motion: no-preference) { dialog[open] { animation: fade 120ms ease-out; } }
      @keyframes fade { from { opacity: 0; } }
    `
  ];

  protected updated(changed: PropertyValues<this>) {
    const dialog = this.renderRoot.querySelector("dialog")!;
    if (changed.has("item")) {
      if (this.item && !dialog.open) dialog.showModal();
      if (!this.item && dialog.open) dialog.close();
    }
  }

  private onClose() {
    emit(this, "close-provenance");
  }

  render() {
    const m = messagesFor(this.lang).provenance;
    const item = this.item;
    return html`<dialog aria-labelledby="provenance-title" @close=${this.onClose}>
      ${item
        ? html`<div class="head">
              <h2 id="provenance-title">${m.heading}${messagesFor(this.lang).sep}${item.indicator}</h2>
              <button class="close" @click=${() => this.renderRoot.querySelector("dialog")!.close()}>${m.close}</button>
            </div>
            <dl>
              <dt>${m.written}</dt><dd><strong>${item.written}</strong>${item.formatted !== item.written ? html` (${item.formatted})` : ""}</dd>
              <dt>${messagesFor(this.lang).chart.table.series}</dt><dd>${item.series}</dd>
              <dt>${m.source}</dt><dd>${interpolate(m.sourceLine, {issuer: item.issuer, title: item.source, number: item.documentNumber ? ` ${item.documentNumber}` : "", date: item.date})}</dd>
              ${item.status ? html`<dt>${m.status}</dt><dd>${item.status}</dd>` : ""}
            </dl>
            <blockquote lang="zh-CN" aria-label=${m.quoteLabel}>${item.paragraph.map((s) =>
              s.kind === "plain" ? s.text : s.kind === "quote" ? html`<mark>${s.text}</mark>` : html`<mark><strong>${s.text}</strong></mark>`
            )}</blockquote>
            <p><a href=${this.sourceHref}>${m.openSource}</a></p>`
        : ""}
    </dialog>`;
  }
}

customElements.define("bj-provenance-panel", BjProvenancePanel);

declare global {
  interface HTMLElementTagNameMap {
    "bj-provenance-panel": BjProvenancePanel;
  }
}
