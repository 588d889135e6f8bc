import type {Observation} from "./types.ts";

export interface SourcePiece {
  text: string;
  /** The observation whose quote this piece belongs to. */
  observation?: string;
  figure?: boolean;
}

type Located = Pick<Observation, "observation_id" | "quote_start" | "quote_end" | "figure_start" | "figure_end">;

/**
 * A cleaned source cut into paragraphs, each cut into plain text and quoted
 * spans, so every used figure can be highlighted where it stands. Quotes never
 * overlap (each is unique in its source); if two did, the later one is skipped.
 */
export function sourceParagraphs(text: string, observations: readonly Located[]): SourcePiece[][] {
  const quotes = [...observations].sort((a, b) => a.quote_start - b.quote_start);
  const pieces: SourcePiece[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.quote_start < at) continue;
    if (q.quote_start > at) pieces.push({text: text.slice(at, q.quote_start)});
    const parts: Array<[number, number, boolean]> = [[q.quote_start, q.figure_start, false], [q.figure_start, q.figure_end, true], [q.figure_end, q.quote_end, false]];
    for (const [a, b, figure] of parts) if (b > a) pieces.push({text: text.slice(a, b), observation: q.observation_id, ...(figure ? {figure} : {})});
    at = q.quote_end;
  }
  if (at < text.length) pieces.push({text: text.slice(at)});
  // Split into paragraphs at blank lines, carrying quote membership across.
  const paragraphs: SourcePiece[][] = [[]];
  for (const piece of pieces) {
    const chunks = piece.text.split(/\n{2,}/);
    chunks.forEach((chunk, i) => {
      if (i > 0) paragraphs.push([]);
      if (chunk) paragraphs[paragraphs.length - 1].push({...piece, text: chunk});
    });
  }
  return paragraphs.filter((p) => p.length > 0);
}
