import {existsSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {rowsToCsv, rowsToJson} from "../../src/formats/dataset-files.ts";
import {parseCsv} from "../../src/formats/csv.ts";
import {COLUMNS} from "../../src/schema/published-row.ts";
import {realData} from "../real-data.ts";

const {observations} = realData();

describe("downloaded files", () => {
  it("the CSV of every row is the published indicators.csv, byte for byte", () => {
    const published = new URL("../../public/data/indicators.csv", import.meta.url);
    if (!existsSync(published)) throw new Error("public/data is missing: run npm run data");
    expect(rowsToCsv(observations)).toBe(readFileSync(published, "utf8"));
    expect(rowsToJson(observations)).toBe(readFileSync(new URL("../../public/data/indicators.json", import.meta.url), "utf8"));
  });

  it("a selection keeps exactly the published columns and nothing of the page's extras", () => {
    const csv = rowsToCsv(observations.slice(0, 3));
    const [header, ...body] = parseCsv(csv);
    expect(header).toEqual([...COLUMNS]);
    expect(body).toHaveLength(3);
    expect(Object.keys(JSON.parse(rowsToJson(observations.slice(0, 1)))[0])).toEqual([...COLUMNS]);
  });
});
