import type {Content} from "../schema/content.ts";
import type {Indicator, Observation, Relation, Source, TargetStatus} from "../schema/dataset.ts";
import {DataFileError} from "./data-file-error.ts";

/** The published tables, as rows: what the site step reads back from data/ (src/prerender/read-published.ts). */
export interface DatasetRows {
  observations: Observation[];
  indicators: Indicator[];
  relations: Relation[];
  sources: Source[];
  status: TargetStatus[];
  content: Content;
}

/** The tables with the content and the cleaned source texts beside them. */
export interface Dataset extends DatasetRows {
  /** Cleaned source texts by source id. */
  texts: Map<string, string>;
}

/** The dataset from rows already read, each source's text in the order of `sources`. Throws DataFileError on a figure of an unknown indicator. */
export function datasetFrom(rows: DatasetRows, texts: string[]): Dataset {
  const known = new Set(rows.indicators.map((i) => i.id));
  const unknown = rows.observations.find((o) => !known.has(o.indicator_id));
  if (unknown) throw new DataFileError("observations.json", {code: "unknown-indicator", indicator: unknown.indicator_id});
  return {...rows, texts: new Map(rows.sources.map((s, i) => [s.id, texts[i]]))};
}
