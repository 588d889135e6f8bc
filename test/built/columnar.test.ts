/**
 * The observations as Apache Arrow and Apache Parquet read back, row for row
 * and value for value, to observations.json and observations.csv.
 * Run `npm run build` before running this file alone.
 */
import {readFileSync} from "node:fs";
import * as aq from "arquero";
import {csvParse} from "d3";
import {parquetReadObjects} from "hyparquet";
import {describe, expect, it} from "vitest";
import {columnsOf, OBSERVATION_FIELDS, type ObservationRow} from "../../src/schema/tables.ts";

const dir = new URL("../../dist/data/", import.meta.url);
const rows: ObservationRow[] = JSON.parse(readFileSync(new URL("observations.json", dir), "utf8"));
const csv = csvParse(readFileSync(new URL("observations.csv", dir), "utf8"));
const COLUMNS = columnsOf(OBSERVATION_FIELDS);
const cell = (value: unknown) => (value === null ? "" : String(value));

function expectSameRows(read: Array<Record<string, unknown>>, what: string) {
  expect(read).toHaveLength(rows.length);
  const differences: string[] = [];
  read.forEach((row, i) => {
    expect(Object.keys(row), `${what} row ${i + 1}`).toEqual(COLUMNS);
    for (const c of COLUMNS) {
      if (row[c] !== rows[i][c]) differences.push(`${what} row ${i + 1} ${c}: ${JSON.stringify(row[c])} ≠ ${JSON.stringify(rows[i][c])} (json)`);
      if (cell(row[c]) !== csv[i][c]) differences.push(`${what} row ${i + 1} ${c}: ${JSON.stringify(row[c])} ≠ ${JSON.stringify(csv[i][c])} (csv)`);
    }
  });
  expect(differences).toEqual([]);
}

describe("the observations in columnar formats", () => {
  it("observations.arrow, read by Arquero (fromArrow), is observations.csv row for row", () => {
    expectSameRows(aq.fromArrow(readFileSync(new URL("observations.arrow", dir))).objects() as Array<Record<string, unknown>>, "arrow");
  });

  it("observations.parquet, read by hyparquet, is observations.csv row for row", async () => {
    const bytes = readFileSync(new URL("observations.parquet", dir));
    expectSameRows(await parquetReadObjects({file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer}), "parquet");
  });
});
