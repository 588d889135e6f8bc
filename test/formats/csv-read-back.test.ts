/**
 * CSV downloads read back: every value as written by the project's writer
 * (src/formats/csv.ts), codes byte for byte, free text unchanged or with one
 * leading apostrophe where support/csv-payloads.ts says so; and what the
 * writer refuses to write. What a real spreadsheet makes of the same files is
 * test/integration/csv-libreoffice.test.ts (LibreOffice, one run per import option).
 */
import {csvParseRows} from "d3"; // d3-dsv, through the d3 dependency
import {describe, expect, it} from "vitest";
import {BOM, neutralise, toCsv} from "../../src/formats/csv.ts";
import {CASES, expected, write} from "../support/csv-cases.ts";
import {MULTI_LINE, SINGLE_LINE, UNWRITABLE_WITH_LINE_BREAKS} from "../support/csv-payloads.ts";

describe.each(CASES)("the CSV writer: $name", (file) => {
  it("reads back with d3-dsv: codes and numbers byte for byte, free text unchanged or with the one apostrophe it needed", () => {
    const csv = write(file);
    expect(csv.startsWith(`${BOM}"`)).toBe(true);
    const [header, ...body] = csvParseRows(csv.slice(BOM.length));
    expect(header).toEqual([...file.columns]);
    expect(body).toEqual(file.readBack);
  });
});

describe("the CSV writer refuses what it cannot make safe", () => {
  const columns = ["id", "text", "last"];
  const file = (...texts: string[]) => texts.map((text, i) => ({id: `r${i}`, text, last: "x"}));

  it.each(UNWRITABLE_WITH_LINE_BREAKS)("text %j in a file with a line break", (text) => {
    expect(() => toCsv(file("line\nbreak", text), {columns, codeColumns: ["id"]})).toThrow(/formula start after ; TAB or a line break/);
  });

  it("a formula start after ; in a file with an empty last cell, which leaves a row's quoted run open", () => {
    const rows = [{id: "a", text: "x", last: ""}, {id: "b", text: "a;=1+1", last: "x"}];
    expect(() => toCsv(rows, {columns, codeColumns: ["id"]})).toThrow(/row 2, column text/);
    expect(toCsv(rows.slice(1), {columns, codeColumns: ["id"]})).toContain('"a;=1+1"');
  });

  it("a code cell that is not a plain code or a number, rather than change it", () => {
    for (const bad of ["=1+1", "-1", "a b", "入园率", "a;b", true, {}]) {
      expect(() => toCsv([{id: bad}], {columns: ["id"], codeColumns: ["id"]})).toThrow(/code column/);
    }
    const fine = [{id: "preschool-enrolment-rate"}, {id: "a.b:c_d"}, {id: -5}, {id: 2022}, {id: ""}, {id: null}];
    expect(csvParseRows(toCsv(fine, {columns: ["id"], codeColumns: ["id"], bom: false})).flat()).toEqual(["id", "preschool-enrolment-rate", "a.b:c_d", "-5", "2022", "", ""]);
  });

  it("neutralises exactly the payloads marked for an apostrophe", () => {
    for (const payload of [...SINGLE_LINE, ...MULTI_LINE]) expect(neutralise(payload.text), JSON.stringify(payload.text)).toBe(expected(payload));
  });
});
