import type {Piece} from "../model/narrative.ts";

type Figure = Exclude<Piece, string>;

/** A figure with the punctuation that must stay on its line: opening marks before it, closing marks after it. */
export interface GluedFigure<F = Figure> {
  before: string;
  figure: F;
  after: string;
}

// Chinese line-breaking rules (and the Latin ones that matter here): no line starts with closing
// punctuation, none ends with an opening mark.
const OPENING_TAIL = /[（“‘《「『【〔(["']+$/u;
const CLOSING_HEAD = /^[，。、：；！？）”’》」』】〕,.:;!?)\]%…]+/u;

/**
 * A paragraph's pieces with each figure joined to its neighbouring
 * punctuation. A figure is drawn as a button, an atomic inline the browser
 * may break around like an ideograph, so "，平均每年" could start a line;
 * glued and kept together (white-space: nowrap), it cannot.
 */
export function gluePunctuation<F extends object = Figure>(pieces: ReadonlyArray<string | F>): Array<string | GluedFigure<F>> {
  const out: Array<string | GluedFigure<F>> = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (typeof piece === "string") {
      out.push(piece);
      continue;
    }
    const previous = out.at(-1);
    let before = "";
    if (typeof previous === "string") {
      before = previous.match(OPENING_TAIL)?.[0] ?? "";
      if (before) out[out.length - 1] = previous.slice(0, -before.length);
    }
    const next = pieces[i + 1];
    const after = typeof next === "string" ? (next.match(CLOSING_HEAD)?.[0] ?? "") : "";
    out.push({before, figure: piece, after});
    if (after) {
      out.push((next as string).slice(after.length));
      i++;
    }
  }
  return out.filter((p) => p !== "");
}
