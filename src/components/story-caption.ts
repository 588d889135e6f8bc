import {html} from "lit";
import type {Piece} from "../model/narrative.ts";

/** A caption's text with its figures set in bold (on a slide and a handout the figures are what the room reads). */
export const caption = (pieces: Piece[]) => pieces.map((p) => (typeof p === "string" ? p : html`<strong>${p.text}</strong>`));
