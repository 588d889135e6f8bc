/**
 * CSV downloads opened in a real spreadsheet: LibreOffice Calc, headless,
 * reading each file with `,`, `;` or TAB as separator and "trim spaces" off or
 * on, as a user might pick in its import dialog. No cell of the writer's files
 * may become a formula; the files it refuses, written by hand, and a naive
 * writer's file do give formulas (so the harness sees them when they are there).
 * One soffice run per import option reads every file (starting LibreOffice is
 * most of the cost). What the files read back as is test/formats/csv-read-back.test.ts.
 * LibreOffice is required: without it these tests fail, they never skip.
 */
import {beforeAll, describe, expect, it} from "vitest";
import {CASES, IMPORTS, importLabel, naiveCsv, refusedByHand, write} from "../support/csv-cases.ts";
import {formulaCellsOfFiles, type ImportOptions, type ImportResult} from "../support/libreoffice.ts";

/** The files read with an import option: the writer's, and (where a separator can break a quoted run) the unsafe ones. */
function filesFor({separator, trimSpaces}: ImportOptions): Record<string, string> {
  const files = Object.fromEntries(CASES.map((c) => [c.file, write(c)]));
  if (separator !== "," && !trimSpaces) Object.assign(files, refusedByHand());
  if (separator === ";" && !trimSpaces) files.naive = naiveCsv(CASES[0].rows, CASES[0].columns);
  return files;
}

/** Runs at most two at a time (this machine has two cores; each soffice keeps one busy). */
async function twoAtATime<T>(jobs: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < jobs.length; i = next++) results[i] = await jobs[i]();
  };
  await Promise.all([lane(), lane()]);
  return results;
}

const read = new Map<ImportOptions, Map<string, ImportResult>>();

beforeAll(async () => {
  const results = await twoAtATime(IMPORTS.map((options) => () => formulaCellsOfFiles(filesFor(options), options)));
  IMPORTS.forEach((options, i) => read.set(options, results[i]));
});

describe.each(IMPORTS.map((options) => ({options, name: importLabel(options)})))("LibreOffice, $name", ({options}) => {
  it.each(CASES)("makes no formula cell of the writer's file: $name", (file) => {
    const {cells, formulas} = read.get(options)!.get(file.file)!;
    expect(formulas).toEqual([]);
    // With a separator we did not write, each line reads as one quoted cell; with ours, every cell is there.
    expect(cells).toBeGreaterThanOrEqual(file.rows.length + 1);
  });

  if (options.separator !== "," && !options.trimSpaces) {
    it("makes formulas of what the writer refuses, quoted and neutralised by hand (so refusing it is right)", () => {
      for (const name of Object.keys(refusedByHand())) expect(read.get(options)!.get(name)!.formulas.length, name).toBeGreaterThan(0);
    });
  }

  if (options.separator === ";" && !options.trimSpaces) {
    it("runs formulas from a naive writer's file (so the harness does see formulas)", () => {
      expect(read.get(options)!.get("naive")!.formulas.length).toBeGreaterThan(0);
    });
  }
});
