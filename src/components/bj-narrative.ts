import {html, LitElement, type TemplateResult} from "lit";
import {emit} from "../app/events.ts";
import type {Piece} from "../model/narrative.ts";
import {gluePunctuation} from "./glue-punctuation.ts";
import type {Lang} from "../i18n/locale.ts";
import {marked} from "./marked.ts";
import {linkTo} from "../model/url-state.ts";

/** A figure's link opens its sentence in a dialog (a modified click keeps the link's meaning: a new tab). */
function open(event: MouseEvent, id: string) {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  emit(event.currentTarget as Element, "open-provenance", id);
}

// Escape hides a tooltip without moving focus (WCAG 1.4.13); it shows again on the next hover or focus.
function onKey(event: KeyboardEvent) {
  if (event.key === "Escape") (event.currentTarget as HTMLElement).classList.add("dismissed");
}

function onEnter(event: Event) {
  (event.currentTarget as HTMLElement).classList.remove("dismissed");
}

export interface NarrativeOptions {
  /** What a figure's tooltip says when its figure has no tip of its own. */
  label: string;
  /** The page's language: Chinese inside English text is marked as such. */
  lang: Lang;
  /** Unique on the page (the section's id): the tooltips' ids start with it. */
  tips: string;
}

/**
 * Narrative paragraphs whose figures are links to the sentence each was read
 * from, in its source document, each with a tooltip naming the source. The
 * static page renders them as they are (src/components/explainer-rest.ts);
 * the live page in bj-narrative, whose links open the sentence in a dialog.
 * Styled by the page (src/styles/narrative.css): in the light DOM, so the
 * static page does not repeat the styles in every chapter.
 */
export function narrativeParagraphs(paragraphs: Piece[][], {label, lang, tips}: NarrativeOptions): TemplateResult[] {
  let n = 0;
  return paragraphs.map(
    (pieces) => html`<p>${gluePunctuation(pieces).map((part) => {
      if (typeof part === "string") return marked(part, lang);
      const {before, figure, after} = part;
      const tip = `tip-${tips}-${n++}`;
      const {observation_id: id, source_id: doc} = figure.observation;
      const button = html`<span class="wrap" @keydown=${onKey} @focusin=${onEnter} @pointerenter=${onEnter}><a class="figure" href=${linkTo(lang, {view: "source", doc, hash: `q-${id}`})} aria-describedby=${tip} @click=${(e: MouseEvent) => open(e, id)}>${figure.text}</a><span class="tip" role="tooltip" id=${tip}>${marked(figure.tip ?? label, lang)}</span></span>`;
      return before || after ? html`<span class="glued">${marked(before, lang)}${button}${marked(after, lang)}</span>` : button;
    })}</p>`
  );
}

/** The live page's narrative (narrativeParagraphs). */
export class BjNarrative extends LitElement {
  static properties = {paragraphs: {attribute: false}, label: {}, lang: {}, tips: {}};
  declare paragraphs: Piece[][];
  declare label: string;
  declare lang: Lang;
  declare tips: string;

  protected createRenderRoot() {
    return this;
  }

  render() {
    return narrativeParagraphs(this.paragraphs, {label: this.label, lang: this.lang, tips: this.tips});
  }
}

customElements.define("bj-narrative", BjNarrative);

declare global {
  interface HTMLElementTagNameMap {
    "bj-narrative": BjNarrative;
  }
}
