import {css, html, LitElement} from "lit";
import {emit} from "../app/events.ts";
import type {Piece} from "../model/narrative.ts";
import {gluePunctuation} from "./glue-punctuation.ts";
import type {Lang} from "../i18n/locale.ts";
import {marked} from "./marked.ts";
import {linkTo} from "../model/url-state.ts";
import {sharedStyles} from "./shared-styles.ts";
import {ServerRendered} from "./server-rendered.ts";

/**
 * Narrative paragraphs whose figures are links to the sentence each was read
 * from, in its source document: the live page opens the sentence in a dialog
 * instead (a modified click keeps the link's meaning: a new tab).
 */
export class BjNarrative extends ServerRendered(LitElement) {
  static properties = {paragraphs: {attribute: false}, label: {}, lang: {}};
  declare paragraphs: Piece[][];
  declare label: string;
  /** The page's language: Chinese inside English text is marked as such. */
  declare lang: Lang;

  static styles = [
    sharedStyles,
    css`
      :host { display: block; }
      p { margin: 0 0 0.75rem; font-size: 1.0625rem; }
      .glued { white-space: nowrap; }
      .wrap { position: relative; }
      .tip { display: none; white-space: normal; position: absolute; z-index: 2; inset-inline-start: 0; bottom: calc(100% + 4px); width: max-content; max-width: min(20rem, 80vw); padding: 0.35rem 0.5rem; font-size: 0.8125rem; line-height: 1.4; background: var(--fg); color: var(--bg); border-radius: 4px; }
      .wrap:hover .tip, a.figure:focus-visible + .tip { display: block; }
      .wrap.dismissed .tip { display: none; }
      a.figure { display: inline-block; min-height: 24px; min-width: 24px; padding: 0 0.15em; margin: 0; border-bottom: 2px solid currentColor; border-radius: 2px; background: var(--mark); color: var(--fg); font-weight: 600; line-height: inherit; text-decoration: none; }
      a.figure:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    `
  ];

  private open(event: MouseEvent, id: string) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    emit(this, "open-provenance", id);
  }

  // Escape hides a tooltip without moving focus (WCAG 1.4.13); it shows again on the next hover or focus.
  private onKey(event: KeyboardEvent) {
    if (event.key === "Escape") (event.currentTarget as HTMLElement).classList.add("dismissed");
  }

  private onEnter(event: Event) {
    (event.currentTarget as HTMLElement).classList.remove("dismissed");
  }

  render() {
    let n = 0;
    return this.paragraphs.map(
      (pieces) => html`<p>${gluePunctuation(pieces).map((part) => {
        if (typeof part === "string") return marked(part, this.lang);
        const {before, figure, after} = part;
        const tip = `tip-${n++}`;
        const {observation_id: id, source_id: doc} = figure.observation;
        const button = html`<span class="wrap" @keydown=${this.onKey} @focusin=${this.onEnter} @pointerenter=${this.onEnter}><a class="figure" href=${linkTo(this.lang, {view: "source", doc, hash: `q-${id}`})} aria-describedby=${tip} @click=${(e: MouseEvent) => this.open(e, id)}>${figure.text}</a><span class="tip" role="tooltip" id=${tip}>${marked(figure.tip ?? this.label, this.lang)}</span></span>`;
        return before || after ? html`<span class="glued">${marked(before, this.lang)}${button}${marked(after, this.lang)}</span>` : button;
      })}</p>`
    );
  }
}

customElements.define("bj-narrative", BjNarrative);

declare global {
  interface HTMLElementTagNameMap {
    "bj-narrative": BjNarrative;
  }
}
