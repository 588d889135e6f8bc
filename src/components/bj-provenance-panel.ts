import {css, html, LitElement, type PropertyValues} from "lit";
import {emit} from "../app/events.ts";
import {popupClosed, popupOpened} from "../app/popups.ts";
import {closesDialog, DialogHistory} from "../app/dialog-history.ts";
import type {Provenance} from "../model/provenance.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {marked} from "./marked.ts";
import {quoteTranslation} from "./quote-translation.ts";
import {sharedStyles} from "./shared-styles.ts";

/** A modal dialog with a figure's quote highlighted inside its paragraph. Closing dispatches `close-provenance`. */
export class BjProvenancePanel extends LitElement {
  static properties = {item: {attribute: false}, lang: {}, sourceHref: {}, history: {type: Boolean}};
  declare item: Provenance | null;
  declare lang: Lang;
  declare sourceHref: string;
  /** Back closes the dialog (a history entry while it is open); off in an embed, whose history is its host's. */
  declare history: boolean;

  private readonly entry = new DialogHistory(this, () => this.renderRoot.querySelector("dialog")?.close(), () => this.history);

  constructor() {
    super();
    this.history = true;
  }

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
      .unchecked { margin: 0 0 0.5rem; padding: 0.5rem 0.75rem; border: 1px solid var(--s-behind); border-radius: 4px; }
      @media (prefers-reduced-motion: no-preference) { dialog[open] { animation: fade 120ms ease-out; } }
      @keyframes fade { from { opacity: 0; } }
    `
  ];

  protected updated(changed: PropertyValues<this>) {
    const dialog = this.renderRoot.querySelector("dialog")!;
    if (changed.has("item")) {
      if (this.item && !dialog.open) (dialog.showModal(), this.entry.opened());
      if (!this.item && dialog.open) dialog.close();
      // In an embed, the frame grows to hold the dialog whole (report-height.ts); a new quote may be longer.
      if (dialog.open) popupOpened(dialog);
    }
  }

  private onClose() {
    popupClosed(this.renderRoot.querySelector("dialog")!);
    this.entry.closed();
    emit(this, "close-provenance");
  }

  render() {
    const m = messagesFor(this.lang).provenance;
    const item = this.item;
    return html`<dialog aria-labelledby="provenance-title" @close=${this.onClose} @click=${(e: MouseEvent) => closesDialog(e) && this.renderRoot.querySelector("dialog")!.close()}>
      ${item
        ? html`<div class="head">
              <h2 id="provenance-title">${m.heading}${messagesFor(this.lang).sep}${marked(item.indicator, this.lang)}</h2>
              <button class="close" @click=${() => this.renderRoot.querySelector("dialog")!.close()}>${m.close}</button>
            </div>
            <dl>
              <dt>${m.written}</dt><dd><strong lang="zh-CN">${item.written}</strong>${item.formatted !== item.written ? html` (${marked(item.formatted, this.lang)})` : ""}</dd>
              <dt>${messagesFor(this.lang).chart.table.series}</dt><dd>${item.series}</dd>
              <dt>${m.source}</dt><dd>${marked(interpolate(m.sourceLine, {issuer: item.issuer, title: item.source, number: item.documentNumber ? ` ${item.documentNumber}` : "", date: item.date}), this.lang)}</dd>
              ${item.status ? html`<dt>${m.status}</dt><dd>${item.status}</dd>` : ""}
            </dl>
            ${item.unchecked ? html`<p class="unchecked" role="note">${m.unchecked}</p>` : ""}
            <blockquote lang="zh-CN" aria-label=${m.quoteLabel}>${item.paragraph.map((s) =>
              s.kind === "plain" ? s.text : s.kind === "quote" ? html`<mark>${s.text}</mark>` : html`<mark><strong>${s.text}</strong></mark>`
            )}</blockquote>
            ${quoteTranslation(item.translation, m.translation)}
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
