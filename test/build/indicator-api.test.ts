/**
 * The indicator API as the build writes it, from the real tables: a CSV and a
 * metadata file per indicator and an index, each CSV the indicator's rows of
 * observations.csv as they are, each metadata file self-contained.
 */
import {csvParse} from "d3";
import {describe, expect, it} from "vitest";
import {datasetIdentity} from "../../src/build/dataset-identity.ts";
import {indicatorApi} from "../../src/build/indicator-api.ts";
import {packageFiles, TABLES} from "../../src/build/publish.ts";
import {toCsv} from "../../src/formats/csv.ts";
import {OBSERVATIONS_SCHEMA_PATH} from "../../src/schema/data-files.ts";
import {columnsOf, OBSERVATION_FIELDS} from "../../src/schema/tables.ts";
import {linkTo} from "../../src/model/url-state.ts";
import {realBuild} from "../real-data.ts";

const {tables, extracted} = realBuild();
const release = {version: "9.9.9", date: "2030-01-02"};
const homepage = "https://tracker.test/bj/";
const site = {url: homepage, contact: null};
const project = {zh: "测试项目", en: "Test Project"};
const identity = datasetIdentity({release, site, project});
const files = indicatorApi({tables, identity});
const file = (path: string) => files.find((f) => f.path === path)!;
const metadata = (id: string) => JSON.parse(String(file(`indicators/${id}.metadata.json`).data));
const COLUMNS = columnsOf(OBSERVATION_FIELDS);

describe("indicatorApi", () => {
  it("writes a CSV and a metadata file for every indicator of the catalogue, and an index that lists them", () => {
    const ids = tables.indicators.map((i) => i.id);
    expect(files.map((f) => f.path).sort()).toEqual([...ids.flatMap((id) => [`indicators/${id}.csv`, `indicators/${id}.metadata.json`]), "index.json"].sort());
    const index = JSON.parse(String(file("index.json").data));
    expect(index.indicators.map((i: {id: string}) => i.id)).toEqual(ids);
    expect(index).toMatchObject({version: "9.9.9", released: "2030-01-02", base: "https://tracker.test/bj/data/", archive: "releases/beijing-education-14th-fyp-9.9.9.zip"});
    expect(index.indicators.find((i: {id: string}) => i.id === "preschool-enrolment-rate")).toMatchObject({
      csv: "indicators/preschool-enrolment-rate.csv",
      metadata: "indicators/preschool-enrolment-rate.metadata.json",
      figures: 2,
      targets: [{target_id: "plan-2021/preschool-enrolment-rate-2025", scope: "beijing", status: "met", status_reason: "maintain"}]
    });
    // Dongcheng's target for its registered resident children is an indicator of its own.
    expect(index.indicators.find((i: {id: string}) => i.id === "preschool-enrolment-rate-registered")).toMatchObject({
      figures: 1,
      targets: [{target_id: "dongcheng-2022/preschool-enrolment-rate-registered", scope: "dongcheng", status: "no-figure", status_reason: "no-actual"}]
    });
  });

  it("gives each indicator's CSV exactly its lines of observations.csv: same header, order, cells and codes", () => {
    const full = toCsv(tables.observations as unknown as Array<Record<string, unknown>>, {columns: COLUMNS, codeColumns: COLUMNS.filter((c) => OBSERVATION_FIELDS[c].kind === "code"), bom: false}).split("\r\n");
    const header = full[0];
    for (const indicator of tables.indicators) {
      const csv = String(file(`indicators/${indicator.id}.csv`).data);
      const [first, ...lines] = csv.split("\r\n");
      expect(first).toBe(header);
      expect(lines.filter(Boolean), indicator.id).toEqual(full.slice(1).filter((line, i) => line && tables.observations[i].indicator_id === indicator.id));
      expect(csvParse(csv).every((row) => row.indicator_id === indicator.id)).toBe(true);
    }
  });

  it("makes each CSV a table of the package whose schema is the shared observations schema, by path", () => {
    const csv = file("indicators/school-places-added.csv").resource!;
    expect(csv).toMatchObject({name: "indicator-school-places-added", format: "csv", schema: OBSERVATIONS_SCHEMA_PATH});
    expect(file("indicators/school-places-added.metadata.json").resource).toMatchObject({name: "indicator-school-places-added-metadata", format: "json"});
    const names = files.flatMap((f) => (f.resource ? [f.resource.name] : []));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("an indicator's metadata", () => {
  it("says what it counts and how, in both languages", () => {
    const m = metadata("preschool-enrolment-rate");
    const row = tables.indicators.find((i) => i.id === "preschool-enrolment-rate")!;
    expect(m).toMatchObject({
      id: "preschool-enrolment-rate",
      name: {zh: row.name_zh, en: row.name_en},
      definition: {zh: row.definition_zh, en: row.definition_en},
      unit: "%",
      basis: "level",
      better: "higher",
      main_target: true,
      figures: 2,
      version: "9.9.9",
      released: "2030-01-02",
      license: {name: "CC-BY-4.0"},
      page: {zh: "https://tracker.test/bj/?indicator=preschool-enrolment-rate", en: "https://tracker.test/bj/?indicator=preschool-enrolment-rate&lang=en"}
    });
    expect(m.basis_text.en).toBe("a level: a rate or a stock at one point in time");
    expect(m.citation.text.en).toBe("Test Project. Beijing education against the Fourteenth Five-Year Plan: baselines, targets and actuals, each traced to its source sentence [dataset], version 9.9.9, 2 January 2030. https://tracker.test/bj/data/releases/beijing-education-14th-fyp-9.9.9.zip");
  });

  it("gives each target its verdict in words, the method, and why there is none when there is none", () => {
    const [city] = metadata("preschool-enrolment-rate").status;
    expect(city).toMatchObject({target_id: "plan-2021/preschool-enrolment-rate-2025", status: "met", method: "maintain", counts: "same", gap: 0, status_text: {zh: "已达成", en: "Met"}, reason_text: null});
    expect(city.method_text.en).toBe("A level to keep: met while the latest actual stays at or above it, behind otherwise.");
    const [district] = metadata("preschool-enrolment-rate-registered").status;
    expect(district).toMatchObject({target_id: "dongcheng-2022/preschool-enrolment-rate-registered", status: "no-figure", status_reason: "no-actual", actual_id: null, counts: null, status_text: {en: "No new figure"}});
    expect(district.reason_text).toEqual({zh: "本站收录的文件中没有这项数字", en: "not in the documents tracked here"});
    expect(district.method_text.zh).toMatch(/^按进度判断/);
    const [coverage] = metadata("public-kindergarten-coverage").status;
    expect(coverage).toMatchObject({status: "too-early", status_reason: "no-baseline", counts: "same", gap: 2, status_text: {zh: "为时尚早", en: "Too early to judge"}});
    expect(coverage.reason_text.en).toBe("the plan gives no 2020 figure to measure the pace from");
    const [schools] = metadata("schools-built-or-expanded-five-year").status;
    expect(schools).toMatchObject({status: "not-comparable", status_reason: "part", counts: "part", needed_per_year: 30, reported_per_year: 24});
  });

  it("relates Dongcheng's target and the city's rate, and Xiong'an's schools under construction and completed, each once and each way", () => {
    const related = (id: string) => metadata(id).related.map((r: {id: string; relation: string; why: {en: string}}) => [r.id, r.relation, r.why.en]);
    const [[, cityKind, cityWhy]] = related("preschool-enrolment-rate");
    const [[, districtKind, districtWhy]] = related("preschool-enrolment-rate-registered");
    expect([cityKind, districtKind]).toEqual(["not-comparable", "not-comparable"]);
    expect(cityWhy).not.toBe(districtWhy);
    expect(related("xiongan-turnkey-schools-completed").map(([id, kind]: string[]) => [id, kind])).toEqual([["xiongan-turnkey-schools-under-construction", "not-comparable"]]);
    expect(related("xiongan-turnkey-schools-under-construction").map(([id, kind]: string[]) => [id, kind])).toEqual([["xiongan-turnkey-schools-completed", "not-comparable"]]);
    // No indicator lists a related one twice.
    for (const i of tables.indicators) {
      const ids = metadata(i.id).related.map((r: {id: string}) => r.id);
      expect(new Set(ids).size, i.id).toBe(ids.length);
    }
  });

  it("lists every source with its quotes and a citation that keeps the document number", () => {
    expect(metadata("preschool-enrolment-rate").sources.map((s: {id: string}) => s.id)).toEqual(["plan-2021", "summary-2022"]);
    const {sources} = metadata("preschool-enrolment-rate-registered");
    expect(sources.map((s: {id: string}) => s.id)).toEqual(["dongcheng-2022"]);
    const dongcheng = sources[0];
    expect(dongcheng).toMatchObject({document_number: "东教工委发〔2022〕7号", issuers: {zh: ["中共北京市东城区委教育工作委员会", "北京市东城区教育委员会"]}, text: "https://tracker.test/bj/data/sources/dongcheng-2022.txt"});
    const own = tables.observations.find((o) => o.observation_id === "dongcheng-2022/preschool-enrolment-rate-registered")!;
    expect(dongcheng.quotes).toEqual([expect.objectContaining({observation_id: own.observation_id, quote: own.quote, figure: own.figure, quote_start: own.quote_start, status: "no-figure"})]);
    expect(dongcheng.quotes[0].url.en).toBe("https://tracker.test/bj/?view=source&doc=dongcheng-2022&lang=en#q-dongcheng-2022/preschool-enrolment-rate-registered");
    expect(dongcheng.citation.bibtex).toContain("number = {东教工委发〔2022〕7号}");
    expect(dongcheng.citation.csl).toMatchObject({number: "东教工委发〔2022〕7号", accessed: {"date-parts": [[2030, 1, 2]]}});
  });

  it("links to the page as the page links to itself (hrefFor), in both languages", () => {
    const m = metadata("preschool-enrolment-rate");
    for (const lang of ["zh", "en"] as const) {
      expect(m.page[lang]).toBe(new URL(linkTo(lang, {indicator: "preschool-enrolment-rate"}), homepage).href);
      for (const source of m.sources)
        for (const q of source.quotes) expect(q.url[lang]).toBe(new URL(linkTo(lang, {view: "source", doc: source.id, hash: `q-${q.observation_id}`}), homepage).href);
      expect(m.status_method[lang]).toBe(new URL(`${linkTo(lang)}#method`, homepage).href.replace("/?#", "/#"));
    }
  });

  it("names related indicators from either side: the five-year total a yearly indicator is the pace of", () => {
    const related = metadata("school-places-added").related.map((r: {id: string; relation: string}) => [r.id, r.relation]);
    expect(related).toContainEqual(["school-places-added-five-year", "paced-by"]);
    expect(metadata("school-places-added-five-year").related.map((r: {id: string; relation: string}) => [r.id, r.relation])).toContainEqual(["school-places-added", "pace"]);
  });
});

describe("packageFiles", () => {
  it("gives the same bytes on every build of a version: Arrow and Parquet included", () => {
    const input = {tables, texts: extracted.sources, release, site, project};
    const [a, b] = [packageFiles(input), packageFiles(input)];
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    a.forEach((f, i) => expect(Buffer.from(f.data).equals(Buffer.from(b[i].data)), f.path).toBe(true));
    expect(a.map((f) => f.path)).toEqual(expect.arrayContaining(["observations.schema.json", "observations.arrow", "observations.parquet", "index.json", ...TABLES.map((t) => `${t.key}.csv`)]));
    expect(a.find((f) => f.path === "observations.csv")!.resource!.schema).toBe(OBSERVATIONS_SCHEMA_PATH);
  });
});

describe("without the site's address", () => {
  const bare = datasetIdentity({release, site: {url: null, contact: null}, project});
  const api = indicatorApi({tables, identity: bare});
  const read = (path: string) => String(api.find((f) => f.path === path)!.data);

  it("publishes no absolute address: every link is relative to its file and lands where the absolute one would", () => {
    const from = "data/indicators/preschool-enrolment-rate.metadata.json";
    const text = read("indicators/preschool-enrolment-rate.metadata.json");
    // Only the licence's own address is absolute.
    expect(text.match(/https?:\/\/[^"]+/g)).toEqual(["https://creativecommons.org/licenses/by/4.0/"]);
    const bareMeta = JSON.parse(text);
    const full = metadata("preschool-enrolment-rate");
    const resolve = (link: string) => new URL(link, new URL(from, homepage)).href;
    expect(resolve(bareMeta.files.csv)).toBe(full.files.csv);
    expect(resolve(bareMeta.files.archive)).toBe(full.files.archive);
    expect(resolve(bareMeta.page.en)).toBe(full.page.en);
    expect(resolve(bareMeta.status_method.en)).toBe(full.status_method.en);
    expect(resolve(bareMeta.sources[0].quotes[0].url.zh)).toBe(full.sources[0].quotes[0].url.zh);
    const places = JSON.parse(read("indicators/school-places-added.metadata.json"));
    const placesFrom = new URL("data/indicators/school-places-added.metadata.json", homepage);
    expect(new URL(places.related[0].metadata, placesFrom).href).toBe(metadata("school-places-added").related[0].metadata);
    // A citation names no address rather than a relative one.
    expect(bareMeta.sources[0].citation.bibtex).not.toMatch(/url/);
    expect(bareMeta.citation.bibtex).not.toMatch(/url/);
    expect(bareMeta.dataset).not.toHaveProperty("homepage");
  });

  it("gives index.json no base: its paths are relative to itself", () => {
    const index = JSON.parse(read("index.json"));
    expect(index).not.toHaveProperty("base");
    expect(index).not.toHaveProperty("homepage");
    expect(index.archive).toBe("releases/beijing-education-14th-fyp-9.9.9.zip");
    expect(read("index.json")).not.toMatch(/https?:\/\/(?!creativecommons)/);
  });
});
