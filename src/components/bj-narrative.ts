import {css, html, LitElement} from "lit";
import type {Piece} from "../data/narrative.ts";
import {sharedStyles} from "./shared-styles.ts";

/**
 * Narrative paragraphs whose figures are buttons: each opens the sentence the
 * figure was read from.
 */
export class BjNarrative extends LitElement {
  static properties = {paragraphs: {attribute: false}, label: {}};
  declare paragraphs: Piece[][];
  declare label: string;

  static styles = [
    sharedStyles,
    css`
      :host { display: block; }
      p { margin: 0 0 0.75rem; font-size: 1.0625rem; }
      button.figure { min-height: 24px; min-width: 24px; padding: 0 0.15em; margin: 0; border: 0; border-bottom: 2px solid currentColor; border-radius: 2px; background: var(--mark); color: var(--fg); font-weight: 600; line-height: inherit; }
    `
  ];

  private open(id: string) {
    this.dispatchEvent(new CustomEvent("open-provenance", {detail: id, bubbles: true, composed: true}));
  }

  render() {
    return this.paragraphs.map(
      (pieces) => html`<p>${pieces.map((piece) =>
        typeof piece === "string"
          ? piece
          : html`<button class="figure" title=${this.label} @click=${() => this.open(piece.observation.observation_id)}>${piece.text}</button>`
      )}</p>`
    );
  }
}

customElements.define("bj-narrative", BjNarrative);
