import {textWidth, wrapText} from "./wrap-text.ts";

export interface FittedLabel {
  side: "left" | "right";
  /** Where the text starts (right side) or ends (left side). */
  x: number;
  lines: string[];
}

export interface FitOptions {
  /** The mark's position. */
  x: number;
  /** How far the mark's shape reaches either side. */
  reach: {left: number; right: number};
  /** Where text may go: the chart's edges. */
  bounds: {left: number; right: number};
  font: number;
  /** A called-out label: bold, on a box (CALLOUT_PAD) that must stay inside too. */
  callout?: boolean;
}

/** Estimated widths run a little short of what a browser draws; this keeps a label that "just fits" inside. */
const SAFETY = 1.08;
const PAD = 4;
/** How much wider than textWidth's 0.6em a per-cent sign is drawn (about 1em in the wider sans fonts, bold). */
const PER_CENT_EXTRA = 0.4;
/** The box behind a called-out label reaches this far past its text: a little at the mark's end, more at the far end. */
export const CALLOUT_PAD = {near: 3, far: 5};

/**
 * A label line's drawn width, estimated; a called-out one is bold with its
 * per-cent signs at their real width, where an estimate short of the font's
 * would let the text out of its box (seen: "2022 90%" with its % outside).
 */
export function labelWidth(line: string, font: number, {callout = false} = {}): number {
  if (!callout) return textWidth(line, font);
  return textWidth(line, font, {bold: true}) + (line.split("%").length - 1) * PER_CENT_EXTRA * font * SAFETY;
}

/**
 * A mark's label beside it, never outside the chart: on the side where it
 * fits on one line (right first, as text reads), else on the roomier side
 * wrapped to that room. A single unbreakable word wider than the room is
 * the one case left to overflow, and the chart's test would report it.
 */
export function fitLabel(text: string, {x, reach, bounds, font, callout = false}: FitOptions): FittedLabel {
  // A callout's box takes its far padding out of the room.
  const far = callout ? CALLOUT_PAD.far : 0;
  const width = labelWidth(text, font, {callout}) * SAFETY;
  const right = {start: x + reach.right + PAD, room: bounds.right - far - (x + reach.right + PAD)};
  const left = {end: x - reach.left - PAD, room: x - reach.left - PAD - far - bounds.left};
  if (width <= right.room) return {side: "right", x: right.start, lines: [text]};
  if (width <= left.room) return {side: "left", x: left.end, lines: [text]};
  const side = right.room >= left.room ? "right" : "left";
  const room = Math.max(side === "right" ? right.room : left.room, font * 3) / SAFETY;
  return {side, x: side === "right" ? right.start : left.end, lines: wrapText(text, room, font, {bold: callout})};
}
