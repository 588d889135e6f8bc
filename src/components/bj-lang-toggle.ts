import {css, html, LitElement} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";

/** A link to the page in the other language; clicking it switches in place and dispatches `lang-change`. */
export class BjLangToggle extends LitElement {
  static properties = {lang: {}};
  declare lang: Lang;

  static styles = css`
    a { display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; padding: 0 0.75rem; color: inherit; border: 1px solid currentColor; border-radius: 4px; text-decoration: none; }
    a:focus-visible { outline: 3px solid var(--focus, #1d4ed8); outline-offset: 2px; }
  `;

  private get other(): Lang {
    return this.lang === "zh" ? "en" : "zh";
  }

  private onClick(event: MouseEvent) {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    this.dispatchEvent(new CustomEvent<Lang>("lang-change", {detail: this.other, bubbles: true, composed: true}));
  }

  render() {
    const m = messagesFor(this.lang);
    const url = new URL(location.href);
    if (this.other === "en") url.searchParams.set("lang", "en");
    else url.searchParams.delete("lang");
    return html`<a href=${url.search || "?"} hreflang=${this.other === "en" ? "en" : "zh-CN"} lang=${this.other === "en" ? "en" : "zh-CN"} aria-label=${m.lang.switchLabel} @click=${this.onClick}>${m.lang.switchTo}</a>`;
  }
}

customElements.define("bj-lang-toggle", BjLangToggle);
