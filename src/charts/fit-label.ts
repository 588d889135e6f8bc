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
}

/** Estimated widths run a little short of what a browser draws; this keeps a label that "just fits" inside. */
const SAFETY = 1.08;
const PAD = 4;

/**
 * A mark's label beside it, never outside the chart: on the side where it
 * fits on one line (right first, as text reads), else on the roomier side
 * wrapped to that room. A single unbreakable word wider than the room is
 * the one case left to overflow, and the chart's test would report it.
 */
export function fitLabel(text: string, {x, reach, bounds, font}: FitOptions): FittedLabel {
  const width = textWidth(text, font) * SAFETY;
  const right = {start: x + reach.right + PAD, room: bounds.right - (x + reach.right + PAD)};
  const left = {end: x - reach.left - PAD, room: x - reach.left - PAD - bounds.left};
  if (width <= right.room) return {side: "right", x: right.start, lines: [text]};
  if (width <= left.room) return {side: "left", x: left.end, lines: [text]};
  const side = right.room >= left.room ? "right" : "left";
  const room = Math.max(side === "right" ? right.room : left.room, font * 3) / SAFETY;
  return {side, x: side === "right" ? right.start : left.end, lines: wrapText(text, room, font)};
}
