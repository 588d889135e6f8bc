import {html} from "lit";
import type {SlidePiece} from "../model/story-steps.ts";
import {emit} from "../app/events.ts";
import {gluePunctuation} from "./glue-punctuation.ts";
import type {Lang} from "../i18n/locale.ts";
import {marked} from "./marked.ts";

/**
 * A slide's text with its figures set apart (on a slide and a handout the
 * figures are what the room reads; a figure never breaks across lines). With
 * `links`, each figure is a button that opens the sentence it comes from.
 */
export function caption(pieces: readonly SlidePiece[], {links = false, lang}: {links?: boolean; lang?: Lang} = {}) {
  // Words of the other language in the text are marked as such (a Chinese term in an English caption).
  return gluePunctuation(pieces).map((g) => {
    if (typeof g === "string") return lang ? marked(g, lang) : g;
    const p = g.figure;
    const id = p.observation.observation_id;
    const figure = links
      ? html`<button class="figure" data-observation=${id} @click=${(e: Event) => emit(e.currentTarget as Element, "open-provenance", id)}>${p.text}</button>`
      : html`<strong class="figure">${p.text}</strong>`;
    // Punctuation next to a figure stays on its line (no line starts with "。").
    return g.before || g.after ? html`<span class="keep">${g.before}${figure}${g.after}</span>` : figure;
  });
}

/** Notes as paragraphs (a line break in the text starts a new one), never broken inside a word or a figure. */
export function paragraphs(text: string, lang: Lang) {
  return text.split(/\n+/).filter((p) => p.trim()).map((p) => html`<p>${marked(p, lang)}</p>`);
}
