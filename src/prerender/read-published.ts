import {readFileSync} from "node:fs";
import {datasetFrom, type Dataset, type DatasetRows} from "../model/dataset.ts";
import {validateContent, validateRows} from "../model/validate-data.ts";
import type {Indicator, Observation, Place, Relation, Source, TargetStatus} from "../schema/dataset.ts";
import {INDICATOR_FIELDS, OBSERVATION_FIELDS, RELATION_FIELDS, SCOPE_FIELDS, SOURCE_FIELDS, STATUS_FIELDS} from "../schema/tables.ts";

/**
 * A published data folder (what `npm run data` writes), read back in Node by
 * the site step: the tables as the site publishes them, checked against
 * their fields, so the pages are made from exactly what researchers download.
 */
export function readPublished(dir: URL): Dataset {
  const read = (file: string) => readFileSync(new URL(file, dir), "utf8");
  const json = (file: string) => JSON.parse(read(file)) as unknown;
  const relations = json("relations.json");
  const rows: DatasetRows = {
    observations: validateRows<Observation>("observations.json", json("observations.json"), OBSERVATION_FIELDS),
    indicators: validateRows<Indicator>("indicators.json", json("indicators.json"), INDICATOR_FIELDS),
    // A catalogue may declare no relations at all.
    relations: Array.isArray(relations) && relations.length === 0 ? [] : validateRows<Relation>("relations.json", relations, RELATION_FIELDS),
    sources: validateRows<Source>("sources.json", json("sources.json"), SOURCE_FIELDS),
    status: validateRows<TargetStatus>("status.json", json("status.json"), STATUS_FIELDS),
    scopes: validateRows<Place>("scopes.json", json("scopes.json"), SCOPE_FIELDS),
    content: validateContent("content.json", json("content.json"))
  };
  return datasetFrom(rows, rows.sources.map((s) => read(s.text_path)));
}
