/**
 * Every published CSV reads back, with a plain CSV parser (d3-dsv), to exactly
 * the rows of its JSON twin: no value altered, no code rewritten, numbers as
 * numbers, missing values empty.
 */
import {readFileSync} from "node:fs";
import {csvParse} from "d3";
import {describe, expect, it} from "vitest";
import {publishedColumns, TABLES} from "../../src/build/package-tables.ts";

const dir = new URL("../../dist/data/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), "utf8");


/** A JSON value as its CSV cell must read: null empty, numbers and booleans as written. */
const cell = (value: unknown) => (value === null ? "" : String(value));

describe("the published CSV files equal their JSON, cell by cell", () => {
  for (const spec of TABLES) {
    const name = spec.key;
    it(`${name}.csv`, () => {
      const csv = read(`${name}.csv`);
      expect(csv.charCodeAt(0), "no byte-order mark in the machine-readable file").not.toBe(0xfeff);
      const rows = csvParse(csv);
      const json: Array<Record<string, unknown>> = JSON.parse(read(`${name}.json`));
      // Every column of the table (status.csv leaves out a method's columns no target fills yet).
      expect(rows.columns).toEqual(publishedColumns(spec, json));
      if (spec.dropEmpty) for (const column of rows.columns) expect(json.some((row) => row[column] !== null), `${name}.csv: ${column} is never empty`).toBe(true);
      expect(rows.length).toBe(json.length);
      const differences: string[] = [];
      json.forEach((row, i) => {
        for (const column of rows.columns) if (rows[i][column] !== cell(row[column])) differences.push(`row ${i + 1} ${column}: ${JSON.stringify(rows[i][column])} ≠ ${JSON.stringify(row[column])}`);
      });
      expect(differences).toEqual([]);
    });
  }

  it("observations-excel.csv is the same table with a byte-order mark, for spreadsheets", () => {
    const excel = read("observations-excel.csv");
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(csvParse(excel.slice(1))).toEqual(csvParse(read("observations.csv")));
  });
});
