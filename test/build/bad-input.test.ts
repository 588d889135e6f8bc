/**
 * Bad curation stops the build with a message that names the record, the
 * source and the fix; nothing is silently dropped or overwritten.
 */
import {describe, expect, it} from "vitest";
import {buildDataset} from "../../src/build/build-dataset.ts";
import {formatError} from "../../src/build/extract/dataset-error.ts";
import type {ExtractInput} from "../../src/build/extract/extract-dataset.ts";
import {dataOnlyContent} from "./support/data-only-content.ts";
import type {IndicatorRecord, ObservationRecord} from "../../src/schema/records.ts";

const RAW = "2022年，新增学位3.6万个，新建学校24所。五年新增学位16万个左右。";

const indicator = (id: string, unit: string): IndicatorRecord => ({id, zh: id, en: id, definition_zh: id, definition_en: id, domain: "places", unit, better: "higher"});

/** An English translation of each quote, as a curator writes them (data/translations/). */
const ENGLISH: Record<string, string> = {"doc/places": "36,000 school places added", "doc/schools": "24 schools built", "doc/total": "About 160,000 school places added over five years", "doc/again": "36,000 school places added"};

function input(observations: ObservationRecord[], translations = observations.map((o) => ({id: o.id, en: ENGLISH[o.id] ?? ""}))): ExtractInput {
  return {
    sources: [{
      record: {id: "doc", file: "doc.txt", format: "text", title_zh: "文件", title_en: "Doc", issuer_zh: "市教委", issuer_en: "Commission", date: "2022", date_note: null, kind: "five-year-plan", scope: "beijing", document_number: null, period: "2021-2025", sha256: "abc"},
      raw: RAW,
      sha256: "abc"
    }],
    catalogue: [indicator("places", "个"), indicator("places-five-year", "个"), indicator("schools", "所")],
    observations: {doc: observations},
    exclusions: {doc: [{text: "2022", reason: "date"}, {text: "五", reason: "period"}]},
    translations: {doc: translations}
  };
}

const obs = (id: string, quote: string, value: number, unit: string, extra: Partial<ObservationRecord> = {}): ObservationRecord => ({
  id: `doc/${id}`, indicator: "places", series: "actual", scope: "beijing", year: 2022, basis: "flow", quote, expect: {value, unit, comparator: "eq"}, ...extra
});

const GOOD = [
  obs("places", "新增学位3.6万个", 3.6, "万个"),
  obs("schools", "新建学校24所", 24, "所", {indicator: "schools"}),
  obs("total", "五年新增学位16万个左右", 16, "万个", {figure: "16万个左右", series: "target", year: 2025, basis: "cumulative", period: "2021-2025", indicator: "places-five-year", expect: {value: 16, unit: "万个", comparator: "approx"}})
];

/** Content with no chapters or stories: these tests are about the data. */
const CONTENT = dataOnlyContent();

const errorsOf = (observations: ObservationRecord[]) => buildDataset(input(observations), CONTENT).errors.map(formatError);

describe("bad input stops the build and says what to fix", () => {
  it("an inverted period", () => {
    expect(errorsOf([GOOD[0], GOOD[1], {...GOOD[2], period: "2025-2021"}])).toContain(
      "data/observations/doc.json: doc/total (source doc): period 2025-2021 is inverted; write the earlier year first"
    );
  });

  it("a basis the build does not know", () => {
    expect(errorsOf([{...GOOD[0], basis: "stock" as never}, GOOD[1]])).toContain('data/observations/doc.json: doc/places (source doc): basis "stock" is not one of level, flow, cumulative, batch (data/README.md defines them)');
  });

  it("a duplicate primary key (observation id)", () => {
    expect(errorsOf([GOOD[0], {...GOOD[1], id: "doc/places"}])).toContain("data/observations/doc.json: doc/places (source doc): duplicate observation id");
  });

  it("a second actual for the same indicator, scope and year", () => {
    // The same figure curated twice under two ids: the second would overwrite the first in any pivot.
    const errors = errorsOf([GOOD[0], {...GOOD[0], id: "doc/again"}, GOOD[1]]);
    expect(errors).toContain("data/observations/doc.json: doc/again (source doc): doc/places is already the actual of places for beijing in 2022; one figure per indicator, series, scope and period (remove one, or give them different periods)");
  });

  it("an indicator that mixes bases without a declared comparison", () => {
    const errors = errorsOf([GOOD[0], GOOD[1], {...GOOD[2], indicator: "places"}]);
    expect(errors).toEqual([expect.stringMatching(/^data\/catalogue\/: indicator places: mixes bases \(flow, cumulative\) in doc\/places, doc\/total; figures that count different things need separate indicators/)]);
  });

  it("a quote without its English translation, a translation that types a number of its own, and one of no observation", () => {
    const good = GOOD.map((o) => (o.id === "doc/total" ? {...o, indicator: "places-five-year"} : o));
    const translations = [{id: "doc/places", en: "In 2022, 36,000 school places were added"}, {id: "doc/total", en: ENGLISH["doc/total"]}, {id: "doc/gone", en: "Gone"}];
    expect(buildDataset(input(good, translations), CONTENT).errors.map(formatError)).toEqual([
      "data/observations/doc.json: doc/gone (source doc): data/translations/doc.json translates an observation that doc does not have",
      "data/observations/doc.json: doc/places (source doc): its English translation states 2022, which the quote does not: a translation carries only the quote's numbers",
      'data/observations/doc.json: doc/schools (source doc): its quote has no English translation: add {"id": "doc/schools", "en": "…"} to data/translations/doc.json'
    ]);
  });

  it("a clean input builds, and nothing is dropped: every figure is published", () => {
    const built = buildDataset(input(GOOD.map((o) => (o.id === "doc/total" ? {...o, indicator: "places-five-year"} : o))), CONTENT);
    expect(built.errors.map(formatError)).toEqual([]);
    expect(built.tables!.observations.map((o) => o.observation_id)).toEqual(["doc/places", "doc/total", "doc/schools"]);
  });
});
