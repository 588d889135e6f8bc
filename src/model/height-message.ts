/**
 * The message an embedded page (embed.html) posts to the page that frames it
 * whenever its content height changes:
 *
 *   {type: "bj-edu:height", height: <the content height in CSS pixels, an integer>}
 *
 * It carries nothing but a height. The host snippet (embed-snippet.ts) applies
 * it only when it comes from its own iframe's window, from the embed's exact
 * origin, and has this shape with a height in (0, MAX_EMBED_HEIGHT).
 */
export const HEIGHT_MESSAGE = "bj-edu:height";

/** Heights at or above this are not applied (a damaged or hostile message). */
export const MAX_EMBED_HEIGHT = 20000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return {type: HEIGHT_MESSAGE, height};
}

/**
 * The height a host applies for a message, in whole pixels, or null. Rounded
 * first and then checked, so 19999.5 (20000) and 0.2 (0) are refused rather
 * than stretched into range. The host scripts (embed-snippet.ts) make the
 * same test.
 */
export function acceptedHeight(data: unknown): number | null {
  if (!data || typeof data !== "object") return null;
  const {type, height} = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE || typeof height !== "number" || !Number.isFinite(height)) return null;
  const whole = Math.round(height);
  return whole > 0 && whole < MAX_EMBED_HEIGHT ? whole : null;
}

/** Whether a message's data is a height message a host may apply. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  return acceptedHeight(data) !== null;
}

/** What the embed remembers between measurements (report-height.ts). */
export interface HeightReports {
  /** The last height posted (0 before the first). */
  last: number;
  /** The frame's width when it was posted. */
  width: number;
  /** How many heights running grew while the frame had followed the one before. */
  followed: number;
}

export interface Measurement {
  /** The content's height, with any open menu or dialog. */
  height: number;
  /** The frame's inner width and height now. */
  width: number;
  frameHeight: number;
  /** The reader has clicked or pressed a key since the last height was posted. */
  input: boolean;
}

/** How many heights running may grow with the frame before the embed stops posting growth. */
export const FOLLOW_LIMIT = 2;

/**
 * Whether to post a measured height, and what to remember. Only a change is
 * posted. A height that grows while the frame has just taken the last one
 * (same width, frame as tall as the last height, no reader input since) is
 * content growing with its frame, which would feed back without end: it is
 * posted at most FOLLOW_LIMIT times running, then no more until the width
 * changes, the reader acts, or the height shrinks.
 */
export function nextReport(state: HeightReports, {height, width, frameHeight, input}: Measurement): {post: boolean; state: HeightReports} {
  if (height <= 0 || height === state.last) return {post: false, state};
  const following = state.last > 0 && height > state.last && width === state.width && frameHeight === state.last && !input;
  const followed = following ? state.followed + 1 : 0;
  if (followed > FOLLOW_LIMIT) return {post: false, state};
  return {post: true, state: {last: height, width, followed}};
}
