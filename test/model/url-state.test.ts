import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {STATUSES} from "../../src/schema/statuses.ts";
import {DOMAINS, SCOPES, SERIES} from "../../src/schema/records.ts";
import {DEFAULT_STATE, defaultState, hrefFor, homeOf, linkTo, parseUrlState, serializeUrlState, shareHref, SORT_KEYS, VIEWS, type UrlState} from "../../src/model/url-state.ts";

const SOURCES = ["plan-2021", "summary-2022", "dongcheng-2022"];
const parse = (search: string) => parseUrlState(search, {sources: SOURCES});

function isValid(state: UrlState): boolean {
  const within = <T>(values: T[], allowed: readonly T[]) => values.every((v) => allowed.includes(v)) && new Set(values).size === values.length;
  return (
    (state.lang === "zh" || state.lang === "en") &&
    VIEWS.includes(state.view) &&
    (state.doc === null || SOURCES.includes(state.doc)) &&
    (state.indicator === null || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(state.indicator)) &&
    (state.story === null || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(state.story)) &&
    Number.isInteger(state.step) && state.step >= 1 && state.step <= 99 && typeof state.notes === "boolean" &&
    within(state.filters.domain, DOMAINS) && within(state.filters.scope, SCOPES) && within(state.filters.series, SERIES) &&
    within(state.filters.status, STATUSES) && within(state.filters.source, SOURCES) &&
    typeof state.filters.q === "string" && state.filters.q.length <= 100 && !/[\u0000-\u001f\u007f]/.test(state.filters.q) &&
    SORT_KEYS.includes(state.sort.key) && (state.sort.dir === "asc" || state.sort.dir === "desc")
  );
}

describe("parseUrlState", () => {
  it("reads every known key", () => {
    expect(parse("?view=data&domain=preschool,compulsory&scope=dongcheng&series=target,actual&status=met&source=plan-2021&q=入园率&sort=year&dir=desc&lang=en&indicator=preschool-enrolment-rate")).toEqual({
      lang: "en",
      view: "data",
      doc: null,
      indicator: "preschool-enrolment-rate",
      story: null,
      step: 1,
      notes: false,
      filters: {domain: ["preschool", "compulsory"], scope: ["dongcheng"], series: ["target", "actual"], status: ["met"], source: ["plan-2021"], q: "入园率"},
      sort: {key: "year", dir: "desc"}
    });
  });

  it("drops unknown keys and values without error, keeping the rest", () => {
    expect(parse("?foo=1&domain=preschool,nope,preschool&scope=shanghai&series=TARGET&view=admin&sort=eval&dir=up&doc=../../etc&lang=fr")).toEqual({
      ...DEFAULT_STATE,
      filters: {...DEFAULT_STATE.filters, domain: ["preschool"]}
    });
  });

  it("keeps markup in a query as plain text, never as anything else", () => {
    const state = parse("?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&indicator=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    expect(state.filters.q).toBe("<script>alert(1)</script>");
    expect(state.indicator).toBeNull();
  });

  it("folds control characters and caps the query at 100 characters", () => {
    expect(parse(`?q=${encodeURIComponent("a\u0000b\nc\u202ed")}`).filters.q).toBe("a b c d");
    expect(parse(`?q=${"长".repeat(500)}`).filters.q).toHaveLength(100);
  });

  it("survives malformed escapes and huge input", () => {
    expect(parse("?q=%E0%A4%A&domain=%%%")).toMatchObject({filters: {domain: []}});
    expect(isValid(parse("?" + "domain=preschool&".repeat(100000)))).toBe(true);
  });

  it("reads a story, its step and the notes flag; a bad step is the first", () => {
    expect(parse("?story=plan&step=4&notes=1")).toMatchObject({story: "plan", step: 4, notes: true});
    for (const bad of ["0", "-1", "100", "4.5", "4a", "", "04"]) expect(parse(`?story=plan&step=${bad}`).step).toBe(1);
    expect(serializeUrlState(parse("?story=plan&step=4&lang=en"))).toBe("?story=plan&step=4&lang=en");
  });

  it("round-trips through serializeUrlState", () => {
    const search = "?view=data&domain=preschool,compulsory&series=target&q=%E5%85%A5%E5%9B%AD&sort=year&dir=desc&lang=en";
    expect(serializeUrlState(parse(search))).toBe(search);
    expect(serializeUrlState(DEFAULT_STATE)).toBe("");
  });

  it("never throws and always returns a valid state, whatever the string (property)", () => {
    const keys = fc.constantFrom("view", "doc", "indicator", "story", "step", "notes", "domain", "scope", "series", "status", "source", "q", "sort", "dir", "lang", "x", "__proto__", "constructor");
    const values = fc.oneof(fc.string(), fc.string({unit: "binary"}), fc.constantFrom(...DOMAINS, ...SOURCES, ...SCOPES, "<script>alert(1)</script>", "%", "%E0%A4%A", "a,b,,c"));
    const query = fc.array(fc.tuple(keys, values), {maxLength: 12}).map((pairs) => "?" + pairs.map(([k, v]) => `${k}=${Math.random() < 0.5 ? encodeURIComponent(v) : v}`).join("&"));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: "binary"}), query), (search) => {
        const state = parse(search);
        expect(isValid(state)).toBe(true);
        // Parsing what we write gives the same state back.
        expect(parse(serializeUrlState(state))).toEqual(state);
      }),
      {numRuns: 2000}
    );
  });

  it("makes every link with hrefFor, and every link reads back to the state it was made from (property)", () => {
    const patches = fc.record({
      view: fc.constantFrom("explainer", "data", "source"),
      doc: fc.constantFrom(null, ...SOURCES),
      indicator: fc.constantFrom(null, "preschool-enrolment-rate", "school-places-added"),
      story: fc.constantFrom(null, "plan"),
      lang: fc.constantFrom("zh", "en"),
      hash: fc.constantFrom(undefined, "chart-school-places", "q-plan-2021/preschool-enrolment-rate-2025", "all-x")
    }, {requiredKeys: []});
    fc.assert(
      fc.property(patches, (patch) => {
        const href = hrefFor(DEFAULT_STATE, patch as Parameters<typeof hrefFor>[1]);
        const url = new URL(href, "https://tracker.test/bj/");
        const state = parse(url.search);
        for (const key of ["view", "doc", "indicator", "story", "lang"] as const) if (patch[key] !== undefined) expect(state[key]).toEqual(patch[key]);
        if (patch.story) expect(state.step).toBe(1);
        expect(decodeURIComponent(url.hash.slice(1))).toBe(patch.hash ?? "");
      }),
      {numRuns: 300}
    );
    expect(linkTo("en", {view: "source", doc: "plan-2021", hash: "q-plan-2021/x"})).toBe("?view=source&doc=plan-2021&lang=en#q-plan-2021/x");
    expect(linkTo("zh", {hash: "chart-fitness"})).toBe("?#chart-fitness");
    expect(linkTo("zh")).toBe("?");
  });
});

describe("shareHref", () => {
  const site = "https://news.example.net/bj/";
  it("gives a view's address in its language's page file, with no bare ? and no lang=en (property)", () => {
    const patches = fc.record({
      view: fc.constantFrom("explainer", "data", "source"),
      indicator: fc.constantFrom(null, "school-places-added"),
      story: fc.constantFrom(null, "plan"),
      hash: fc.constantFrom(undefined, "chart-school-places", "q-plan-2021/x")
    }, {requiredKeys: []});
    fc.assert(fc.property(patches, fc.constantFrom("zh" as const, "en" as const), (patch, lang) => {
      const url = new URL(shareHref(site, lang, patch));
      expect(url.href).not.toMatch(/\?(#|$)|lang=/);
      // The file says the language; the query reads back to the view.
      expect(homeOf(url.pathname)).toBe(lang);
      const state = parseUrlState(url.search, {home: homeOf(url.pathname)});
      for (const key of ["view", "indicator", "story"] as const) if (patch[key] !== undefined) expect(state[key]).toEqual(patch[key]);
    }), {numRuns: 200});
    expect(shareHref(site, "zh", {hash: "chart-fitness"})).toBe(`${site}#chart-fitness`);
    expect(shareHref(site, "en", {hash: "chart-fitness"})).toBe(`${site}en/#chart-fitness`);
  });

  it("starts from a default state whose lists are its own", () => {
    const a = defaultState();
    a.filters.domain.push("preschool");
    expect(defaultState().filters.domain).toEqual([]);
    expect(DEFAULT_STATE.filters.domain).toEqual([]);
  });
});
