import {existsSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {rowsToCsv, rowsToJson} from "../../src/formats/dataset-files.ts";
import {parseCsv} from "../support/read-csv.ts";
import {columnsOf, OBSERVATION_FIELDS} from "../../src/schema/tables.ts";
import {realData} from "../real-data.ts";

const {observations} = realData().data;
const COLUMNS = columnsOf(OBSERVATION_FIELDS);

describe("downloaded files", () => {
  it("the CSV of every row is the published observations-excel.csv (with its byte-order mark), byte for byte", () => {
    const published = new URL("../../dist/data/observations-excel.csv", import.meta.url);
    if (!existsSync(published)) throw new Error("dist/data is missing: run npm run build");
    expect(rowsToCsv(observations)).toBe(readFileSync(published, "utf8"));
    expect(rowsToJson(observations)).toBe(readFileSync(new URL("../../dist/data/observations.json", import.meta.url), "utf8"));
  });

  it("a selection keeps exactly the published columns and nothing of the page's extras", () => {
    const csv = rowsToCsv(observations.slice(0, 3));
    const [header, ...body] = parseCsv(csv);
    expect(header).toEqual([...COLUMNS]);
    expect(header[0]).toBe("observation_id");
    expect(body).toHaveLength(3);
    expect(Object.keys(JSON.parse(rowsToJson(observations.slice(0, 1)))[0])).toEqual([...COLUMNS]);
  });
});
