/**
 * The indicator API as published in dist/data: index.json lists every
 * indicator; each indicator's CSV reads (d3-dsv) to exactly its rows of
 * observations.json, cell for cell, in the columns of observations.csv; each
 * metadata file names the version and release date of CHANGELOG.md, the
 * licence and citation, and the quotes it cites are in the sources at their
 * offsets. The Data Package lists every one of these files.
 * Run `npm run build` before running this file alone.
 */
import {existsSync, readFileSync} from "node:fs";
import {csvParse} from "d3";
import {beforeAll, describe, expect, it} from "vitest";
import {releaseOf} from "../../src/build/release.ts";
import {columnsOf, OBSERVATION_FIELDS, type ObservationRow} from "../../src/schema/tables.ts";

const dir = new URL("../../dist/data/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dir), "utf8");
const COLUMNS = columnsOf(OBSERVATION_FIELDS);
const release = releaseOf(readFileSync(new URL("../../CHANGELOG.md", import.meta.url), "utf8"));
const cell = (value: unknown) => (value === null ? "" : String(value));

interface IndexEntry {id: string; csv: string; metadata: string; figures: number; targets: Array<{target_id: string; status: string}>}
let index: {version: string; released: string; base?: string; archive: string; indicators: IndexEntry[]; files: Record<string, string>; tables: Record<string, {csv: string; json: string}>; texts: Record<string, string>};
let observations: ObservationRow[];

beforeAll(() => {
  if (!existsSync(new URL("index.json", dir))) throw new Error("dist/data/index.json is missing: run `npm run build` first");
  index = JSON.parse(read("index.json"));
  observations = JSON.parse(read("observations.json"));
});

describe("dist/data/index.json", () => {
  it("lists every indicator of the catalogue with its files, the version and its release date", () => {
    const catalogue: Array<{id: string}> = JSON.parse(read("indicators.json"));
    expect(index.indicators.map((i) => i.id)).toEqual(catalogue.map((i) => i.id));
    expect({version: index.version, released: index.released}).toEqual({version: release.version, released: release.date});
    // Paths relative to index.json itself; `base` says where that is when the build was told the site's address.
    expect(index.archive).toBe(`releases/beijing-education-14th-fyp-${release.version}.zip`);
    for (const path of [index.archive, ...Object.values(index.files)]) expect(existsSync(new URL(path, dir)), path).toBe(true);
    // Every table of the package, as CSV and JSON.
    expect(Object.keys(index.tables)).toEqual(["observations", "indicators", "relations", "sources", "status", "mentions"]);
    for (const table of Object.values(index.tables)) for (const path of [table.csv, table.json]) expect(existsSync(new URL(path, dir)), path).toBe(true);
    for (const path of Object.values(index.texts)) expect(existsSync(new URL(path, dir)), path).toBe(true);
  });
});

describe("dist/data/indicators/<id>.csv", () => {
  it("reads with d3-dsv to the indicator's rows of observations.json, in order, cell for cell, in the published columns", () => {
    const differences: string[] = [];
    for (const entry of index.indicators) {
      const rows = csvParse(read(entry.csv));
      expect(rows.columns, entry.id).toEqual(COLUMNS);
      const own = observations.filter((o) => o.indicator_id === entry.id);
      expect(rows.length, entry.id).toBe(own.length);
      expect(entry.figures).toBe(own.length);
      own.forEach((o, i) => {
        for (const c of COLUMNS) if (rows[i][c] !== cell(o[c])) differences.push(`${entry.csv} row ${i + 1} ${c}: ${JSON.stringify(rows[i][c])} ≠ ${JSON.stringify(o[c])}`);
      });
    }
    expect(differences).toEqual([]);
    expect(index.indicators.reduce((n, e) => n + e.figures, 0)).toBe(observations.length);
  });

  it("has no byte-order mark and the same header line as observations.csv", () => {
    const header = read("observations.csv").split("\r\n", 1)[0];
    for (const entry of index.indicators) {
      const csv = read(entry.csv);
      expect(csv.charCodeAt(0), entry.csv).not.toBe(0xfeff);
      expect(csv.split("\r\n", 1)[0], entry.csv).toBe(header);
    }
  });
});

describe("dist/data/indicators/<id>.metadata.json", () => {
  it("names the version, release date, licence and citation, and every target's status as status.json has it", () => {
    const status: Array<{target_id: string; indicator_id: string; status: string; method: string}> = JSON.parse(read("status.json"));
    const texts: Record<string, string> = {};
    for (const entry of index.indicators) {
      const m = JSON.parse(read(entry.metadata));
      expect({id: m.id, version: m.version, released: m.released, license: m.license.name, figures: m.figures}, entry.id).toEqual({id: entry.id, version: release.version, released: release.date, license: "CC-BY-4.0", figures: entry.figures});
      expect(m.citation.text.en, entry.id).toContain(`version ${release.version}`);
      expect(m.citation.csl.issued, entry.id).toEqual({"date-parts": [release.date.split("-").map(Number)]});
      expect(m.status.map((s: {target_id: string; status: string; method: string}) => [s.target_id, s.status, s.method])).toEqual(status.filter((s) => s.indicator_id === entry.id).map((s) => [s.target_id, s.status, s.method]));
      for (const s of m.status) expect(s.method_text.en.length, entry.id).toBeGreaterThan(20);
      for (const source of m.sources) {
        texts[source.id] ??= read(`sources/${source.id}.txt`);
        for (const q of source.quotes) expect(texts[source.id].slice(q.quote_start, q.quote_end), q.observation_id).toBe(q.quote);
      }
      expect(m.sources.flatMap((s: {quotes: unknown[]}) => s.quotes)).toHaveLength(entry.figures);
    }
  });

  it("links only to indicators and files that exist", () => {
    const ids = new Set(index.indicators.map((i) => i.id));
    for (const entry of index.indicators) {
      const m = JSON.parse(read(entry.metadata));
      for (const r of m.related) expect(ids.has(r.id), `${entry.id} → ${r.id}`).toBe(true);
      // Absolute with the site's address, relative to the metadata file without it: either way, to a file that exists.
      const file = new URL(entry.metadata, dir);
      for (const link of [m.files.csv, m.files.metadata, m.files.schema, m.files.archive, m.files.datapackage]) {
        const path = index.base && link.startsWith(index.base) ? new URL(link.slice(index.base.length), dir) : new URL(link, file);
        expect(existsSync(path), link).toBe(true);
      }
    }
  });
});

describe("dist/data/datapackage.json", () => {
  it("lists every file of the indicator API, the schema, Arrow and Parquet as resources", () => {
    const pkg = JSON.parse(read("datapackage.json"));
    expect(pkg.profile).toBe("data-package");
    const paths = new Set(pkg.resources.map((r: {path: string}) => r.path));
    for (const entry of index.indicators) for (const path of [entry.csv, entry.metadata]) expect(paths.has(path), path).toBe(true);
    for (const path of ["index.json", "observations.schema.json", "observations.arrow", "observations.parquet"]) expect(paths.has(path), path).toBe(true);
    // The observations' schema is written once, and referenced.
    const schemas = pkg.resources.filter((r: {format: string}) => r.format === "csv").map((r: {schema: unknown}) => r.schema);
    expect(schemas.filter((s: unknown) => s === "observations.schema.json")).toHaveLength(1 + index.indicators.length);
    expect(Buffer.byteLength(read("datapackage.json"))).toBeLessThan(250_000);
  });
});
