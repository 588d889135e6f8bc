import {css, html, LitElement, nothing} from "lit";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {SNIPPET_KINDS, type DataSnippets, type SnippetKind} from "../model/data-snippets.ts";
import {sharedStyles} from "./shared-styles.ts";
import {copyField} from "./copy-field.ts";

/**
 * "Use this data": code that loads the published files in Python, R,
 * JavaScript and the shell, each in a read-only field with a copy button.
 * Without a clipboard the code is selected, for the keyboard to copy. An
 * offline copy built without the site's address has no address to load
 * from: it offers no code (its data view's full Data Package holds the files).
 */
export class BjDataSnippets extends LitElement {
  static properties = {snippets: {attribute: false}, base: {}, lang: {}, copied: {state: true}, failed: {state: true}};
  declare snippets: DataSnippets | null;
  /** Where the code loads from, shown in the introduction. */
  declare base: string;
  declare lang: Lang;
  declare copied: SnippetKind | "";
  declare failed: boolean;

  constructor() {
    super();
    this.copied = "";
    this.failed = false;
  }

  static styles = [
    sharedStyles,
    css`
      :host { display: block; margin-top: 2rem; }
      h2 { font-size: 1.25rem; }
      h3 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
      textarea { display: block; box-sizing: border-box; width: 100%; font: 0.8125rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); color: var(--fg); border: 1px solid var(--muted); border-radius: 4px; padding: 0.5rem; resize: vertical; }
      textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
      .copy { margin-top: 0.5rem; }
      code { overflow-wrap: anywhere; }
    `
  ];

  private async copy(kind: SnippetKind) {
    const copied = await copyField(this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-snippet=${kind}]`)!);
    this.copied = copied ? kind : "";
    this.failed = !copied;
  }

  render() {
    const m = messagesFor(this.lang).snippets;
    if (!this.snippets) return nothing;
    const snippets = this.snippets;
    return html`<section aria-labelledby="snippets-h">
      <h2 id="snippets-h">${m.heading}</h2>
      <p>${interpolate(m.intro, {url: "\u0000"}).split("\u0000").map((part, i) => (i ? html`<code>${this.base}</code>${part}` : part))}</p>
      ${SNIPPET_KINDS.map((kind) => {
        const code = snippets[kind];
        return html`<h3 id="snippet-${kind}-h">${m[kind]}</h3>
          <textarea data-snippet=${kind} readonly spellcheck="false" rows=${Math.min(16, code.split("\n").length)} aria-labelledby="snippet-${kind}-h" .value=${code}></textarea>
          <button class="copy" data-copy=${kind} aria-label=${interpolate(m.copyLabel, {snippet: m[kind]})} @click=${() => this.copy(kind)}>${this.copied === kind ? m.copied : m.copy}</button>`;
      })}
      <p class="visually-hidden" role="status">${this.failed ? m.copyFailed : this.copied ? m.copied : ""}</p>
    </section>`;
  }
}

customElements.define("bj-data-snippets", BjDataSnippets);

declare global {
  interface HTMLElementTagNameMap {
    "bj-data-snippets": BjDataSnippets;
  }
}
