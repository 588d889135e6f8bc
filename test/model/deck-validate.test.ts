import {describe, expect, it} from "vitest";
import {DECK_LIMITS, emptyDeck} from "../../src/model/deck-schema.ts";
import {readDeckFile, textProblem, validateDeck} from "../../src/model/deck-validate.ts";

const good = {
  format: "bj-edu-briefing", version: 2, data: "0.3.0", title: {en: "A briefing"},
  slides: [
    {chart: "school-places", rows: ["school-places-added"], reveal: ["pace", "actual"], text: {en: {title: "Places", caption: "Added {school-places-added:actual}.", notes: "Say it.\nThen this."}}, figures: {"school-places-added:actual": ["summary-2022/school-places-added", 36000]}},
    {chart: null, text: {zh: {title: "要点", caption: "", notes: ""}}}
  ]
};
const read = (value: unknown) => validateDeck(value);
const problem = (value: unknown) => {
  const result = read(value);
  return result.ok ? null : result.problem;
};
const withSlide = (slide: Record<string, unknown>) => ({...good, slides: [slide]});

describe("validateDeck", () => {
  it("reads a deck, rebuilt from its known fields", () => {
    const result = read(JSON.parse(JSON.stringify(good)));
    expect(result).toEqual({ok: true, deck: {...good, slides: [good.slides[0], {chart: null, text: {zh: {title: "要点", caption: "", notes: ""}}}]}});
    expect(read(emptyDeck(null))).toEqual({ok: true, deck: emptyDeck(null)});
  });

  it("reads a version 1 deck (titles of at most 160 characters) as the current version, and says a later one is newer", () => {
    const result = read({...good, version: 1, title: {en: "x".repeat(160)}});
    expect(result.ok && result.deck.version).toBe(2);
    expect(result.ok && result.deck.title.en).toBe("x".repeat(160));
    expect(problem({...good, version: 3})).toEqual({code: "newer", at: "version", detail: 3});
    expect(problem({...good, version: 0})?.code).toBe("version");
  });

  it("fills a language's missing fields with empty text and keeps line breaks in notes", () => {
    const result = read(withSlide({chart: null, text: {en: {title: "Only a title"}}}));
    expect(result.ok && result.deck.slides[0].text.en).toEqual({title: "Only a title", caption: "", notes: ""});
  });

  it("refuses what is not a briefing of this site, or of a newer version", () => {
    for (const value of [null, [], "deck", 3, {}, {...good, format: "reveal"}]) expect(problem(value)?.code, JSON.stringify(value)).toBe("not-a-briefing");
    expect(problem({...good, version: 3})).toEqual({code: "newer", at: "version", detail: 3});
    for (const version of ["1", 0, 1.5, null]) expect(problem({...good, version})?.code).toBe("version");
  });

  it("names the field at fault", () => {
    expect(problem({...good, extra: 1})).toEqual({code: "unknown-field", at: "extra"});
    expect(problem(withSlide({chart: "a", text: {en: {title: 3}}}))).toEqual({code: "wrong-type", at: "slides[0].text.en.title", detail: "text"});
    expect(problem(withSlide({chart: "a", text: {fr: {title: "x"}}}))).toEqual({code: "unknown-field", at: "slides[0].text.fr"});
    expect(problem(withSlide({text: {}}))).toEqual({code: "wrong-type", at: "slides[0].chart", detail: "chart"});
    expect(problem({...good, slides: {}})).toEqual({code: "wrong-type", at: "slides", detail: "list"});
    expect(problem({...good, data: "<b>"})).toEqual({code: "wrong-type", at: "data", detail: "version"});
  });

  it("refuses keys that could reach a prototype, however they are written", () => {
    expect(problem(JSON.parse('{"format":"bj-edu-briefing","version":1,"slides":[],"__proto__":{"polluted":1}}'))).toEqual({code: "unknown-field", at: "__proto__"});
    expect(problem(withSlide(JSON.parse('{"chart":null,"text":{},"constructor":{"prototype":{"x":1}}}')))?.code).toBe("unknown-field");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses markup, control and direction characters in text", () => {
    for (const title of ["<script>alert(1)</script>", "a <img src=x onerror=alert(1)>", "<!-- x -->", "</p>", "<?xml"]) expect(problem(withSlide({chart: null, text: {en: {title}}}))?.code, title).toBe("markup");
    for (const title of ["a\u202eb", "a\u2066b", "a\u0000b", "a\u200fb", "line\nbreak", "\ud800"]) expect(problem(withSlide({chart: null, text: {en: {title}}}))?.code, JSON.stringify(title)).toBe("characters");
    // "<" before a digit or a space is text: "fewer than" can be written so.
    expect(read(withSlide({chart: null, text: {en: {title: "a < b, <5"}}})).ok).toBe(true);
  });

  it("refuses chart and row names that are not ids, and series the site does not draw", () => {
    for (const chart of ["../../etc/passwd", "javascript:alert(1)", "A", "a b", "x".repeat(81)]) expect(problem(withSlide({chart, text: {}}))).toEqual({code: "bad-id", at: "slides[0].chart"});
    expect(problem(withSlide({chart: "a", rows: ["ok", "https://evil"], text: {}}))).toEqual({code: "bad-id", at: "slides[0].rows[1]"});
    expect(problem(withSlide({chart: "a", reveal: ["actual", "<b>"], text: {}}))).toEqual({code: "bad-series", at: "slides[0].reveal[1]"});
    expect(problem(withSlide({chart: "a", text: {}, figures: {"a:actual": ["../x", 1]}}))?.code).toBe("wrong-type");
    expect(problem(withSlide({chart: "a", text: {}, figures: {"a:actual": ["s/a", "1"]}}))?.code).toBe("wrong-type");
    expect(problem(withSlide({chart: "a", text: {}, figures: {"a:evil": ["s/a", 1]}}))?.code).toBe("unknown-field");
  });

  it("holds a deck to its limits", () => {
    expect(problem({...good, slides: Array.from({length: DECK_LIMITS.slides + 1}, () => ({chart: null, text: {}}))})).toEqual({code: "too-many", at: "slides", detail: DECK_LIMITS.slides});
    expect(problem(withSlide({chart: null, text: {en: {caption: "x".repeat(DECK_LIMITS.caption + 1)}}}))).toEqual({code: "too-long", at: "slides[0].text.en.caption", detail: DECK_LIMITS.caption});
    // Characters, not UTF-16 units: as many Chinese characters or emoji as the limit fit a title.
    expect(read(withSlide({chart: null, text: {zh: {title: "😀".repeat(DECK_LIMITS.title)}}})).ok).toBe(true);
  });

  it("keeps rows and series once each, and drops them from a slide of text", () => {
    const result = read(withSlide({chart: "a", rows: ["x", "x", "y"], reveal: ["actual", "actual"], text: {}}));
    expect(result.ok && result.deck.slides[0]).toEqual({chart: "a", rows: ["x", "y"], reveal: ["actual"], text: {}});
  });
});

describe("readDeckFile", () => {
  it("says what is wrong with a file that is not a deck", () => {
    expect(readDeckFile("")).toEqual({ok: false, problem: {code: "empty"}});
    expect(readDeckFile("  \n")).toEqual({ok: false, problem: {code: "empty"}});
    expect(readDeckFile("{\"format\":")).toEqual({ok: false, problem: {code: "not-json"}});
    expect(readDeckFile("x".repeat(DECK_LIMITS.file + 1))).toEqual({ok: false, problem: {code: "too-large", detail: DECK_LIMITS.file}});
    expect(readDeckFile(`${"[".repeat(200000)}${"]".repeat(200000)}`).ok).toBe(false);
  });

  it("reads a file with a byte-order mark", () => {
    expect(readDeckFile(`\ufeff${JSON.stringify(good)}`).ok).toBe(true);
  });
});

describe("textProblem", () => {
  it("says what a field cannot hold, or nothing", () => {
    expect(textProblem("Fine text")).toBeNull();
    expect(textProblem("<b>bold</b>")).toBe("markup");
    expect(textProblem("two\nlines")).toBe("characters");
    expect(textProblem("two\nlines", {lines: true})).toBeNull();
    expect(textProblem("long", {max: 3})).toBe("too-long");
  });
});
