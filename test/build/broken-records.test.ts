/**
 * Curation that fails well: a curator's natural record (an optional field
 * left out) builds, and a wrong or incomplete one stops the build with a
 * message that names the file, the record and the field, never a library's
 * internal error. A dozen broken records, each with the message it gets.
 */
import {createHash} from "node:crypto";
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../src/build/build-dataset.ts";
import {formatError} from "../../src/build/extract/dataset-error.ts";
import type {ExtractInput} from "../../src/build/extract/extract-dataset.ts";
import {readCuration} from "../../src/build/read-curation.ts";
import {dataOnlyContent} from "./support/data-only-content.ts";

const RAW = "2022年，新增学位3.6万个，新建学校24所。";
const SHA = createHash("sha256").update(RAW).digest("hex");
const SOURCE = {id: "doc", file: "doc.txt", format: "text", title_zh: "文件", title_en: "Doc", issuer_zh: "市教委", issuer_en: "Commission", date: "2022-03-01", date_note: null, kind: "five-year-plan", scope: "beijing", document_number: null, period: "2021-2025", sha256: SHA};
const INDICATORS = [
  {id: "places", zh: "学位", en: "Places", definition_zh: "学位", definition_en: "Places", domain: "places", unit: "个", better: "higher", related: [{id: "schools", relation: "see-also", why_zh: "相关", why_en: "Related"}]},
  {id: "schools", zh: "学校", en: "Schools", definition_zh: "学校", definition_en: "Schools", domain: "places", unit: "所", better: "higher", related: [{id: "places", relation: "see-also", why_zh: "相关", why_en: "Related"}]}
];
const OBSERVATIONS = [
  {id: "doc/places", indicator: "places", series: "actual", scope: "beijing", year: 2022, basis: "flow", quote: "新增学位3.6万个", expect: {value: 3.6, unit: "万个", comparator: "eq"}},
  {id: "doc/schools", indicator: "schools", series: "actual", scope: "beijing", year: 2022, basis: "flow", quote: "新建学校24所", expect: {value: 24, unit: "所", comparator: "eq"}}
];
const EXCLUSIONS = [{text: "2022", reason: "date"}];
/** Every quote's English, as the curation keeps them (data/translations/). */
const TRANSLATIONS = [{id: "doc/places", en: "3.6 万 school places added"}, {id: "doc/schools", en: "24 schools built"}];

/** Content with no chapters or stories: these tests are about the data. */
const CONTENT = dataOnlyContent();

type Change = {source?: (s: Record<string, unknown>) => unknown; indicators?: (list: Array<Record<string, unknown>>) => unknown[]; observations?: (list: Array<Record<string, unknown>>) => unknown[]; exclusions?: (list: Array<Record<string, unknown>>) => unknown[]};

/** The clean curation with one change, as readCuration gives it (catalogue from data/catalogue/core.json). */
function curation(change: Change = {}): ExtractInput {
  const clone = <T>(v: T): T => structuredClone(v);
  return {
    sources: [{record: (change.source?.(clone(SOURCE)) ?? clone(SOURCE)) as ExtractInput["sources"][number]["record"], raw: RAW, sha256: SHA}],
    catalogue: (change.indicators?.(clone(INDICATORS)) ?? clone(INDICATORS)) as ExtractInput["catalogue"],
    observations: {doc: (change.observations?.(clone(OBSERVATIONS)) ?? clone(OBSERVATIONS)) as ExtractInput["observations"][string]},
    exclusions: {doc: (change.exclusions?.(clone(EXCLUSIONS)) ?? clone(EXCLUSIONS)) as ExtractInput["exclusions"][string]},
    files: {folder: "data", catalogue: {places: "data/catalogue/core.json", schools: "data/catalogue/core.json"}}
  };
}
const errorsOf = (change: Change) => buildDataset(curation(change), CONTENT).errors.map(formatError);
const without = (key: string) => (record: Record<string, unknown>) => {
  delete record[key];
  return record;
};

describe("a curator's natural record builds", () => {
  it("the clean curation builds", () => {
    expect(errorsOf({})).toEqual([]);
  });

  it("a source record that leaves out date_note and document_number builds, and publishes them empty", () => {
    const built = buildDataset(curation({source: (s) => without("document_number")(without("date_note")(s))}), CONTENT);
    expect(built.errors.map(formatError)).toEqual([]);
    expect(built.tables!.sources[0]).toMatchObject({id: "doc", date_note: null, document_number: null});
  });

  it("an indicator without main_target or related, and an exclusion with only text and reason, build", () => {
    const built = buildDataset(curation({indicators: (list) => list.map((i) => without("related")(i))}), CONTENT);
    expect(built.errors.map(formatError)).toEqual([]);
    expect(built.tables!.indicators.map((i) => i.main_target)).toEqual([false, false]);
  });
});

describe("a broken record stops the build, naming the file, the record and the field", () => {
  const cases: Array<[string, Change, string]> = [
    ["a source date in another form", {source: (s) => ({...s, date: "2022/03/01"})}, 'data/sources.json: source doc: date "2022/03/01" must read YYYY, YYYY-MM or YYYY-MM-DD'],
    ["a source without its English title", {source: without("title_en")}, "data/sources.json: source doc: title_en is missing; write text"],
    ["a source of an unknown kind", {source: (s) => ({...s, kind: "work-summary"})}, 'data/sources.json: source doc: kind "work-summary" is not one of five-year-plan, annual-work-summary, district-annual-plan'],
    ["a misspelt field", {source: (s) => ({...without("date_note")(s), date_notes: "x"})}, "data/sources.json: source doc: date_notes is not a field the build knows (did you mean date_note?)"],
    ["a source record without an id", {source: without("id")}, "data/sources.json: source #1: id is missing; write text (kebab-case (a-z, 0-9 and single hyphens))"],
    ["a raw file edited after curation", {source: (s) => ({...s, sha256: "0".repeat(64)})}, `data/sources.json: source doc: sha256 ${"0".repeat(64)} is not the hash of the raw file doc.txt (${SHA}): the source was edited`],
    ["an observation's year written as text", {observations: (list) => [{...list[0], year: "2022"}, list[1]]}, 'data/observations/doc.json: doc/places (source doc): year must be a whole number, not "2022"'],
    ["an observation without its expected value", {observations: (list) => [{...list[0], expect: {unit: "万个", comparator: "eq"}}, list[1]]}, "data/observations/doc.json: doc/places (source doc): expect.value is missing; write a number"],
    ["a comparator written as a symbol", {observations: (list) => [{...list[0], expect: {value: 3.6, unit: "万个", comparator: "≥"}}, list[1]]}, 'data/observations/doc.json: doc/places (source doc): expect.comparator "≥" is not one of eq, ge, gt, approx, le, lt'],
    ["an observation of an indicator not in the catalogue", {observations: (list) => [{...list[0], indicator: "place"}, list[1]]}, 'data/observations/doc.json: doc/places (source doc): indicator "place" is not in the catalogue; add it to data/catalogue/ or fix the id'],
    ["a quote the source does not hold", {observations: (list) => [{...list[0], quote: "新增学位4万个"}, list[1]]}, 'data/observations/doc.json: doc/places (source doc): quote not found in the cleaned source: "新增学位4万个"'],
    ["something that is not a record in a list of observations", {observations: (list) => [list[0], list[1], "doc/extra"]}, 'data/observations/doc.json: observation #3 (source doc): must be an object with the fields id, indicator, series, scope, year, basis, period, quote, figure, expect, unit_from_context, note, not "doc/extra"'],
    ["an indicator without its unit", {indicators: (list) => [without("unit")(list[0]), list[1]]}, "data/catalogue/core.json: indicator places: unit is missing; write text"],
    ["a relation to an indicator that does not exist", {indicators: (list) => [list[0], {...list[1], related: [{id: "place", relation: "see-also", why_zh: "相关", why_en: "Related"}]}]}, 'data/catalogue/core.json: indicator schools: related[0].id "place" is not in the catalogue'],
    ["a relation without its English explanation", {indicators: (list) => [list[0], {...list[1], related: [{id: "places", relation: "see-also", why_zh: "相关"}]}]}, "data/catalogue/core.json: indicator schools: related[0].why_en is missing; write text"],
    ["an exclusion with a reason the build does not know", {exclusions: (list) => [{...list[0], reason: "year"}]}, 'data/exclusions/doc.json: exclusion "2022" (source doc): reason "year" is not one of date, period, ordinal, anniversary, document-number, section-number, name, idiom, qualifier, restatement, not-a-quantity-of-the-system, markup']
  ];
  for (const [name, change, message] of cases) {
    it(name, () => {
      const errors = errorsOf(change);
      expect(errors).toContain(message);
      // Never a library's own words.
      for (const error of errors) expect(error).not.toMatch(/Unrecognized column|undefined|TypeError|Cannot read/);
    });
  }
});

describe("files that cannot be read as records", () => {
  const dir = mkdtempSync(join(tmpdir(), "curation-"));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  const shown = relative(process.cwd(), dir);

  function folder(files: Record<string, string>): string {
    const root = mkdtempSync(join(dir, "data-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, ".."), {recursive: true});
      writeFileSync(join(root, path), text);
    }
    return root;
  }
  const base = () => ({"sources.json": JSON.stringify([SOURCE]), "doc.txt": RAW, "catalogue/core.json": JSON.stringify(INDICATORS), "observations/doc.json": JSON.stringify(OBSERVATIONS), "exclusions/doc.json": JSON.stringify(EXCLUSIONS), "translations/doc.json": JSON.stringify(TRANSLATIONS)});
  const errorsIn = (root: string) => buildDataset(readCuration(root), CONTENT).errors.map(formatError);

  it("reads a clean folder, naming each indicator's catalogue file", () => {
    const input = readCuration(folder(base()));
    expect(input.problems).toEqual([]);
    expect(buildDataset(input, CONTENT).errors).toEqual([]);
  });

  it("a JSON file with a syntax error: its file, line and column", () => {
    const root = folder({...base(), "observations/doc.json": `[\n  {"id": "doc/places",}\n]`});
    const [error] = errorsIn(root);
    expect(error).toMatch(new RegExp(`^${relative(process.cwd(), root).replace(/[.]/g, "\\.")}/observations/doc\\.json: is not valid JSON: .* \\(line 2, column \\d+\\)$`));
  });

  it("a file that holds one record instead of a list", () => {
    const root = folder({...base(), "exclusions/doc.json": JSON.stringify(EXCLUSIONS[0])});
    expect(errorsIn(root)).toEqual([`${relative(process.cwd(), root)}/exclusions/doc.json: must hold a JSON list of records ([…])`]);
  });

  it("a source whose raw file is not there", () => {
    const root = folder({...base(), "sources.json": JSON.stringify([{...SOURCE, file: "raw/doc.txt"}])});
    expect(errorsIn(root)).toEqual([`${relative(process.cwd(), root)}/sources.json: source doc: file "raw/doc.txt": no such file under ${relative(process.cwd(), root)}/`]);
    expect(shown).not.toBe("");
  });
});
