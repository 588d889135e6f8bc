import type {Observation} from "../schema/dataset.ts";

export interface SourcePiece {
  text: string;
  /** Inside a quote: the observation whose figure this is, or one whose quote covers it. */
  observation?: string;
  /** The piece is an observation's figure (figures never overlap). */
  figure?: boolean;
}

type Located = Pick<Observation, "observation_id" | "quote_start" | "quote_end" | "figure_start" | "figure_end">;

/**
 * A cleaned source cut into paragraphs, each cut into plain text, quoted text
 * and figures, so every used figure can be highlighted and linked where it
 * stands. Quotes may overlap (two figures read from one sentence); figures do not.
 */
export function sourceParagraphs(text: string, observations: readonly Located[]): SourcePiece[][] {
  const cuts = new Set([0, text.length]);
  for (const o of observations) for (const at of [o.quote_start, o.quote_end, o.figure_start, o.figure_end]) cuts.add(at);
  for (const match of text.matchAll(/\n{2,}/g)) cuts.add(match.index).add(match.index + match[0].length);
  const points = [...cuts].sort((a, b) => a - b);
  const paragraphs: SourcePiece[][] = [[]];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const chunk = text.slice(from, to);
    if (/^\n{2,}$/.test(chunk)) {
      paragraphs.push([]);
      continue;
    }
    const figure = observations.find((o) => o.figure_start <= from && to <= o.figure_end);
    const quote = figure ?? observations.find((o) => o.quote_start <= from && to <= o.quote_end);
    const piece: SourcePiece = quote ? {text: chunk, observation: quote.observation_id, ...(figure ? {figure: true} : {})} : {text: chunk};
    const paragraph = paragraphs[paragraphs.length - 1];
    const last = paragraph[paragraph.length - 1];
    // Merge neighbours of the same kind so the markup stays small.
    if (last && !last.figure && !piece.figure && !!last.observation === !!piece.observation) last.text += chunk;
    else paragraph.push(piece);
  }
  return paragraphs.filter((p) => p.length > 0);
}
