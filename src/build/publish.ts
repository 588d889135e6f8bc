import {createHash} from "node:crypto";
import {mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {neutralise, toCsv} from "../formats/csv.ts";
import {zipFiles} from "../formats/zip.ts";
import type {Lang} from "../i18n/locale.ts";
import {ARROW_PATH, CHANGELOG_PATH, LICENSE_PATH, OBSERVATIONS_SCHEMA_PATH, PARQUET_PATH, README_PATH, releaseArchivePath} from "../schema/data-files.ts";
import type {SourceRecord} from "../schema/records.ts";
import type {SiteSettings} from "../schema/site.ts";
import {columnsOf, OBSERVATION_FIELDS, type Field} from "../schema/tables.ts";
import {publishedColumns, TABLES} from "./package-tables.ts";
import {toArrowFile, toParquetFile} from "./columnar.ts";
import {dataPackage, tableSchema, type PackageFile, type ResourceSpec, type WrittenFile} from "./datapackage.ts";
import {datasetIdentity} from "./dataset-identity.ts";
import type {DatasetError} from "./extract/dataset-error.ts";
import {indicatorApi} from "./indicator-api.ts";
import {manifestEntry, manifestFiles} from "./manifest.ts";
import {packageReadme} from "./package-readme.ts";
import {datasetYears} from "../schema/roles.ts";
import type {Release} from "./release.ts";
import type {PublishedTables} from "./tables/published-tables.ts";

export {TABLES};

type AnyFields = Readonly<Record<string, Field>>;

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
  /** The changelog (CHANGELOG.md) and the licence's full text, published beside the package and in its archive. */
  docs?: {changelog: string; licence: string};
}


const json = (value: unknown) => JSON.stringify(value, null, 1) + "\n";
const rowsOf = (tables: PublishedTables, key: keyof PublishedTables) => tables[key] as unknown as Array<Record<string, unknown>>;
const observationsDescription = "the same rows and columns as observations.csv, with the column types of its schema";

/**
 * Every file of the dataset but datapackage.json and the archive, each with
 * the resource it is in the package (if it is one). Pure: the bytes come
 * from the tables alone, so a rebuild of one version writes the same files.
 */
export function packageFiles(input: PublishInput): PackageFile[] {
  const {tables, texts, release, site, project, docs, extra = {}} = input;
  const identity = datasetIdentity({release, site, project});
  const files: PackageFile[] = [];
  const observationsSchema: ResourceSpec = {name: "observations-schema", title: "Schema of the observation tables", description: "The Table Schema of observations.csv and of every indicators/<id>.csv: written once, referenced by path.", format: "json"};
  files.push({path: OBSERVATIONS_SCHEMA_PATH, data: json(tableSchema(TABLES[0])), resource: observationsSchema});
  for (const spec of TABLES) {
    const rows = rowsOf(tables, spec.key);
    const columns = publishedColumns(spec, rows);
    const fields = Object.fromEntries(columns.map((c) => [c, spec.fields[c]]));
    const schema = spec.key === "observations" ? OBSERVATIONS_SCHEMA_PATH : {fields, primaryKey: spec.primaryKey, foreignKeys: spec.foreignKeys};
    files.push({path: `${spec.key}.csv`, data: toCsv(rows, {columns, codeColumns: codesOf(fields), bom: false}), resource: {name: spec.key, title: spec.title, description: spec.description, format: "csv", schema}});
    files.push({path: `${spec.key}.json`, data: json(rows)});
  }
  // The same observations for spreadsheets: a byte-order mark, so Excel reads UTF-8 when the file is double-clicked.
  files.push({path: "observations-excel.csv", data: toCsv(rowsOf(tables, "observations"), {columns: columnsOf(OBSERVATION_FIELDS), codeColumns: codesOf(OBSERVATION_FIELDS as AnyFields), bom: true})});
  files.push(
    {path: ARROW_PATH, data: toArrowFile(rowsOf(tables, "observations"), OBSERVATION_FIELDS), resource: {name: "observations-arrow", title: "Observations (Apache Arrow)", description: `The observations as an Apache Arrow IPC file: ${observationsDescription}.`, format: "arrow"}},
    {path: PARQUET_PATH, data: toParquetFile(rowsOf(tables, "observations"), OBSERVATION_FIELDS), resource: {name: "observations-parquet", title: "Observations (Apache Parquet)", description: `The observations as an Apache Parquet file: ${observationsDescription}.`, format: "parquet"}}
  );
  files.push(...indicatorApi({tables, identity}));
  // The cleaned texts every offset refers to: resources with their size and hash (the raw files' hash is sources.csv's raw_sha256).
  for (const {record, text} of texts) {
    files.push({path: `sources/${record.id}.txt`, data: text, resource: {name: `source-${record.id}`, title: `${record.title_en}: cleaned text`, description: `The text of ${record.id} as the build cleaned it from the raw file: every quote_start, figure_start and mention offset refers to it.`, format: "txt"}});
  }
  if (docs) {
    const documents = [
      {path: README_PATH, what: "This file: what each file holds, how a target's status is decided, how to cite."},
      {path: LICENSE_PATH, what: `The licence of the compilation, ${identity.license.name}, in full.`},
      {path: CHANGELOG_PATH, what: "What changed in each version, and when it was released."}
    ];
    const resources = files.flatMap((f) => (f.resource ? [{path: f.path, spec: f.resource}] : []));
    const years = datasetYears({sources: tables.sources, observations: tables.observations});
    files.push(
      {path: README_PATH, data: packageReadme({identity, description: packageDescription(input), resources, documents, years}), document: true},
      {path: LICENSE_PATH, data: docs.licence, document: true},
      {path: CHANGELOG_PATH, data: docs.changelog, document: true}
    );
  }
  for (const [name, value] of Object.entries(extra)) files.push({path: name, data: json(value)});
  return files;
}

/** What the package holds, in a sentence with its figures counted. */
function packageDescription({tables, texts}: Pick<PublishInput, "tables" | "texts">): string {
  const figures = tables.observations.length;
  const indicators = new Set(tables.observations.map((o) => o.indicator_id)).size;
  return `${figures} figures of ${indicators} indicators read from ${texts.length} official documents, each with the verbatim quote it was read from, its offsets in the cleaned source text, what it counts, and for targets the status against the plan. Also per indicator: its figures and its metadata (the indicator API, listed in index.json), the observations as Apache Arrow and Parquet, the cleaned source texts and the ledger of every number-bearing mention in them.`;
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
  const documents: string[] = [];
  for (const {path, data, resource, document} of packageFiles(input)) {
    const file = write(path, data);
    if (resource) resources.push({file, spec: resource});
    if (document) documents.push(path);
  }
  // The explainer's parts: read by the page only, so not in the package or its archive.
  for (const [path, text] of Object.entries(input.pageFiles ?? {})) write(path, text);
  const {texts, release, site, project} = input;
  const pkg = dataPackage({release, identity: datasetIdentity({release, site, project}), sources: texts.map((t) => t.record), resources, description: packageDescription(input)});
  write("datapackage.json", json(pkg));
  // The archive: the package, every file it names, and the documents that explain it (README, licence, changelog).
  const inArchive = [...new Set(["datapackage.json", ...documents, ...resources.map((r) => r.file.path), ...pkg.sources.map((s) => s.path)])];
  write(releaseArchivePath(release.version), zipFiles(inArchive.map((name) => ({name, data: written.get(name)!}))));
  // Every file with its size and hash (and a table's rows): what the page checks each file it loads against.
  const entries = Object.fromEntries([...written].map(([path, bytes]) => [path, manifestEntry(path, bytes)]));
  for (const [path, text] of Object.entries(manifestFiles(release.version, entries))) write(path, text);
  return [...written.keys()];
}
