import type {SourceRecord} from "../schema/records.ts";
import type {Field} from "../schema/tables.ts";
import {releaseDateTime, type Release} from "./release.ts";

/** A written file: its path in the package, size and sha256. */
export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface TableResource {
  name: string;
  title: string;
  description: string;
  file: WrittenFile;
  fields: Readonly<Record<string, Field>>;
  primaryKey: string | string[];
  foreignKeys?: Array<{fields: string; reference: {resource: string; fields: string}}>;
}

export interface DataPackageOptions {
  release: Release;
  sources: readonly SourceRecord[];
  tables: readonly TableResource[];
  /** A sentence on what the package holds, with its figures counted. */
  description: string;
  homepage: string;
}

function tableSchema({fields, primaryKey, foreignKeys}: TableResource) {
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

/**
 * The Frictionless Data Package (tabular-data-package, v1): every table as a
 * CSV resource (UTF-8 without a byte-order mark, RFC 4180) with its schema,
 * keys, size and hash; the version and the release date from the changelog.
 */
export function dataPackage({release, sources, tables, description, homepage}: DataPackageOptions) {
  return {
    profile: "tabular-data-package",
    name: "beijing-education-14th-fyp",
    id: `${homepage}data/datapackage.json`,
    title: "Beijing education against its five-year plan: baselines, targets and actuals, each traced to its source sentence",
    description,
    homepage,
    version: release.version,
    created: releaseDateTime(release),
    keywords: ["education", "Beijing", "five-year plan", "十四五", "indicators"],
    contributors: [{title: "Beijing education explainer project", role: "author"}, {title: "Beijing education explainer project", role: "publisher"}],
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0 (the compilation: selection, parsing and metadata). The quoted source texts remain the work of their issuers and are reproduced for reference."
      }
    ],
    sources: sources.map((s) => ({
      title: `${s.issuer_zh}：${s.title_zh}${s.document_number ? `（${s.document_number}）` : ""}`,
      path: `sources/${s.id}.txt`
    })),
    resources: tables.map((table) => ({
      name: table.name,
      title: table.title,
      description: table.description,
      path: table.file.path,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      bytes: table.file.bytes,
      hash: `sha256:${table.file.sha256}`,
      dialect: {delimiter: ",", quoteChar: "\"", doubleQuote: true, lineTerminator: "\r\n", header: true},
      schema: tableSchema(table)
    }))
  };
}
