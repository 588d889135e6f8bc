import {html} from "lit";
import type {Lang} from "../i18n/locale.ts";
import type {Piece} from "../model/narrative.ts";
import {marked} from "./marked.ts";

/** A caption's text with its figures set in bold (on a slide and a handout the figures are what the room reads), never broken inside a figure. */
export const caption = (pieces: Piece[], lang: Lang) => pieces.map((p) => (typeof p === "string" ? marked(p, lang) : html`<strong class="nobr">${marked(p.text, lang)}</strong>`));
