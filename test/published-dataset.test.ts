/**
 * Checks the dataset the build publishes (dist/data), the files researchers download.
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import {existsSync, readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {removeSpace} from "../src/build/extract/compact-text.ts";
import {COLUMNS} from "../src/schema/published-row.ts";
import {parseFigure} from "../src/build/extract/parse-figure.ts";
import {BOM, parseCsv} from "../src/formats/csv.ts";

const dir = new URL("../dist/data/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");
type Row = Record<(typeof COLUMNS)[number], string | number>;

let csv: string;
let rows: Row[];
let sources: Record<string, string>;

beforeAll(() => {
  if (!existsSync(new URL("indicators.csv", dir))) throw new Error("dist/data/indicators.csv is missing: run `npm run build` first");
  csv = read("indicators.csv");
  rows = JSON.parse(read("indicators.json"));
  const records: Array<{id: string}> = JSON.parse(read("sources.json"));
  sources = Object.fromEntries(records.map((s) => [s.id, read(`sources/${s.id}.txt`)]));
});

describe("dist/data/indicators.csv", () => {
  it("starts with a BOM and has exactly the published columns, in order", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parseCsv(csv)[0]).toEqual([...COLUMNS]);
  });

  it("round-trips to the same rows as indicators.json", () => {
    const [header, ...body] = parseCsv(csv);
    expect(body).toHaveLength(rows.length);
    body.forEach((cells, i) => {
      header.forEach((column, j) => {
        const expected = rows[i][column as keyof Row];
        // The comparator "=" is neutralised in CSV so a spreadsheet does not read it as a formula.
        const want = typeof expected === "number" ? String(expected) : expected === "=" ? "'=" : expected;
        expect(cells[j], `${rows[i].indicator_id} ${column}`).toBe(want);
      });
    });
  });

  it("covers all three sources and all three series", () => {
    expect(new Set(rows.map((r) => r.source_id))).toEqual(new Set(["plan-2021", "summary-2022", "dongcheng-2022"]));
    expect(new Set(rows.map((r) => r.series))).toEqual(new Set(["baseline", "target", "actual"]));
  });
});

describe("every published row", () => {
  it("quotes its cleaned source verbatim at its offsets", () => {
    for (const row of rows) {
      const text = sources[row.source_id as string];
      expect(text.slice(row.quote_start as number, row.quote_end as number), String(row.indicator_id)).toBe(row.quote);
    }
  });

  it("has its value readable in its quote", () => {
    for (const row of rows) {
      const quote = removeSpace(row.quote as string);
      const written = String(row.value);
      const chinese = /[一二两三四五六七八九十百千万]/.test(quote);
      expect(quote.includes(written) || chinese, `${row.indicator_id}: ${written} in ${quote}`).toBe(true);
    }
  });

  it("has a base value consistent with its value and unit", () => {
    for (const row of rows) {
      const unit = row.unit as string;
      const factor = unit.startsWith("万") ? 1e4 : unit.startsWith("亿") ? 1e8 : 1;
      expect(row.value_base).toBeCloseTo((row.value as number) * factor, 6);
      expect(unit.endsWith(row.unit_base as string) || unit === "万" || unit === "亿").toBe(true);
    }
  });

  it("re-parses from the figure in its quote to the same value, unit and comparator", () => {
    const observations: Array<Row & {figure: string; figure_start: number; figure_end: number; quote_start: number; quote_end: number}> = JSON.parse(read("observations.json"));
    for (const o of observations) {
      const text = sources[o.source_id as string];
      expect(text.slice(o.figure_start, o.figure_end)).toBe(o.figure);
      const parsed = parseFigure(o.figure, {before: text.slice(o.quote_start, o.figure_start), after: text.slice(o.figure_end, o.quote_end)});
      expect({value: parsed.value, comparator: parsed.comparator}, String(o.indicator_id)).toEqual({value: o.value, comparator: o.comparator});
    }
  });
});

describe("dist/data/datapackage.json", () => {
  it("describes both files with typed fields and enums", () => {
    const pkg = JSON.parse(read("datapackage.json"));
    expect(pkg.resources.map((r: {path: string}) => r.path)).toEqual(["indicators.csv", "indicators.json"]);
    for (const resource of pkg.resources) {
      expect(resource.schema.fields.map((f: {name: string}) => f.name)).toEqual([...COLUMNS]);
      const field = (name: string) => resource.schema.fields.find((f: {name: string}) => f.name === name);
      expect(field("series").constraints.enum).toEqual(["baseline", "target", "actual"]);
      expect(field("scope").constraints.enum).toEqual(["beijing", "dongcheng"]);
      expect(field("value").type).toBe("number");
      expect(field("quote_start").type).toBe("integer");
    }
    expect(pkg.sources).toHaveLength(3);
    expect(pkg.licenses[0].name).toBe("CC-BY-4.0");
  });
});
