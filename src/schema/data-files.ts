/**
 * Where each published file lives under `data/`: the one list of paths the
 * build writes, the Data Package names, the page links to and the snippets
 * load. A path here is a promise to researchers: it stays the same from one
 * version to the next.
 */

/** The dataset's name: the Data Package's `name`, the prefix of downloads and archives. */
export const DATASET_NAME = "beijing-education-14th-fyp";

/** The list of every indicator with its files, the entry point of the indicator API. */
export const INDEX_PATH = "index.json";

/** The Table Schema of observations.csv, written once and referenced by every observation table. */
export const OBSERVATIONS_SCHEMA_PATH = "observations.schema.json";

/** The documents beside the package, in data/ and in every version's archive: what each file holds, the licence in full, the version history. */
export const README_PATH = "README.md";
export const LICENSE_PATH = "LICENSE.txt";
export const CHANGELOG_PATH = "CHANGELOG.md";

/** The full observations table in columnar formats. */
export const ARROW_PATH = "observations.arrow";
export const PARQUET_PATH = "observations.parquet";

/** One indicator's figures: the rows of observations.csv with its id, same columns, same codes. */
export function indicatorCsvPath(id: string): string {
  return `indicators/${id}.csv`;
}

/** One indicator's metadata: definition, unit, basis, sources and quotes, status and method, version, licence, citation. */
export function indicatorMetadataPath(id: string): string {
  return `indicators/${id}.metadata.json`;
}

/**
 * The whole Data Package of one version as a ZIP. Its name carries the
 * version, so the URL of a version never changes once published: hosts keep
 * `data/releases/` when they deploy the next one.
 */
export function releaseArchivePath(version: string): string {
  return `releases/${DATASET_NAME}-${version}.zip`;
}
