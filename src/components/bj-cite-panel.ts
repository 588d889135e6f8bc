import {css, html, LitElement} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {marked} from "./marked.ts";
import {sharedStyles} from "./shared-styles.ts";

export interface Citation {
  id: string;
  title: string;
  text: string;
  bibtex: string;
  csl: string;
}

/** How to cite the dataset and each source, as text, BibTeX and CSL-JSON, each with a copy button. */
export class BjCitePanel extends LitElement {
  static properties = {citations: {attribute: false}, lang: {}, copied: {state: true}};
  declare citations: Citation[];
  declare lang: Lang;
  declare copied: string;

  constructor() {
    super();
    this.copied = "";
  }

  static styles = [
    sharedStyles,
    css`
      :host { display: block; margin-top: 2rem; }
      h2 { font-size: 1.25rem; }
      h3 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); padding: 0.5rem; margin: 0.25rem 0; font-size: 0.8125rem; }
      .format { display: flex; align-items: center; gap: 0.5rem; justify-content: space-between; }
    `
  ];

  private async copy(key: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = key;
    } catch {
      // Without clipboard permission the text stays selectable in the panel.
      this.copied = "";
    }
  }

  render() {
    const m = messagesFor(this.lang).cite;
    return html`<section aria-labelledby="cite-h">
      <h2 id="cite-h">${m.heading}</h2>
      <p>${m.intro}</p>
      ${this.citations.map((c) => html`<h3>${c.title}</h3>
        ${(["text", "bibtex", "csl"] as const).map((format) => {
          const key = `${c.id}-${format}`;
          return html`<div class="format"><strong>${m[format]}</strong>
            <button @click=${() => this.copy(key, c[format])} aria-label="${m.copy} ${c.title} ${m[format]}">${this.copied === key ? m.copied : m.copy}</button></div>
            <pre>${marked(c[format], this.lang)}</pre>`;
        })}`)}
      <p class="visually-hidden" role="status">${this.copied ? m.copied : ""}</p>
    </section>`;
  }
}

customElements.define("bj-cite-panel", BjCitePanel);

declare global {
  interface HTMLElementTagNameMap {
    "bj-cite-panel": BjCitePanel;
  }
}
