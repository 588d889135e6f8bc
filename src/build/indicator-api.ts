import {toCsv} from "../formats/csv.ts";
import {ARROW_PATH, CHANGELOG_PATH, INDEX_PATH, indicatorCsvPath, indicatorMetadataPath, LICENSE_PATH, OBSERVATIONS_SCHEMA_PATH, PARQUET_PATH, README_PATH} from "../schema/data-files.ts";
import {TABLES} from "./package-tables.ts";
import {columnsOf, OBSERVATION_FIELDS} from "../schema/tables.ts";
import type {PackageFile} from "./datapackage.ts";
import type {DatasetIdentity} from "./dataset-identity.ts";
import {indicatorMetadata} from "./indicator-metadata.ts";
import type {PublishedTables} from "./tables/published-tables.ts";

const COLUMNS = columnsOf(OBSERVATION_FIELDS);
const CODES = COLUMNS.filter((c) => OBSERVATION_FIELDS[c].kind === "code");
const json = (value: unknown) => JSON.stringify(value, null, 1) + "\n";

export interface IndicatorApiInput {
  tables: PublishedTables;
  identity: DatasetIdentity;
}

/**
 * The indicator API as static files: for every indicator of the catalogue its
 * figures (`indicators/<id>.csv`, the rows of observations.csv with its id, in
 * the same order, columns and codes) and its metadata
 * (`indicators/<id>.metadata.json`), and `index.json` listing them. Pure: it
 * returns the files and the package resources they are; publish.ts writes them.
 */
export function indicatorApi({tables, identity}: IndicatorApiInput): PackageFile[] {
  const files: PackageFile[] = [];
  const entries = tables.indicators.map((indicator) => {
    const rows = tables.observations.filter((o) => o.indicator_id === indicator.id);
    const csv = indicatorCsvPath(indicator.id);
    const metadata = indicatorMetadataPath(indicator.id);
    files.push(
      {
        path: csv,
        data: toCsv(rows as unknown as Array<Record<string, unknown>>, {columns: COLUMNS, codeColumns: CODES, bom: false}),
        // The schema of observations.csv, referenced by path rather than copied into every resource.
        resource: {name: `indicator-${indicator.id}`, title: `${indicator.name_en}: figures`, description: `The rows of observations.csv whose indicator_id is ${indicator.id}.`, format: "csv", schema: OBSERVATIONS_SCHEMA_PATH}
      },
      {
        path: metadata,
        data: json(indicatorMetadata(indicator, {tables, identity})),
        resource: {name: `indicator-${indicator.id}-metadata`, title: `${indicator.name_en}: metadata`, description: `Definition, unit, basis, sources with their quotes, status and method, version, licence and citation of ${indicator.id}.`, format: "json"}
      }
    );
    const targets = tables.status.filter((s) => s.indicator_id === indicator.id).map(({target_id, scope, status, status_reason}) => ({target_id, scope, status, status_reason}));
    return {
      id: indicator.id,
      name: {zh: indicator.name_zh, en: indicator.name_en},
      domain: indicator.domain,
      unit: indicator.unit,
      basis: indicator.basis,
      better: indicator.better,
      main_target: indicator.main_target,
      figures: rows.length,
      targets,
      csv,
      metadata
    };
  });
  const index = {
    name: identity.name,
    title: identity.title,
    version: identity.version,
    released: identity.released,
    license: identity.license,
    citation: identity.citation.text,
    // Every path below is relative to this file (the site's data/ folder); with the
    // site's address set, `base` says where that folder is. Never a made-up address.
    ...(identity.homepage ? {homepage: identity.homepage, base: new URL("data/", identity.homepage).href} : {}),
    archive: identity.archivePath,
    files: {datapackage: "datapackage.json", readme: README_PATH, changelog: CHANGELOG_PATH, licence: LICENSE_PATH, observations: "observations.csv", schema: OBSERVATIONS_SCHEMA_PATH, arrow: ARROW_PATH, parquet: PARQUET_PATH, indicators: "indicators.csv"},
    // Every table of the package, as CSV (its schema in datapackage.json) and as JSON.
    tables: Object.fromEntries(TABLES.map((t) => [t.key, {title: t.title, description: t.description, csv: `${t.key}.csv`, json: `${t.key}.json`}])),
    texts: Object.fromEntries(tables.sources.map((s) => [s.id, s.text_path])),
    indicators: entries
  };
  files.push({path: INDEX_PATH, data: json(index), resource: {name: "index", title: "Indicator index", description: "Every indicator with the paths of its figures (CSV) and metadata (JSON), the version, licence and citation.", format: "json"}});
  return files;
}
