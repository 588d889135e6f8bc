/**
 * CSV downloads opened in a real spreadsheet: LibreOffice Calc, headless, reading
 * the file with `,`, `;` or TAB as separator and "trim spaces" off or on, as a
 * user might pick in its import dialog. No cell may become a formula, and every
 * value must read back as written: codes byte for byte, free text unchanged or
 * with one leading apostrophe where support/csv-payloads.ts says so.
 * LibreOffice is required: without it these tests fail, they never skip.
 */
import {csvParseRows} from "d3"; // d3-dsv, through the d3 dependency
import {describe, expect, it} from "vitest";
import {publishedRows} from "../src/formats/dataset-files.ts";
import {columnsOf, OBSERVATION_FIELDS} from "../src/schema/tables.ts";
import {MULTI_LINE, SINGLE_LINE, UNWRITABLE_WITH_LINE_BREAKS, type Payload} from "./support/csv-payloads.ts";
import {formulaCells, type ImportOptions} from "./support/libreoffice.ts";
import {BOM, neutralise, quoteField, toCsv} from "../src/formats/csv.ts";
import {realData} from "./real-data.ts";

const LIBREOFFICE_TIMEOUT = 120_000;
const IMPORTS: ImportOptions[] = [",", ";", "\t"].flatMap((separator) => [false, true].map((trimSpaces) => ({separator, trimSpaces}) as ImportOptions));
const label = ({separator, trimSpaces}: ImportOptions) => `separator ${JSON.stringify(separator)}, trim spaces ${trimSpaces ? "on" : "off"}`;

/** A file to write: its rows, and what a CSV reader must get back for each cell. */
interface Case {
  name: string;
  columns: readonly string[];
  codeColumns: readonly string[];
  rows: Record<string, unknown>[];
  readBack: string[][];
}

/** One cell: the value written and what must be read back. */
type Spec = {value: unknown; back: string};
const text = (payload: Payload): Spec => ({value: payload.text, back: expected(payload)});
const plain = (value: string | number): Spec => ({value, back: String(value)});
const expected = (payload: Payload) => (payload.apostrophe ? `'${payload.text}` : payload.text);
const at = <T>(list: readonly T[], i: number) => list[i % list.length];
const NUMBERS = [0, -5, 1.5, -0.25, 160000, 2022, 1e21];
const CODES = ["a.b:c-d", "", "x_1", "P26", "2022"];

function makeCase(name: string, columns: readonly string[], codeColumns: readonly string[], specs: Spec[][]): Case {
  const rows = specs.map((row) => Object.fromEntries(columns.map((c, j) => [c, row[j].value])));
  return {name, columns, codeColumns, rows, readBack: specs.map((row) => row.map((cell) => cell.back))};
}

/** Payloads in the first, a middle and the last column, with codes and numbers between them. */
function generic(name: string, payloads: readonly Payload[]): Case {
  const specs = payloads.map((payload, i) => [text(payload), plain(`p${i}`), plain(at(NUMBERS, i)), text(at(payloads, i + 1)), plain(at(CODES, i)), text(at(payloads, i + 2))]);
  return makeCase(name, ["first", "id", "value", "middle", "kind", "last"], ["id", "kind"], specs);
}

const COLUMNS = columnsOf(OBSERVATION_FIELDS);

/** What the download paths write (src/formats/dataset-files.ts, src/build/publish.ts): the real rows, then hostile text in every free-text column. */
function published(): Case {
  const codeColumns = COLUMNS.filter((c) => OBSERVATION_FIELDS[c].kind === "code");
  const numeric = (c: (typeof COLUMNS)[number]) => OBSERVATION_FIELDS[c].type !== "string";
  const real = publishedRows(realData().data.observations) as unknown as Record<string, string | number | null>[];
  // No real value needs an apostrophe: codes are letters, and the build refuses free text that starts a formula.
  const realSpecs = real.map((row) => COLUMNS.map((c) => (row[c] === null ? {value: null, back: ""} : plain(row[c]!))));
  const hostile = SINGLE_LINE.map((_, i) => COLUMNS.map((c, j) =>
    c === "observation_id" ? plain(`hostile/${i}`) : codeColumns.includes(c) ? plain(real[0][c] ?? "") : numeric(c) ? plain(at(NUMBERS, i + j)) : text(at(SINGLE_LINE, i + j))));
  return makeCase("the published columns, real rows and hostile rows", COLUMNS, codeColumns, [...realSpecs, ...hostile]);
}

const CASES: Case[] = [generic("one-line payloads", SINGLE_LINE), generic("line breaks and empty last cells", MULTI_LINE), published()];

const write = ({rows, columns, codeColumns}: Case) => toCsv(rows, {columns, codeColumns});

describe.each(CASES)("the CSV writer: $name", (file) => {
  it("reads back with d3-dsv: codes and numbers byte for byte, free text unchanged or with the one apostrophe it needed", () => {
    const csv = write(file);
    expect(csv.startsWith(`${BOM}"`)).toBe(true);
    const [header, ...body] = csvParseRows(csv.slice(BOM.length));
    expect(header).toEqual([...file.columns]);
    expect(body).toEqual(file.readBack);
  });

  it.concurrent.each(IMPORTS.map((options) => ({options, name: label(options)})))("LibreOffice makes no formula cell, $name", async ({options}) => {
    const csv = write(file);
    const {cells, formulas} = await formulaCells(csv, options);
    expect(formulas).toEqual([]);
    // With a separator we did not write, each line reads as one quoted cell; with ours, every cell is there.
    expect(cells).toBeGreaterThanOrEqual(file.rows.length + 1);
  }, LIBREOFFICE_TIMEOUT);
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

  it("what it refuses is unsafe: the same cells, quoted and neutralised by hand, give LibreOffice formulas", async () => {
    const byHand = (lines: string[][]) => lines.map((cells) => cells.map((c) => quoteField(neutralise(c))).join(",")).join("\r\n") + "\r\n";
    const lineBreaks = byHand([["r0", "line\nbreak", "x"], ...UNWRITABLE_WITH_LINE_BREAKS.map((text, i) => [`r${i + 1}`, text, "x"])]);
    const emptyLast = byHand([["r0", "a;=1+1\t=2+2", ""]]);
    for (const separator of [";", "\t"] as const) {
      for (const csv of [lineBreaks, emptyLast]) expect((await formulaCells(csv, {separator})).formulas.length).toBeGreaterThan(0);
    }
  }, LIBREOFFICE_TIMEOUT);

  it("neutralises exactly the payloads marked for an apostrophe", () => {
    for (const payload of [...SINGLE_LINE, ...MULTI_LINE]) expect(neutralise(payload.text), JSON.stringify(payload.text)).toBe(expected(payload));
  });
});

/** A writer as most are: quotes only fields with , " CR or LF, neutralises the first character only (the project's writer until 0.2.0). */
function naiveCsv(rows: Record<string, unknown>[], columns: readonly string[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? "" : String(v);
    const n = /^[=+\-@\t\r\n]/.test(s) && typeof v !== "number" ? `'${s}` : s;
    return /[",\r\n]/.test(n) ? `"${n.replace(/"/g, '""')}"` : n;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}

describe("a naive writer", () => {
  it("is not safe: LibreOffice splitting on ; runs formulas from its file (so the harness does see formulas)", async () => {
    const [file] = CASES;
    const {formulas} = await formulaCells(naiveCsv(file.rows, file.columns), {separator: ";"});
    expect(formulas.length).toBeGreaterThan(0);
  }, LIBREOFFICE_TIMEOUT);
});
