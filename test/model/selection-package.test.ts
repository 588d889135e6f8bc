import {createHash} from "node:crypto";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {tableSchema} from "../../src/build/datapackage.ts";
import {TABLES} from "../../src/build/package-tables.ts";
import {rowsToCsv} from "../../src/formats/dataset-files.ts";
import {selectionPackage} from "../../src/model/selection-package.ts";
import {checkDataPackage} from "../support/frictionless.ts";
import {realBuild} from "../real-data.ts";

const {tables} = realBuild();
const dir = mkdtempSync(join(tmpdir(), "selection-package-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("selectionPackage", () => {
  it("makes a downloaded selection a Data Package that a Frictionless client reads row by row", async () => {
    const rows = tables.observations.filter((o) => o.domain === "preschool");
    const csv = rowsToCsv(rows, {bom: false});
    const json = JSON.stringify({rows: rows.length});
    const packed = (path: string, text: string) => ({path, bytes: Buffer.byteLength(text), sha256: createHash("sha256").update(text).digest("hex")});
    const files = {csv: packed("selection.csv", csv), metadata: packed("selection.metadata.json", json)};
    const schema = JSON.parse(JSON.stringify(tableSchema(TABLES[0])));
    const descriptor = selectionPackage({
      about: {title: "Test dataset", version: "9.9.9", license: {name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/"}, archive: null},
      schema,
      files,
      date: new Date(Date.UTC(2026, 11, 3, 10, 30, 0, 123))
    });
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify(descriptor));
    writeFileSync(join(dir, files.csv.path), csv);
    writeFileSync(join(dir, files.metadata.path), json);
    const check = await checkDataPackage(dir);
    expect(check.errors).toEqual([]);
    expect(check.rows).toEqual({selection: rows.length});
    expect(descriptor).toMatchObject({name: "beijing-education-14th-fyp-selection", version: "9.9.9", created: "2026-12-03T10:30:00Z"});
    // No foreign key to tables the selection does not hold; no source address without the site's.
    expect(descriptor.resources[0].schema).not.toHaveProperty("foreignKeys");
    expect(descriptor).not.toHaveProperty("sources");
  });

  it("names the version's archive as its source when the site's address is known", () => {
    const archive = "https://tracker.test/bj/data/releases/beijing-education-14th-fyp-9.9.9.zip";
    const descriptor = selectionPackage({about: {title: "T", version: "9.9.9", license: {name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/"}, archive}, schema: {fields: []}, files: {csv: {path: "a.csv", bytes: 0, sha256: ""}, metadata: {path: "a.json", bytes: 0, sha256: ""}}, date: new Date(0)});
    expect(descriptor.sources).toEqual([{title: "T, version 9.9.9", path: archive}]);
  });
});
