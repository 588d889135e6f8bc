import type {Content} from "../schema/content.ts";
import type {Indicator, Observation, Relation, Source, TargetStatus} from "../schema/dataset.ts";
import {datasetYears, roleOf, type DatasetYears, type Role} from "../schema/roles.ts";
import type {Status} from "../schema/statuses.ts";
import {summarise, type IndicatorSummary} from "./indicator-summary.ts";
import type {Dataset} from "./load-dataset.ts";
import type {Table} from "./table.ts";
import {tableRows} from "./table-rows.ts";

/**
 * The dataset read once, for every view and every language: the rows of each
 * table, the years the data speaks of, each indicator's summary, and where
 * each figure stands. Everything the page shows is derived from this.
 */
export interface PageData {
  observations: Observation[];
  /** The same observations as the Arquero table they were read from, row for row (the data view filters and sorts it). */
  table: Table;
  byId: ReadonlyMap<string, Observation>;
  indicators: ReadonlyMap<string, Indicator>;
  relations: Relation[];
  sources: ReadonlyMap<string, Source>;
  /** Published statuses by target id. */
  status: ReadonlyMap<string, TargetStatus>;
  years: DatasetYears;
  summaries: ReadonlyMap<string, IndicatorSummary>;
  content: Content;
  texts: ReadonlyMap<string, string>;
}

export function pageData(dataset: Dataset): PageData {
  const observations = tableRows<Observation>(dataset.observations);
  const sources = tableRows<Source>(dataset.sources);
  const indicators = new Map(tableRows<Indicator>(dataset.indicators).map((i) => [i.id, i]));
  const relations = tableRows<Relation>(dataset.relations);
  const status = new Map(tableRows<TargetStatus>(dataset.status).map((s) => [s.target_id, s]));
  const years = datasetYears({sources, observations});
  return {
    observations,
    table: dataset.observations,
    byId: new Map(observations.map((o) => [o.observation_id, o])),
    indicators,
    relations,
    sources: new Map(sources.map((s) => [s.id, s])),
    status,
    years,
    summaries: summarise({observations, indicators, status, relations, years}),
    content: dataset.content,
    texts: dataset.texts
  };
}

/** Which of its indicator's figures an observation is (baseline, actual, one-year target, the plan's target, a district's). */
export function roleIn(data: Pick<PageData, "years">, o: Observation): Role {
  return roleOf(o, data.years.target);
}

/**
 * Where a figure stands: a target's own status; for an actual, the status of
 * the target it was compared with (the plan's, when it decides several), unless
 * it counts something else than that target; else none.
 */
export function figureStatus(data: Pick<PageData, "status" | "byId">, o: Observation): Status | undefined {
  if (o.status) return o.status;
  // An actual can decide a one-year target and the plan's: the plan's (the later target) speaks for it.
  let found: TargetStatus | undefined;
  for (const s of data.status.values()) {
    // A figure that counts something else is not judged by the target it was read for.
    if (s.actual_id !== o.observation_id || s.counts === "other") continue;
    if (!found || data.byId.get(s.target_id)!.year > data.byId.get(found.target_id)!.year) found = s;
  }
  return found?.status;
}
