import {deflateSync, inflateSync} from "fflate";
import {DECK_LIMITS, type Deck} from "./deck-schema.ts";
import {readDeckFile, type DeckResult} from "./deck-validate.ts";

/**
 * A deck in the page's address and in a file. The file is the deck's JSON,
 * indented for a person to read; the address holds the same JSON deflated and
 * in base64url behind a one-character format mark ("1"), so a ten-slide
 * briefing with notes in both languages fits a link. Reading either goes
 * through the same checks (deck-validate.ts); a payload is unpacked to a
 * bounded size, so a short link cannot unpack into a large deck.
 */

const MARK = "1";

function toBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The deck as a file's text. */
export function deckFile(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}

/** The deck as the address's payload. */
export function encodeDeck(deck: Deck): string {
  return MARK + toBase64url(deflateSync(new TextEncoder().encode(JSON.stringify(deck)), {level: 9}));
}

/** A payload from an address: the deck it holds, checked, or why it cannot be read. */
export function decodeDeck(payload: string): DeckResult {
  if (payload.length > DECK_LIMITS.payload) return {ok: false, problem: {code: "too-large"}};
  if (payload[0] !== MARK || !/^[A-Za-z0-9_-]+$/.test(payload.slice(1))) return {ok: false, problem: {code: "damaged-link"}};
  let text: string;
  try {
    // One byte more than allowed: if it fills, the deck is too large (inflateSync stops at the buffer's end).
    const out = inflateSync(fromBase64url(payload.slice(1)), {out: new Uint8Array(DECK_LIMITS.unpacked + 1)});
    if (out.length > DECK_LIMITS.unpacked) return {ok: false, problem: {code: "too-large"}};
    text = new TextDecoder("utf-8", {fatal: true}).decode(out);
  } catch {
    return {ok: false, problem: {code: "damaged-link"}};
  }
  const read = readDeckFile(text);
  return read.ok || read.problem.code !== "not-json" ? read : {ok: false, problem: {code: "damaged-link"}};
}

/** A file's bytes as the deck they hold: UTF-8 only (a file in another encoding is not a deck this page wrote). */
export function readDeckBytes(bytes: Uint8Array): DeckResult {
  if (bytes.length > DECK_LIMITS.file) return {ok: false, problem: {code: "too-large", detail: DECK_LIMITS.file}};
  let text: string;
  try {
    text = new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    return {ok: false, problem: {code: "not-json"}};
  }
  return readDeckFile(text, bytes.length);
}

/** A short, stable name for a deck's presentation (the speaker's channel, the timer's key): a hash of its payload. */
export function deckKey(payload: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < payload.length; i++) {
    hash ^= payload.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `deck-${hash.toString(36)}`;
}
