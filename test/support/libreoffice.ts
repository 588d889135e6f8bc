/**
 * Opens CSV text in LibreOffice Calc, headless, and reports which cells Calc
 * made into formulas. This is the ground truth for CSV injection: not what our
 * own parser thinks, but what a real spreadsheet does with the bytes.
 */
import {spawn} from "node:child_process";
import {existsSync} from "node:fs";
import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";

export type Separator = "," | ";" | "\t";

export interface ImportOptions {
  separator: Separator;
  /** Calc's "Trim spaces" import option: strips spaces round unquoted fields, so " =1+1" becomes a formula. */
  trimSpaces?: boolean;
}

export interface FormulaCell {
  /** 0-based, as in the sheet (row 0 is the CSV's first line). */
  row: number;
  col: number;
  formula: string;
}

export interface ImportResult {
  /** Non-empty cells Calc made; a sanity check that the import read anything at all. */
  cells: number;
  formulas: FormulaCell[];
}

/** `SOFFICE` overrides the binary; .ci/run installs Debian's libreoffice-calc-nogui, which puts it on PATH. */
export const SOFFICE = process.env.SOFFICE ?? "soffice";

/**
 * The CSV import filter's option string (LibreOffice's "CSV Filter Options", tokens counted from 1):
 *  1 field separator(s) as character codes   2 text delimiter (34 = ")   3 charset (76 = UTF-8)
 *  4 first line to read (1)                  5 column formats (empty: Standard, i.e. detect)
 *  6 language (0 = the system's)              7 quoted field as text (false: Calc's default, so
 *    quoting alone does not stop "=1+1")     8 detect special numbers (true)
 *  9 save as shown, 10 export formulas (export-only, false)   11 trim spaces
 * 12 sheet to export (export-only, -1)       13 evaluate formulas (true: the user who is at risk)
 * Tokens 7, 11 and 13 were confirmed by experiment on LibreOffice 7.4: with 13 false no cell is a
 * formula, with 7 true a quoted "=1+1" is text, and with 11 true an unquoted " =1+1" is a formula.
 */
export function csvFilter({separator, trimSpaces = false}: ImportOptions): string {
  const tokens = [separator.charCodeAt(0), 34, 76, 1, "", 0, false, true, false, false, trimSpaces, -1, true];
  return `CSV:${tokens.join(",")}`;
}

/**
 * Runs soffice in a process group of its own, and ends the whole group (the
 * soffice.bin its shell wrapper starts, too) if this process exits first.
 * No time limit: a busy machine only makes it slower.
 */
function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(SOFFICE, args, {detached: true, stdio: ["ignore", "ignore", "pipe"]});
    const end = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    };
    process.once("exit", end);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) => {
      process.off("exit", end);
      reject(new Error(error.code === "ENOENT"
        ? `LibreOffice is not installed: "${SOFFICE}" was not found. Install it (apt-get install libreoffice-calc-nogui) or set SOFFICE; these tests must not be skipped.`
        : `soffice failed to start: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      process.off("exit", end);
      if (code === 0) resolve();
      else reject(new Error(`soffice ${signal ? `was killed (${signal})` : `exited with ${code}`}: ${stderr}`));
    });
  });
}

const ENTITIES: Record<string, string> = {amp: "&", lt: "<", gt: ">", quot: '"', apos: "'"};
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
  e[0] !== "#" ? ENTITIES[e] ?? m : String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Reads the first sheet of a flat ODS, expanding repeated rows and cells so positions are real. */
export function formulasInFods(fods: string): ImportResult {
  const table = fods.match(/<table:table[\s>][\s\S]*?<\/table:table>/)?.[0];
  if (!table) throw new Error("LibreOffice wrote no sheet: the CSV was not imported");
  const result: ImportResult = {cells: 0, formulas: []};
  let row = 0;
  let nextRow = 0;
  let col = 0;
  // Cells are either self-closing (empty) or have content; either way the start tag holds what we need.
  for (const [tag, name] of table.matchAll(/<table:(table-row|table-cell|covered-table-cell)(?=[\s/>])[^>]*>/g)) {
    const repeat = Number(attr(tag, name === "table-row" ? "table:number-rows-repeated" : "table:number-columns-repeated") ?? 1);
    if (name === "table-row") {
      row = nextRow;
      nextRow += repeat;
      col = 0;
      continue;
    }
    const formula = attr(tag, "table:formula");
    const filled = formula !== undefined || attr(tag, "office:value-type") !== undefined;
    if (filled) result.cells += repeat;
    if (formula !== undefined) for (let i = 0; i < repeat; i++) result.formulas.push({row, col: col + i, formula: decode(formula)});
    col += repeat;
  }
  return result;
}

/**
 * Imports each CSV text as Calc would with these options, all in ONE run of
 * soffice (starting LibreOffice is most of the cost), and lists each file's
 * formula cells, by the name given.
 */
export async function formulaCellsOfFiles(csvTexts: Record<string, string>, options: ImportOptions): Promise<Map<string, ImportResult>> {
  const names = Object.keys(csvTexts);
  for (const name of names) if (!/^[\w-]+$/.test(name)) throw new Error(`not a plain file name: ${name}`);
  const dir = await mkdtemp(join(tmpdir(), "csv-lo-"));
  try {
    const inputs = names.map((name) => join(dir, `${name}.csv`));
    await Promise.all(names.map((name, i) => writeFile(inputs[i], csvTexts[name], "utf8")));
    // A profile of its own per run: parallel runs sharing one would wait on its lock or fail.
    const profile = pathToFileURL(join(dir, "profile")).href;
    await run([`-env:UserInstallation=${profile}`, "--headless", "--norestore", `--infilter=${csvFilter(options)}`,
      "--convert-to", "fods", "--outdir", join(dir, "out"), ...inputs]);
    const results = new Map<string, ImportResult>();
    for (const name of names) {
      const output = join(dir, "out", `${name}.fods`);
      if (!existsSync(output)) throw new Error(`soffice wrote no ${output}`);
      results.set(name, formulasInFods(await readFile(output, "utf8")));
    }
    return results;
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

/** Imports `csvText` as Calc would with these options and lists the formula cells. */
export async function formulaCells(csvText: string, options: ImportOptions): Promise<ImportResult> {
  return (await formulaCellsOfFiles({payload: csvText}, options)).get("payload")!;
}
