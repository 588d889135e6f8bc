import type {SourceRecord} from "../schema/records.ts";
import type {Field} from "../schema/tables.ts";
import type {DatasetIdentity} from "./dataset-identity.ts";
import {releaseDateTime, type Release} from "./release.ts";

/** A written file: its path in the package, size and sha256. */
export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** A table's schema as the build knows it: its fields (src/schema/), keys and references. */
export interface InlineSchema {
  fields: Readonly<Record<string, Field>>;
  primaryKey: string | string[];
  foreignKeys?: Array<{fields: string; reference: {resource: string; fields: string}}>;
}

/** What the package says about one of its files. */
export interface ResourceSpec {
  name: string;
  title: string;
  description: string;
  format: "csv" | "json" | "arrow" | "parquet" | "txt";
  /** A CSV table's schema: inline, or the path of a schema file that several tables share. */
  schema?: InlineSchema | string;
}

/** A file the build publishes, and the resource it is in the package, if it is one. */
export interface PackageFile {
  path: string;
  data: string | Uint8Array;
  resource?: ResourceSpec;
  /** A document that explains the package (README, licence, changelog): in the archive, not a resource. */
  document?: boolean;
}

export interface DataPackageOptions {
  release: Release;
  identity: DatasetIdentity;
  sources: readonly SourceRecord[];
  resources: ReadonlyArray<{file: WrittenFile; spec: ResourceSpec}>;
  /** A sentence on what the package holds, with its figures counted. */
  description: string;
}

/** A Table Schema: every field typed and constrained, missing values, keys. */
export function tableSchema({fields, primaryKey, foreignKeys}: InlineSchema) {
  return {
    fields: Object.keys(fields).map((name) => {
      const field = fields[name];
      return {
        name,
        type: field.type,
        description: field.description,
        constraints: {required: !field.optional, ...(field.enum ? {enum: [...field.enum]} : {})}
      };
    }),
    // An empty cell is a missing value (JSON null); no text or code is ever empty otherwise.
    missingValues: [""],
    primaryKey,
    ...(foreignKeys ? {foreignKeys} : {})
  };
}

const MEDIA_TYPES: Record<ResourceSpec["format"], string> = {
  csv: "text/csv",
  json: "application/json",
  arrow: "application/vnd.apache.arrow.file",
  parquet: "application/vnd.apache.parquet",
  txt: "text/plain"
};

/**
 * CSV tables are tabular resources (UTF-8 without a byte-order mark, RFC 4180,
 * with a schema); JSON, Arrow and Parquet files are plain data resources that
 * a client lists and checks by size and hash. Binary files have no encoding.
 */
function resource({file, spec}: {file: WrittenFile; spec: ResourceSpec}) {
  const tabular = spec.format === "csv";
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    path: file.path,
    profile: tabular ? "tabular-data-resource" : "data-resource",
    format: spec.format,
    mediatype: MEDIA_TYPES[spec.format],
    ...(spec.format === "csv" || spec.format === "json" || spec.format === "txt" ? {encoding: "utf-8"} : {}),
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
    ...(tabular ? {dialect: {delimiter: ",", quoteChar: "\"", doubleQuote: true, lineTerminator: "\r\n", header: true}} : {}),
    ...(tabular && spec.schema ? {schema: typeof spec.schema === "string" ? spec.schema : tableSchema(spec.schema)} : {})
  };
}

/**
 * The Frictionless Data Package (v1, profile `data-package`, because its JSON,
 * Arrow and Parquet files are not tables): every CSV a tabular resource with
 * its schema, keys, size and hash; the version and the release date from the
 * changelog; the project as author and publisher.
 */
export function dataPackage({release, identity, sources, resources, description}: DataPackageOptions) {
  return {
    profile: "data-package",
    name: identity.name,
    // The package's own address and the site's, only when the site's address is set: never a made-up one.
    ...(identity.datapackage ? {id: identity.datapackage} : {}),
    title: identity.title.en,
    description,
    ...(identity.homepage ? {homepage: identity.homepage} : {}),
    version: release.version,
    created: releaseDateTime(release),
    keywords: ["education", "Beijing", "five-year plan", "十四五", "indicators"],
    contributors: (["author", "publisher"] as const).map((role) => ({title: identity.project.en, ...(identity.homepage ? {path: identity.homepage} : {}), role})),
    licenses: [identity.license],
    sources: sources.map((s) => ({
      title: `${s.issuer_zh}：${s.title_zh}${s.document_number ? `（${s.document_number}）` : ""}`,
      path: `sources/${s.id}.txt`
    })),
    resources: resources.map(resource)
  };
}
