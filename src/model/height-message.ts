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

/** Whether a message's data is a height message a host may apply (the same test the host script makes). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!data || typeof data !== "object") return false;
  const {type, height} = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE && typeof height === "number" && Number.isFinite(height) && height > 0 && height < MAX_EMBED_HEIGHT;
}
