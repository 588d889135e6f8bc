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
