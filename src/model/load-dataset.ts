import type {Content} from "../schema/content.ts";
import type {Indicator, Observation, Relation, Source, TargetStatus} from "../schema/dataset.ts";
import {INDICATOR_FIELDS, OBSERVATION_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, STATUS_FIELDS, type Field} from "../schema/tables.ts";
import {tableFrom, type Table} from "./table.ts";
import {embeddedFiles, fetchFile as get, type LoadOptions} from "./load-file.ts";
import {DataFileError, validateContent, validateRows} from "./validate-data.ts";

export {EMBEDDED_DATA_ID, loadJson, loadText, type LoadOptions} from "./load-file.ts";
export {loadBytes} from "./load-bytes.ts";

/**
 * The published tables as the page holds them: Arquero tables, read only
 * through the methods proven to compile no code (src/model/table-rows.ts),
 * with the content and the cleaned source texts beside them.
 */
export interface Dataset {
  observations: Table;
  indicators: Table;
  relations: Table;
  sources: Table;
  status: Table;
  content: Content;
  /** Cleaned source texts by source id. */
  texts: Map<string, string>;
}

/** The files of the published tables, and the fields each must have. */
const TABLE_FILES = {
  observations: ["observations.json", OBSERVATION_FIELDS],
  indicators: ["indicators.json", INDICATOR_FIELDS],
  relations: ["relations.json", RELATION_FIELDS],
  sources: ["sources.json", SOURCE_FIELDS],
  status: ["status.json", STATUS_FIELDS]
} as const;

/** Loads the built dataset (embedded in the page, or fetched) and checks its shape. Throws DataFileError naming the file at fault. */
export async function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const embedded = embeddedFiles(options);
  const table = <T>(file: string, fields: Readonly<Record<string, Field>>) => get(file, options, "json", embedded).then((v) => validateRows<T>(file, v, fields));
  const [observations, indicators, relations, sources, status, content] = await Promise.all([
    table<Observation>(...TABLE_FILES.observations),
    table<Indicator>(...TABLE_FILES.indicators),
    // A catalogue may declare no relations at all: an empty list is fine here.
    get(TABLE_FILES.relations[0], options, "json", embedded).then((v) => (Array.isArray(v) && v.length === 0 ? [] : validateRows<Relation>(TABLE_FILES.relations[0], v, RELATION_FIELDS))),
    table<Source>(...TABLE_FILES.sources),
    table<TargetStatus>(...TABLE_FILES.status),
    get("content.json", options, "json", embedded).then((v) => validateContent("content.json", v))
  ]);
  const texts = await Promise.all(sources.map((s) => get(s.text_path, options, "text", embedded) as Promise<string>));
  return datasetFrom({observations, indicators, relations, sources, status, content}, texts);
}

export interface DatasetRows {
  observations: Observation[];
  indicators: Indicator[];
  relations: Relation[];
  sources: Source[];
  status: TargetStatus[];
  content: Content;
}

/**
 * The references between the tables hold: each observation's indicator and
 * source, each status row's target, each relation's two indicators. Files
 * that each match the manifest agree; this names the file at fault when a
 * build (or a hand) got them out of step.
 */
function checkReferences(rows: DatasetRows): void {
  const known = new Set(rows.indicators.map((i) => i.id));
  const ids = (list: readonly object[], key: string) => new Set(list.map((r) => (r as Record<string, unknown>)[key]));
  const checks = [
    ["observations.json", rows.observations, "indicator_id", known, "indicators.json"],
    ["observations.json", rows.observations, "source_id", ids(rows.sources, "id"), "sources.json"],
    ["status.json", rows.status, "target_id", ids(rows.observations, "observation_id"), "observations.json"],
    ["relations.json", rows.relations, "indicator_id", known, "indicators.json"],
    ["relations.json", rows.relations, "related_id", known, "indicators.json"]
  ] as const;
  for (const [file, list, field, targets, table] of checks) {
    const at = (list as readonly object[]).findIndex((r) => !(targets as Set<unknown>).has((r as Record<string, unknown>)[field]));
    if (at !== -1) throw new DataFileError(file, {code: "reference", record: at + 1, field, value: String((list[at] as unknown as Record<string, unknown>)[field]), table});
  }
}

/** The dataset from rows already read (in tests, from the build's own output). */
export function datasetFrom(rows: DatasetRows, texts: string[]): Dataset {
  checkReferences(rows);
  return {
    observations: tableFrom(rows.observations),
    indicators: tableFrom(rows.indicators),
    relations: tableFrom(rows.relations),
    sources: tableFrom(rows.sources),
    status: tableFrom(rows.status),
    content: rows.content,
    texts: new Map(rows.sources.map((s, i) => [s.id, texts[i]]))
  };
}
