/**
 * The CSV files the spreadsheet tests write, and what must come back from
 * each: shared by the writer's own read-back (test/formats/csv-read-back.test.ts,
 * no program) and LibreOffice's import (test/integration/csv-libreoffice.test.ts).
 */
import {publishedRows} from "../../src/formats/dataset-files.ts";
import {neutralise, quoteField, toCsv} from "../../src/formats/csv.ts";
import {columnsOf, OBSERVATION_FIELDS} from "../../src/schema/tables.ts";
import {realData} from "../real-data.ts";
import {MULTI_LINE, SINGLE_LINE, UNWRITABLE_WITH_LINE_BREAKS, type Payload} from "./csv-payloads.ts";
import type {ImportOptions} from "./libreoffice.ts";

/** The import options a user might pick in Calc's dialog: `,`, `;` or TAB as separator, "trim spaces" off or on. */
export const IMPORTS: ImportOptions[] = [",", ";", "\t"].flatMap((separator) => [false, true].map((trimSpaces) => ({separator, trimSpaces}) as ImportOptions));
export const importLabel = ({separator, trimSpaces}: ImportOptions) => `separator ${JSON.stringify(separator)}, trim spaces ${trimSpaces ? "on" : "off"}`;

/** A file to write: its rows, and what a CSV reader must get back for each cell. */
export interface Case {
  /** A plain name, for the file LibreOffice reads. */
  file: string;
  name: string;
  columns: readonly string[];
  codeColumns: readonly string[];
  rows: Record<string, unknown>[];
  readBack: string[][];
}

/** One cell: the value written and what must be read back. */
type Spec = {value: unknown; back: string};
export const expected = (payload: Payload) => (payload.apostrophe ? `'${payload.text}` : payload.text);
const text = (payload: Payload): Spec => ({value: payload.text, back: expected(payload)});
const plain = (value: string | number): Spec => ({value, back: String(value)});
const at = <T>(list: readonly T[], i: number) => list[i % list.length];
const NUMBERS = [0, -5, 1.5, -0.25, 160000, 2022, 1e21];
const CODES = ["a.b:c-d", "", "x_1", "P26", "2022"];

function makeCase(file: string, name: string, columns: readonly string[], codeColumns: readonly string[], specs: Spec[][]): Case {
  const rows = specs.map((row) => Object.fromEntries(columns.map((c, j) => [c, row[j].value])));
  return {file, name, columns, codeColumns, rows, readBack: specs.map((row) => row.map((cell) => cell.back))};
}

/** Payloads in the first, a middle and the last column, with codes and numbers between them. */
function generic(file: string, name: string, payloads: readonly Payload[]): Case {
  const specs = payloads.map((payload, i) => [text(payload), plain(`p${i}`), plain(at(NUMBERS, i)), text(at(payloads, i + 1)), plain(at(CODES, i)), text(at(payloads, i + 2))]);
  return makeCase(file, name, ["first", "id", "value", "middle", "kind", "last"], ["id", "kind"], specs);
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
  return makeCase("published", "the published columns, real rows and hostile rows", COLUMNS, codeColumns, [...realSpecs, ...hostile]);
}

export const CASES: Case[] = [generic("one-line", "one-line payloads", SINGLE_LINE), generic("multi-line", "line breaks and empty last cells", MULTI_LINE), published()];

/** A case as the project's writer writes it. */
export const write = ({rows, columns, codeColumns}: Case) => toCsv(rows, {columns, codeColumns});

/**
 * What the writer refuses, quoted and neutralised by hand as it would have been: text with a formula start
 * after ; or TAB in a file with a line break, and a formula start after ; in a row with an empty last cell.
 */
export function refusedByHand(): Record<string, string> {
  const byHand = (lines: string[][]) => lines.map((cells) => cells.map((c) => quoteField(neutralise(c))).join(",")).join("\r\n") + "\r\n";
  return {
    "line-breaks": byHand([["r0", "line\nbreak", "x"], ...UNWRITABLE_WITH_LINE_BREAKS.map((text, i) => [`r${i + 1}`, text, "x"])]),
    "empty-last": byHand([["r0", "a;=1+1\t=2+2", ""]])
  };
}

/** A writer as most are: quotes only fields with , " CR or LF, neutralises the first character only (the project's writer until 0.2.0). */
export function naiveCsv(rows: Record<string, unknown>[], columns: readonly string[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? "" : String(v);
    const n = /^[=+\-@\t\r\n]/.test(s) && typeof v !== "number" ? `'${s}` : s;
    return /[",\r\n]/.test(n) ? `"${n.replace(/"/g, '""')}"` : n;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}
