import {deflateSync} from "fflate";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {decodeDeck, deckFile, deckKey, encodeDeck, readDeckBytes} from "../../src/model/deck-codec.ts";
import {DECK_LIMITS, emptyDeck, type Deck} from "../../src/model/deck-schema.ts";

const deck: Deck = {
  ...emptyDeck("0.3.0"),
  title: {zh: "我的简报", en: "My briefing"},
  slides: [
    {chart: "school-places", reveal: ["pace", "actual"], text: {en: {title: "Places", caption: "The city added {school-places-added:actual}.", notes: "Point.\nQuestion.\nAnswer."}, zh: {title: "学位", caption: "新增{school-places-added:actual}。", notes: "要点。"}}, figures: {"school-places-added:actual": ["summary-2022/school-places-added", 36000]}},
    {chart: null, text: {en: {title: "What to ask for", caption: "", notes: ""}}}
  ]
};

const b64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

describe("a deck in the address", () => {
  it("round-trips, in characters a URL carries as they are", () => {
    const payload = encodeDeck(deck);
    expect(payload).toMatch(/^1[A-Za-z0-9_-]+$/);
    expect(decodeDeck(payload)).toEqual({ok: true, deck});
  });

  it("is compact: a ten-slide briefing with notes in both languages fits a link of a few kB", () => {
    const slide = deck.slides[0];
    const long: Deck = {...deck, slides: Array.from({length: 10}, (_, i) => ({...slide, text: {en: {...slide.text.en!, notes: `Point ${i}: a sentence a presenter says. `.repeat(6)}, zh: {...slide.text.zh!, notes: `要点${i}：演讲者要说的一句话。`.repeat(6)}}}))};
    expect(encodeDeck(long).length).toBeLessThan(3000);
    expect(JSON.stringify(long).length).toBeGreaterThan(6000);
  });

  it("refuses a damaged payload with a clear reason, never throwing", () => {
    expect(decodeDeck("")).toEqual({ok: false, problem: {code: "damaged-link"}});
    expect(decodeDeck("2abc")).toEqual({ok: false, problem: {code: "damaged-link"}});
    expect(decodeDeck("1%%%")).toEqual({ok: false, problem: {code: "damaged-link"}});
    expect(decodeDeck(encodeDeck(deck).slice(0, 40))).toEqual({ok: false, problem: {code: "damaged-link"}});
    expect(decodeDeck(`1${b64url(deflateSync(new TextEncoder().encode("not json")))}`)).toEqual({ok: false, problem: {code: "damaged-link"}});
    expect(decodeDeck(`1${"A".repeat(DECK_LIMITS.payload)}`)).toEqual({ok: false, problem: {code: "too-large"}});
  });

  it("refuses a small payload that unpacks into a large one (a zip bomb)", () => {
    const bomb = `1${b64url(deflateSync(new TextEncoder().encode(`{"a":"${" ".repeat(2_000_000)}"}`), {level: 9}))}`;
    expect(bomb.length).toBeLessThan(DECK_LIMITS.payload);
    expect(decodeDeck(bomb)).toEqual({ok: false, problem: {code: "too-large"}});
  });

  it("runs a payload's JSON through the deck's checks", () => {
    const hostile = `1${b64url(deflateSync(new TextEncoder().encode(JSON.stringify({...deck, title: {en: "<img src=x onerror=alert(1)>"}}))))}`;
    expect(decodeDeck(hostile)).toEqual({ok: false, problem: {code: "markup", at: "title.en"}});
  });

  it("never throws, whatever the string (property)", () => {
    fc.assert(fc.property(fc.string({maxLength: 200}), (s) => {
      const result = decodeDeck(s);
      expect(typeof result.ok).toBe("boolean");
    }));
  });

  it("names a presentation by its payload", () => {
    expect(deckKey("1abc")).toBe(deckKey("1abc"));
    expect(deckKey("1abc")).not.toBe(deckKey("1abd"));
    expect(deckKey("1abc")).toMatch(/^deck-[a-z0-9]+$/);
  });
});

describe("a deck in a file", () => {
  it("is indented JSON that reads back", () => {
    const text = deckFile(deck);
    expect(text).toContain('\n  "format": "bj-edu-briefing"');
    expect(readDeckBytes(new TextEncoder().encode(text))).toEqual({ok: true, deck});
  });

  it("must be UTF-8, and small", () => {
    expect(readDeckBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toEqual({ok: false, problem: {code: "not-json"}});
    expect(readDeckBytes(new Uint8Array(DECK_LIMITS.file + 1))).toEqual({ok: false, problem: {code: "too-large", detail: DECK_LIMITS.file}});
  });
});
