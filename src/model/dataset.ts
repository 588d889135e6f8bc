import type {Content} from "../schema/content.ts";
import type {Indicator, Observation, Place, Relation, Source, TargetStatus} from "../schema/dataset.ts";
import {DataFileError} from "./data-file-error.ts";

/** The published tables, as rows: what the site step reads back from data/ (src/prerender/read-published.ts). */
export interface DatasetRows {
  observations: Observation[];
  indicators: Indicator[];
  relations: Relation[];
  sources: Source[];
  status: TargetStatus[];
  /** The places documents and figures speak for (scopes.json). */
  scopes: Place[];
  content: Content;
}

/** The tables with the content and the cleaned source texts beside them. */
export interface Dataset extends DatasetRows {
  /** Cleaned source texts by source id. */
  texts: Map<string, string>;
}

/**
 * The references between the tables hold: each observation's indicator and
 * source, each status row's target, each relation's two indicators, and
 * every scope a known place. Files
 * that each match the manifest agree; this names the file at fault when a
 * build (or a hand) got them out of step.
 */
function checkReferences(rows: DatasetRows): void {
  const ids = <T>(list: readonly T[], key: keyof T) => new Set(list.map((r) => r[key]));
  const indicators = ids(rows.indicators, "id");
  const places = ids(rows.scopes, "id");
  const checks = [
    ["observations.json", rows.observations, "indicator_id", indicators, "indicators.json"],
    ["observations.json", rows.observations, "source_id", ids(rows.sources, "id"), "sources.json"],
    ["observations.json", rows.observations, "scope", places, "scopes.json"],
    ["status.json", rows.status, "target_id", ids(rows.observations, "observation_id"), "observations.json"],
    ["relations.json", rows.relations, "indicator_id", indicators, "indicators.json"],
    ["relations.json", rows.relations, "related_id", indicators, "indicators.json"],
    ["sources.json", rows.sources, "scope", places, "scopes.json"],
    ["status.json", rows.status, "scope", places, "scopes.json"]
  ] as const;
  for (const [file, list, field, targets, table] of checks) {
    const records = list as readonly object[];
    const value = (r: object) => (r as Record<string, unknown>)[field];
    const at = records.findIndex((r) => !(targets as Set<unknown>).has(value(r)));
    if (at !== -1) throw new DataFileError(file, {code: "reference", record: at + 1, field, value: String(value(records[at])), table});
  }
}

/** The dataset from rows already read, each source's text in the order of `sources`. Throws DataFileError, naming the file, on a reference that does not hold. */
export function datasetFrom(rows: DatasetRows, texts: string[]): Dataset {
  checkReferences(rows);
  return {...rows, texts: new Map(rows.sources.map((s, i) => [s.id, texts[i]]))};
}
