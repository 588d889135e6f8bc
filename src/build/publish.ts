import {createHash} from "node:crypto";
import {mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {neutralise, toCsv} from "../formats/csv.ts";
import type {SourceRecord} from "../schema/records.ts";
import {columnsOf, INDICATOR_FIELDS, OBSERVATION_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, STATUS_FIELDS, type Field} from "../schema/tables.ts";
import {dataPackage, type TableResource, type WrittenFile} from "./datapackage.ts";
import type {DatasetError} from "./extract/dataset-error.ts";
import type {Release} from "./release.ts";
import type {PublishedTables} from "./tables/published-tables.ts";

type AnyFields = Readonly<Record<string, Field>>;

interface TableSpec {
  key: keyof PublishedTables;
  fields: AnyFields;
  primaryKey: string | string[];
  title: string;
  description: string;
  foreignKeys?: TableResource["foreignKeys"];
}

/** The tables of the package: file name, resource name, what it holds, and its keys. */
export const TABLES: readonly TableSpec[] = [
  {key: "observations", fields: OBSERVATION_FIELDS, primaryKey: "observation_id", title: "Observations", description: "One row per figure read from a source: its value as written and in its base unit, what it counts, its status (for targets), and the verbatim quote with its offsets in the cleaned source.",
    foreignKeys: [{fields: "indicator_id", reference: {resource: "indicators", fields: "id"}}, {fields: "source_id", reference: {resource: "sources", fields: "id"}}]},
  {key: "indicators", fields: INDICATOR_FIELDS, primaryKey: "id", title: "Indicators", description: "The indicator catalogue: names, definitions, unit, basis and better direction."},
  {key: "relations", fields: RELATION_FIELDS, primaryKey: ["indicator_id", "related_id"], title: "Relations between indicators", description: "Indicators that look alike but cannot be compared, that are related, or whose five-year total is judged as a pace against another's yearly figures.",
    foreignKeys: [{fields: "indicator_id", reference: {resource: "indicators", fields: "id"}}, {fields: "related_id", reference: {resource: "indicators", fields: "id"}}]},
  {key: "sources", fields: SOURCE_FIELDS, primaryKey: "id", title: "Sources", description: "The source documents, with the count of number-bearing mentions in each and how they are accounted for."},
  {key: "status", fields: STATUS_FIELDS, primaryKey: "target_id", title: "Status of each target", description: "One row per target: its status and the figures the status method compared.",
    foreignKeys: [{fields: "target_id", reference: {resource: "observations", fields: "observation_id"}}, {fields: "actual_id", reference: {resource: "observations", fields: "observation_id"}}, {fields: "baseline_id", reference: {resource: "observations", fields: "observation_id"}}]}
];

const codesOf = (fields: AnyFields) => Object.keys(fields).filter((c) => fields[c].kind === "code");

/**
 * Text that a spreadsheet would run as a formula would have to be altered in
 * the CSV; the published data holds none (a quote or a name that starts with
 * = + - @ is rephrased in the curation instead), so no value is ever changed.
 */
export function unsafeText(tables: PublishedTables): DatasetError[] {
  const errors: DatasetError[] = [];
  for (const {key, fields} of TABLES) {
    const text = Object.keys(fields).filter((c) => fields[c].kind === "text");
    (tables[key] as unknown as Array<Record<string, unknown>>).forEach((row, i) => {
      for (const c of text) {
        const value = row[c];
        if (typeof value === "string" && (neutralise(value) !== value || value.startsWith("'"))) {
          errors.push({record: `${key} row ${i + 1} (${String(Object.values(row)[0])})`, message: `${c} ${JSON.stringify(value.slice(0, 40))} starts with a character a spreadsheet reads as a formula or an escape; rephrase it in data/`});
        }
      }
    });
  }
  return errors;
}

export interface PublishInput {
  tables: PublishedTables;
  texts: ReadonlyArray<{record: SourceRecord; text: string}>;
  release: Release;
  homepage: string;
  /** Further JSON files the page reads, by file name. */
  extra?: Record<string, unknown>;
  /** Files only the page reads, by path, written as they are (the explainer's parts, compact JSON). */
  pageFiles?: Record<string, string>;
}

/**
 * Writes the published dataset into `outDir`. Files are written beside it
 * first and then moved over the old ones, never deleting the folder: a dev
 * server watching it (npm start while npm run build runs) keeps serving a
 * complete dataset instead of losing track of the folder. Files the new
 * dataset does not have are removed last.
 */
export function publish(outDir: string, input: PublishInput): void {
  const next = `${outDir}.next`;
  rmSync(next, {recursive: true, force: true});
  const written = writeDataset(next, input);
  for (const path of written) {
    mkdirSync(dirname(join(outDir, path)), {recursive: true});
    renameSync(join(next, path), join(outDir, path));
  }
  const kept = new Set(written);
  for (const path of readdirSync(outDir, {recursive: true}) as string[]) {
    if (!kept.has(path) && statSync(join(outDir, path)).isFile()) rmSync(join(outDir, path));
  }
  rmSync(next, {recursive: true, force: true});
}

/** Writes every file of the dataset into an empty folder; returns their paths. */
function writeDataset(outDir: string, {tables, texts, release, homepage, extra = {}, pageFiles = {}}: PublishInput): string[] {
  mkdirSync(join(outDir, "sources"), {recursive: true});
  const paths: string[] = [];
  const write = (path: string, data: string): WrittenFile => {
    writeFileSync(join(outDir, path), data);
    paths.push(path);
    const bytes = Buffer.from(data, "utf8");
    return {path, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex")};
  };
  const json = (value: unknown) => JSON.stringify(value, null, 1) + "\n";
  const resources: TableResource[] = TABLES.map(({key, fields, ...spec}) => {
    const rows = tables[key] as unknown as Array<Record<string, unknown>>;
    const file = write(`${key}.csv`, toCsv(rows, {columns: Object.keys(fields), codeColumns: codesOf(fields), bom: false}));
    write(`${key}.json`, json(rows));
    return {name: key, file, fields, ...spec};
  });
  // The same observations for spreadsheets: a byte-order mark, so Excel reads UTF-8 when the file is double-clicked.
  write("observations-excel.csv", toCsv(tables.observations as unknown as Array<Record<string, unknown>>, {columns: columnsOf(OBSERVATION_FIELDS), codeColumns: codesOf(OBSERVATION_FIELDS as AnyFields), bom: true}));
  for (const {record, text} of texts) write(`sources/${record.id}.txt`, text);
  for (const [name, value] of Object.entries(extra)) write(name, json(value));
  for (const [path, text] of Object.entries(pageFiles)) {
    mkdirSync(dirname(join(outDir, path)), {recursive: true});
    write(path, text);
  }
  const figures = tables.observations.length;
  const indicators = new Set(tables.observations.map((o) => o.indicator_id)).size;
  const description = `${figures} figures of ${indicators} indicators read from ${texts.length} official documents, each with the verbatim quote it was read from, its offsets in the cleaned source text, what it counts, and for targets the status against the plan.`;
  write("datapackage.json", json(dataPackage({release, sources: texts.map((t) => t.record), tables: resources, description, homepage})));
  return paths;
}
