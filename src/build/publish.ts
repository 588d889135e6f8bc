import {createHash} from "node:crypto";
import {mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {neutralise, toCsv} from "../formats/csv.ts";
import {zipFiles} from "../formats/zip.ts";
import type {Lang} from "../i18n/locale.ts";
import {ARROW_PATH, OBSERVATIONS_SCHEMA_PATH, PARQUET_PATH, releaseArchivePath} from "../schema/data-files.ts";
import type {SourceRecord} from "../schema/records.ts";
import type {SiteSettings} from "../schema/site.ts";
import {columnsOf, INDICATOR_FIELDS, OBSERVATION_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, STATUS_FIELDS, type Field} from "../schema/tables.ts";
import {toArrowFile, toParquetFile} from "./columnar.ts";
import {dataPackage, tableSchema, type InlineSchema, type PackageFile, type ResourceSpec, type WrittenFile} from "./datapackage.ts";
import {datasetIdentity} from "./dataset-identity.ts";
import type {DatasetError} from "./extract/dataset-error.ts";
import {indicatorApi} from "./indicator-api.ts";
import type {Release} from "./release.ts";
import type {PublishedTables} from "./tables/published-tables.ts";

type AnyFields = Readonly<Record<string, Field>>;

interface TableSpec {
  key: keyof PublishedTables;
  fields: AnyFields;
  primaryKey: string | string[];
  title: string;
  description: string;
  foreignKeys?: InlineSchema["foreignKeys"];
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
  /** The site's address and contact (build settings): the addresses the files name, when set. */
  site: SiteSettings;
  /** The project that makes and publishes the dataset, by language (content/explainer.json). */
  project: Record<Lang, string>;
  /** Further JSON files the page reads, by file name. */
  extra?: Record<string, unknown>;
  /** Files only the page reads, by path, written as they are (the explainer's parts, compact JSON). */
  pageFiles?: Record<string, string>;
}

const json = (value: unknown) => JSON.stringify(value, null, 1) + "\n";
const rowsOf = (tables: PublishedTables, key: keyof PublishedTables) => tables[key] as unknown as Array<Record<string, unknown>>;
const observationsDescription = "the same rows and columns as observations.csv, with the column types of its schema";

/**
 * Every file of the dataset but datapackage.json and the archive, each with
 * the resource it is in the package (if it is one). Pure: the bytes come
 * from the tables alone, so a rebuild of one version writes the same files.
 */
export function packageFiles({tables, texts, release, site, project, extra = {}}: PublishInput): PackageFile[] {
  const identity = datasetIdentity({release, site, project});
  const files: PackageFile[] = [];
  const observationsSchema: ResourceSpec = {name: "observations-schema", title: "Schema of the observation tables", description: "The Table Schema of observations.csv and of every indicators/<id>.csv: written once, referenced by path.", format: "json"};
  files.push({path: OBSERVATIONS_SCHEMA_PATH, data: json(tableSchema(TABLES[0])), resource: observationsSchema});
  for (const {key, fields, ...spec} of TABLES) {
    const rows = rowsOf(tables, key);
    const schema = key === "observations" ? OBSERVATIONS_SCHEMA_PATH : {fields, primaryKey: spec.primaryKey, foreignKeys: spec.foreignKeys};
    files.push({path: `${key}.csv`, data: toCsv(rows, {columns: Object.keys(fields), codeColumns: codesOf(fields), bom: false}), resource: {name: key, title: spec.title, description: spec.description, format: "csv", schema}});
    files.push({path: `${key}.json`, data: json(rows)});
  }
  // The same observations for spreadsheets: a byte-order mark, so Excel reads UTF-8 when the file is double-clicked.
  files.push({path: "observations-excel.csv", data: toCsv(rowsOf(tables, "observations"), {columns: columnsOf(OBSERVATION_FIELDS), codeColumns: codesOf(OBSERVATION_FIELDS as AnyFields), bom: true})});
  files.push(
    {path: ARROW_PATH, data: toArrowFile(rowsOf(tables, "observations"), OBSERVATION_FIELDS), resource: {name: "observations-arrow", title: "Observations (Apache Arrow)", description: `The observations as an Apache Arrow IPC file: ${observationsDescription}.`, format: "arrow"}},
    {path: PARQUET_PATH, data: toParquetFile(rowsOf(tables, "observations"), OBSERVATION_FIELDS), resource: {name: "observations-parquet", title: "Observations (Apache Parquet)", description: `The observations as an Apache Parquet file: ${observationsDescription}.`, format: "parquet"}}
  );
  files.push(...indicatorApi({tables, identity}));
  for (const {record, text} of texts) files.push({path: `sources/${record.id}.txt`, data: text});
  for (const [name, value] of Object.entries(extra)) files.push({path: name, data: json(value)});
  return files;
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

/**
 * Writes every file of the dataset into an empty folder, then the Data
 * Package that lists them and the version's archive (the package and every
 * file it names, as published); returns their paths.
 */
function writeDataset(outDir: string, input: PublishInput): string[] {
  const written = new Map<string, Uint8Array>();
  const write = (path: string, data: string | Uint8Array): WrittenFile => {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    mkdirSync(dirname(join(outDir, path)), {recursive: true});
    writeFileSync(join(outDir, path), bytes);
    written.set(path, bytes);
    return {path, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex")};
  };
  const resources: Array<{file: WrittenFile; spec: ResourceSpec}> = [];
  for (const {path, data, resource} of packageFiles(input)) {
    const file = write(path, data);
    if (resource) resources.push({file, spec: resource});
  }
  // The explainer's parts: read by the page only, so not in the package or its archive.
  for (const [path, text] of Object.entries(input.pageFiles ?? {})) write(path, text);
  const {tables, texts, release, site, project} = input;
  const figures = tables.observations.length;
  const indicators = new Set(tables.observations.map((o) => o.indicator_id)).size;
  const description = `${figures} figures of ${indicators} indicators read from ${texts.length} official documents, each with the verbatim quote it was read from, its offsets in the cleaned source text, what it counts, and for targets the status against the plan. Also per indicator: its figures and its metadata (the indicator API, listed in index.json), and the observations as Apache Arrow and Parquet.`;
  const pkg = dataPackage({release, identity: datasetIdentity({release, site, project}), sources: texts.map((t) => t.record), resources, description});
  write("datapackage.json", json(pkg));
  const inArchive = ["datapackage.json", ...resources.map((r) => r.file.path), ...pkg.sources.map((s) => s.path)];
  write(releaseArchivePath(release.version), zipFiles(inArchive.map((name) => ({name, data: written.get(name)!}))));
  return [...written.keys()];
}
