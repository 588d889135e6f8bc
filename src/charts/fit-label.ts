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
  /** A called-out figure's label: bold, in a box that reaches CALLOUT_FAR past its text's far end. */
  callout?: boolean;
}

/** Estimated widths run a little short of what a browser draws; this keeps a label that "just fits" inside. */
const SAFETY = 1.08;
const PAD = 4;
/** How much wider than textWidth's 0.6em a per-cent sign is drawn in bold (about 1em in the wider sans fonts). */
const PER_CENT_EXTRA = 0.4;
/** How far a called-out label's box reaches past the text, at its end away from the mark. */
export const CALLOUT_FAR = 5;

/** A line's estimated width as drawn: a called-out (bold) line with its per-cent signs at their real width. */
export function labelWidth(line: string, font: number, {callout = false} = {}): number {
  const perCent = callout ? (line.split("%").length - 1) * PER_CENT_EXTRA * font * 1.08 : 0;
  return textWidth(line, font, {bold: callout}) + perCent;
}

/**
 * A mark's label beside it, never outside the chart: on the side where it
 * fits on one line (right first, as text reads), else on the roomier side
 * wrapped to that room. A single unbreakable word wider than the room is
 * the one case left to overflow, and the chart's test would report it.
 */
export function fitLabel(text: string, {x, reach, bounds, font, callout = false}: FitOptions): FittedLabel {
  // A called-out label's box must fit too (seen: "2022 90%" in bold 3.6 px past a slide chart's edge).
  const width = labelWidth(text, font, {callout}) * SAFETY + (callout ? CALLOUT_FAR : 0);
  const right = {start: x + reach.right + PAD, room: bounds.right - (x + reach.right + PAD)};
  const left = {end: x - reach.left - PAD, room: x - reach.left - PAD - bounds.left};
  if (width <= right.room) return {side: "right", x: right.start, lines: [text]};
  if (width <= left.room) return {side: "left", x: left.end, lines: [text]};
  const side = right.room >= left.room ? "right" : "left";
  const room = Math.max(side === "right" ? right.room : left.room, font * 3) / SAFETY;
  return {side, x: side === "right" ? right.start : left.end, lines: wrapText(text, room, font, {bold: callout})};
}
