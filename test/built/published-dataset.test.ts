/**
 * Checks the dataset the build publishes (dist/data), the files researchers download:
 * observations.csv/.json (one row per figure), its spreadsheet copy and the Data Package.
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import {existsSync, readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {removeSpace} from "../../src/build/extract/compact-text.ts";
import {parseFigure} from "../../src/build/extract/parse-figure.ts";
import {BOM} from "../../src/formats/csv.ts";
import {parseCsv} from "../support/read-csv.ts";
import {COMPARATORS} from "../../src/schema/comparators.ts";
import {columnsOf, OBSERVATION_FIELDS, type ObservationRow} from "../../src/schema/tables.ts";

const dir = new URL("../../dist/data/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");
const COLUMNS = columnsOf(OBSERVATION_FIELDS);
type Row = ObservationRow;

let csv: string;
let excel: string;
let rows: Row[];
let sources: Record<string, string>;

beforeAll(() => {
  if (!existsSync(new URL("observations.csv", dir))) throw new Error("dist/data/observations.csv is missing: run `npm run build` first");
  csv = read("observations.csv");
  excel = read("observations-excel.csv");
  rows = JSON.parse(read("observations.json"));
  const records: Array<{id: string; text_path: string}> = JSON.parse(read("sources.json"));
  sources = Object.fromEntries(records.map((s) => [s.id, read(s.text_path)]));
});

describe("dist/data/observations.csv", () => {
  it("has exactly the published columns, in order; only the spreadsheet copy starts with a BOM", () => {
    expect(csv.startsWith(BOM)).toBe(false);
    expect(excel.startsWith(BOM)).toBe(true);
    expect(excel).toBe(BOM + csv);
    expect(parseCsv(csv)[0]).toEqual([...COLUMNS]);
    expect(COLUMNS[0]).toBe("observation_id");
  });

  it("round-trips to the same rows as observations.json, codes written as they are", () => {
    const [header, ...body] = parseCsv(csv);
    expect(body).toHaveLength(rows.length);
    body.forEach((cells, i) => {
      header.forEach((column, j) => {
        const expected = rows[i][column as keyof Row];
        // Missing values are empty cells; numbers are written as numbers; codes (the comparator too) are never neutralised.
        const want = expected === null ? "" : String(expected);
        expect(cells[j], `${rows[i].observation_id} ${column}`).toBe(want);
      });
    });
    for (const r of rows) expect(COMPARATORS).toContain(r.comparator);
  });

  it("covers all three sources and all three series", () => {
    expect(new Set(rows.map((r) => r.source_id))).toEqual(new Set(["plan-2021", "summary-2022", "dongcheng-2022"]));
    expect(new Set(rows.map((r) => r.series))).toEqual(new Set(["baseline", "target", "actual"]));
  });

  it("gives every target its published status, and no other row one", () => {
    const status: Array<{target_id: string; status: string; status_reason: string}> = JSON.parse(read("status.json"));
    const byTarget = new Map(status.map((s) => [s.target_id, s]));
    for (const r of rows) {
      if (r.series === "target") expect({status: r.status, status_reason: r.status_reason}, r.observation_id).toEqual({status: byTarget.get(r.observation_id)!.status, status_reason: byTarget.get(r.observation_id)!.status_reason});
      else expect([r.status, r.status_reason], r.observation_id).toEqual([null, null]);
    }
    expect(byTarget.size).toBe(rows.filter((r) => r.series === "target").length);
  });

  it("has unique observation ids", () => {
    expect(new Set(rows.map((r) => r.observation_id)).size).toBe(rows.length);
  });
});

describe("every published row", () => {
  it("quotes its cleaned source verbatim at its offsets", () => {
    for (const row of rows) {
      const text = sources[row.source_id as string];
      expect(text.slice(row.quote_start, row.quote_end), row.observation_id).toBe(row.quote);
      expect(text.slice(row.figure_start, row.figure_end), row.observation_id).toBe(row.figure);
      expect(row.quote_start <= row.figure_start && row.figure_end <= row.quote_end, row.observation_id).toBe(true);
    }
  });

  it("has its value readable in its quote", () => {
    for (const row of rows) {
      const quote = removeSpace(row.quote);
      const written = String(row.value);
      const chinese = /[一二两三四五六七八九十百千万]/.test(quote);
      expect(quote.includes(written) || chinese, `${row.indicator_id}: ${written} in ${quote}`).toBe(true);
    }
  });

  it("has a base value consistent with its value and unit", () => {
    for (const row of rows) {
      const unit = row.unit;
      const factor = unit.startsWith("万") ? 1e4 : unit.startsWith("亿") ? 1e8 : 1;
      expect(row.value_base).toBeCloseTo(row.value * factor, 6);
      if (row.value_upper === null) expect(row.value_upper_base).toBeNull();
      else expect(row.value_upper_base).toBeCloseTo(row.value_upper * factor, 6);
      expect(unit.endsWith(row.unit_base) || unit === "万" || unit === "亿").toBe(true);
    }
  });

  it("re-parses from the figure in its quote to the same value, unit and comparator", () => {
    for (const o of rows) {
      const text = sources[o.source_id];
      expect(text.slice(o.figure_start, o.figure_end)).toBe(o.figure);
      const parsed = parseFigure(o.figure, {before: text.slice(o.quote_start, o.figure_start), after: text.slice(o.figure_end, o.quote_end)});
      expect({value: parsed.value, comparator: parsed.comparator}, o.observation_id).toEqual({value: o.value, comparator: o.comparator});
    }
  });

  it("covers the period its basis says: one year for a level or a batch, its year the period's end", () => {
    for (const o of rows) {
      expect(o.year, o.observation_id).toBe(o.period_end);
      expect(o.period_start <= o.period_end, o.observation_id).toBe(true);
      if (o.basis === "level" || o.basis === "batch") expect(o.period_start, o.observation_id).toBe(o.period_end);
      if (o.basis === "cumulative") expect(o.period_start, o.observation_id).toBeLessThan(o.period_end);
    }
  });
});

describe("dist/data/datapackage.json", () => {
  it("describes every published table as a tabular resource with typed fields and enums, the observations' schema by path", () => {
    const pkg = JSON.parse(read("datapackage.json"));
    // Not every resource is a table (metadata JSON, Arrow, Parquet): the package is a data-package, its CSVs tabular resources.
    expect(pkg.profile).toBe("data-package");
    type Field = {name: string; type: string; constraints?: {enum?: string[]; required?: boolean}};
    type Resource = {name: string; path: string; profile: string; format: string; bytes: number; hash: string; schema: string | {fields: Field[]; primaryKey: string | string[]}};
    const resources: Resource[] = pkg.resources;
    const tables = resources.filter((r) => r.profile === "tabular-data-resource");
    expect(tables.every((r) => r.format === "csv")).toBe(true);
    expect(tables.slice(0, 6).map((r) => r.path)).toEqual(["observations.csv", "indicators.csv", "relations.csv", "sources.csv", "status.csv", "mentions.csv"]);
    expect(tables.slice(6).every((r) => /^indicators\/[a-z0-9-]+\.csv$/.test(r.path) && r.schema === "observations.schema.json")).toBe(true);
    expect(resources.filter((r) => r.profile !== "tabular-data-resource").every((r) => ["json", "arrow", "parquet", "txt"].includes(r.format))).toBe(true);
    // The cleaned texts every offset refers to are resources, with their size and hash.
    const texts = resources.filter((r) => r.format === "txt");
    expect(texts.map((r) => r.path)).toEqual(pkg.sources.map((s: {path: string}) => s.path));
    expect(tables[0].schema).toBe("observations.schema.json");
    const schema = JSON.parse(read("observations.schema.json")) as {fields: Field[]; primaryKey: string};
    expect(schema.fields.map((f) => f.name)).toEqual([...COLUMNS]);
    expect(schema.primaryKey).toBe("observation_id");
    const field = (name: string) => schema.fields.find((f) => f.name === name)!;
    expect(field("series").constraints!.enum).toEqual(["baseline", "target", "actual"]);
    expect(field("scope").constraints!.enum).toEqual(["beijing", "dongcheng"]);
    expect(field("comparator").constraints!.enum).toEqual([...COMPARATORS]);
    expect(field("value").type).toBe("number");
    expect(field("quote_start").type).toBe("integer");
    expect(field("status").constraints!.required).toBe(false);
    for (const resource of resources) expect(readFileSync(new URL(resource.path, dir)).length, resource.path).toBe(resource.bytes);
    expect(pkg.sources).toHaveLength(3);
    expect(pkg.licenses[0].name).toBe("CC-BY-4.0");
    // The project made and publishes it; the version and its release date are CHANGELOG.md's.
    expect(pkg.contributors.map((c: {title: string; role: string}) => c.role)).toEqual(["author", "publisher"]);
    expect(pkg.created).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
});
