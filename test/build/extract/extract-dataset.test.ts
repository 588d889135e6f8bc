import {describe, expect, it} from "vitest";
import {formatError} from "../../../src/build/extract/dataset-error.ts";
import {extractDataset, type ExtractInput} from "../../../src/build/extract/extract-dataset.ts";
import type {ObservationRecord} from "../../../src/schema/records.ts";

const RAW = "2022 年，入园率达到 90%，普惠率达到 88%。新增学位3.6万个。\n\n学区覆盖率达到 90%。";

function input(observations: ObservationRecord[], exclusions: ExtractInput["exclusions"]["doc"] = [{text: "2022", reason: "date"}]): ExtractInput {
  return {
    sources: [
      {
        record: {id: "doc", file: "doc.txt", format: "text", title_zh: "文件", title_en: "Doc", issuer_zh: "市教委", issuer_en: "Commission", date: "2022", date_note: null, kind: "annual-work-summary", scope: "beijing", document_number: null, period: "2022-2022", sha256: "abc"},
        raw: RAW,
        sha256: "abc"
      }
    ],
    catalogue: [
      {id: "preschool-enrolment-rate", zh: "入园率", en: "Enrolment", definition_zh: "入园率", definition_en: "Enrolment", domain: "preschool", unit: "%", better: "higher"},
      {id: "kindergarten-coverage", zh: "普惠率", en: "Coverage", definition_zh: "普惠率", definition_en: "Coverage", domain: "preschool", unit: "%", better: "higher"},
      {id: "places", zh: "学位", en: "Places", definition_zh: "学位", definition_en: "Places", domain: "places", unit: "个", better: "higher"},
      {id: "district-coverage", zh: "学区", en: "Districts", definition_zh: "学区", definition_en: "Districts", domain: "compulsory", unit: "%", better: "higher"}
    ],
    observations: {doc: observations},
    exclusions: {doc: exclusions}
  };
}

const obs = (id: string, indicator: string, quote: string, value: number, unit: string, extra: Partial<ObservationRecord> = {}): ObservationRecord => ({
  id: `doc/${id}`, indicator, series: "actual", scope: "beijing", year: 2022, basis: "level", quote, expect: {value, unit, comparator: "eq"}, ...extra
});

const ALL = [
  obs("enrol", "preschool-enrolment-rate", "入园率达到 90%", 90, "%"),
  obs("coverage", "kindergarten-coverage", "普惠率达到88%", 88, "%"),
  obs("places", "places", "新增学位3.6万个", 3.6, "万个", {basis: "flow"}),
  obs("district", "district-coverage", "学区覆盖率达到 90%", 90, "%")
];

const messages = (result: ReturnType<typeof extractDataset>) => result.errors.map(formatError);

describe("extractDataset", () => {
  it("verifies, parses and accounts for everything in a clean case", () => {
    const result = extractDataset(input(ALL));
    expect(result.errors).toEqual([]);
    const places = result.observations.find((o) => o.observation_id === "doc/places")!;
    expect(places).toMatchObject({value: 3.6, unit: "万个", value_base: 36000, unit_base: "个", comparator: "eq", quote: "新增学位3.6万个", figure: "3.6万个"});
    expect(RAW.slice(places.quote_start, places.quote_end)).toBe("新增学位3.6万个");
    // The quote is matched white-space-insensitively but published as the source writes it.
    expect(result.observations.find((o) => o.observation_id === "doc/coverage")!.quote).toBe("普惠率达到 88%");
    expect(result.sources[0].ledger.map((e) => e.account.status)).toEqual(["excluded", "used", "used", "used", "used"]);
  });

  it("names a quote that is missing", () => {
    const result = extractDataset(input([...ALL.slice(1), obs("enrol", "preschool-enrolment-rate", "入园率达到 95%", 95, "%")]));
    expect(messages(result)).toContain('data/observations/doc.json: doc/enrol (source doc): quote not found in the cleaned source: "入园率达到 95%"');
  });

  it("names a quote that is found twice", () => {
    const result = extractDataset(input([...ALL.slice(0, 3), obs("district", "district-coverage", "达到 90%", 90, "%")]));
    expect(messages(result)).toContainEqual(expect.stringMatching(/^data\/observations\/doc\.json: doc\/district \(source doc\): quote found 2 times in the cleaned source \(at \d+, \d+\); make it longer/));
  });

  it("names an expected value that differs from the parse", () => {
    const result = extractDataset(input([obs("enrol", "preschool-enrolment-rate", "入园率达到 90%", 91, "%"), ...ALL.slice(1)]));
    expect(messages(result)).toContain("data/observations/doc.json: doc/enrol (source doc): expected value 91 differs from the parsed value 90");
  });

  it("names an expected unit or comparator that differs from the parse", () => {
    const wrong = obs("places", "places", "新增学位3.6万个", 3.6, "个", {basis: "flow", expect: {value: 3.6, unit: "个", comparator: "gt"}});
    const result = extractDataset(input([...ALL.slice(0, 2), wrong, ALL[3]]));
    expect(messages(result)).toEqual(expect.arrayContaining([
      'data/observations/doc.json: doc/places (source doc): expected unit "个" differs from the parsed unit "万个"',
      "data/observations/doc.json: doc/places (source doc): expected comparator gt differs from the parsed comparator eq"
    ]));
  });

  it("names an unparseable figure", () => {
    const result = extractDataset(input([...ALL.slice(0, 3), obs("district", "district-coverage", "学区覆盖率达到 90%", 90, "%", {figure: "学区覆盖率"})]));
    expect(messages(result)).toContainEqual('data/observations/doc.json: doc/district (source doc): unparseable figure: no number in figure "学区覆盖率"');
  });

  it("names a figure whose unit is not the indicator's", () => {
    const result = extractDataset(input([...ALL.slice(0, 2), obs("places", "kindergarten-coverage", "新增学位3.6万个", 3.6, "万个", {id: "doc/places"}), ALL[3]]));
    expect(messages(result)).toContainEqual("data/observations/doc.json: doc/places (source doc): figure is in 个, but indicator kindergarten-coverage is measured in %");
  });

  it("names every unaccounted mention, with its context", () => {
    const result = extractDataset(input(ALL.slice(0, 3)));
    expect(messages(result)).toEqual(['mention "90" at 47 (source doc): unaccounted: neither an observation\'s figure nor excluded (…个。 学区覆盖率达到 90%。…)']);
    expect(result.sources[0].ledger.at(-1)!.account).toEqual({status: "unaccounted"});
  });

  it("names an exclusion that covers nothing, so the list cannot go stale", () => {
    const result = extractDataset(input(ALL, [{text: "2022", reason: "date"}, {text: "2021", reason: "date"}]));
    expect(messages(result)).toEqual(['data/exclusions/doc.json: exclusion "2021" (source doc): covers no mention (the scanner reports this text differently, or it is gone)']);
  });

  it("names an exclusion that would hide an observed figure", () => {
    const result = extractDataset(input(ALL, [{text: "2022", reason: "date"}, {text: "88", reason: "idiom"}]));
    expect(messages(result)).toEqual(['data/exclusions/doc.json: exclusion "88" (source doc): excludes "88" at 23, the figure of doc/coverage']);
  });

  it("names a source whose raw file changed", () => {
    const changed = input(ALL);
    changed.sources[0].sha256 = "def";
    expect(messages(extractDataset(changed))).toEqual(["data/sources.json: source doc: sha256 abc is not the hash of the raw file doc.txt (def): the source was edited"]);
  });

  it("names a quote with two numbers and no figure", () => {
    const result = extractDataset(input([obs("enrol", "preschool-enrolment-rate", "入园率达到 90%，普惠率达到 88%", 90, "%"), ...ALL.slice(2)]));
    expect(messages(result)).toContainEqual('data/observations/doc.json: doc/enrol (source doc): quote holds 2 number mentions (90, 88); name the figure with "figure"');
  });
});
