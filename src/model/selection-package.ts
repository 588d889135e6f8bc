import {DATASET_NAME} from "../schema/data-files.ts";
import type {AboutDataset} from "./selection-context.ts";

/** The Table Schema of observations.csv as published (observations.schema.json). */
export interface ObservationsSchema {
  fields: unknown[];
  primaryKey?: string | string[];
  foreignKeys?: unknown[];
  missingValues?: string[];
}

export interface PackedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface SelectionPackageOptions {
  about: Pick<AboutDataset, "title" | "version" | "license" | "archive">;
  /** The published schema of observations.csv: the selection's CSV has its columns. */
  schema: ObservationsSchema;
  /** The package's CSV (UTF-8, no byte-order mark) and the metadata file beside it: each one's name, size and sha256 (hex). */
  files: {csv: PackedFile; metadata: PackedFile};
  /** When the reader downloads it. */
  date: Date;
}

/**
 * A downloaded selection as a Frictionless Data Package of its own: its CSV a
 * tabular resource with the schema of observations.csv (without the foreign
 * keys: the indicators and sources tables are not in the selection), its
 * metadata a data resource, the dataset's licence and version, and the
 * version's archive as its source when the site's address is known. Pure.
 */
export function selectionPackage({about, schema, files, date}: SelectionPackageOptions) {
  const {foreignKeys: _keys, ...own} = schema;
  return {
    profile: "data-package",
    name: `${DATASET_NAME}-selection`,
    title: `${about.title}: a selection`,
    version: about.version,
    created: date.toISOString().replace(/\.\d{3}Z$/, "Z"),
    licenses: [about.license],
    ...(about.archive ? {sources: [{title: `${about.title}, version ${about.version}`, path: about.archive}]} : {}),
    resources: [
      {
        name: "selection",
        path: files.csv.path,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: files.csv.bytes,
        hash: `sha256:${files.csv.sha256}`,
        dialect: {delimiter: ",", quoteChar: "\"", doubleQuote: true, lineTerminator: "\r\n", header: true},
        schema: own
      },
      {name: "selection-metadata", path: files.metadata.path, profile: "data-resource", format: "json", mediatype: "application/json", encoding: "utf-8", bytes: files.metadata.bytes, hash: `sha256:${files.metadata.sha256}`}
    ]
  };
}
