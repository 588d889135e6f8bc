import {css, html, LitElement} from "lit";
import {htmlLang, otherLang, type Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {emit} from "../app/events.ts";
import {ServerRendered} from "./server-rendered.ts";

/** A link to the page in the other language; clicking it switches in place and dispatches `lang-change`. */
export class BjLangToggle extends ServerRendered(LitElement) {
  static properties = {lang: {}, href: {}};
  declare lang: Lang;
  /** The same view in the other language (made by the page from its state). */
  declare href: string;

  static styles = css`
    a { display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; padding: 0 0.75rem; color: inherit; border: 1px solid currentColor; border-radius: 4px; text-decoration: none; }
    a:focus-visible { outline: 3px solid var(--focus, #1d4ed8); outline-offset: 2px; }
  `;

  private get other(): Lang {
    return otherLang(this.lang);
  }

  private onClick(event: MouseEvent) {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    emit(this, "lang-change", this.other);
  }

  render() {
    const m = messagesFor(this.lang);
    const other = htmlLang(this.other);
    // The link's name is its visible text, in its own language (WCAG 2.5.3, 3.1.2); what it does is its description, in the page's language.
    return html`<a href=${this.href} hreflang=${other} aria-describedby="switch-description" @click=${this.onClick}><span lang=${other}>${m.lang.switchTo}</span></a><span id="switch-description" hidden>${m.lang.switchLabel}</span>`;
  }
}

customElements.define("bj-lang-toggle", BjLangToggle);

declare global {
  interface HTMLElementTagNameMap {
    "bj-lang-toggle": BjLangToggle;
  }
}
