import {BASES, SCOPES, SERIES, type IndicatorRecord, type ObservationRecord} from "../../schema/records.ts";
import type {DatasetError} from "./dataset-error.ts";

/** The years an observation covers, from its `period` or its year. */
export function periodOf(observation: Pick<ObservationRecord, "period" | "year">): {start: number; end: number} {
  if (observation.period === undefined) return {start: observation.year, end: observation.year};
  const [start, end] = observation.period.split("-").map(Number);
  return {start, end};
}

/**
 * The shape of one curated observation, before its quote is looked for: known
 * ids and codes, and a period that fits its basis and ends in its year.
 */
export function checkObservation(observation: ObservationRecord, source: string, indicators: ReadonlyMap<string, IndicatorRecord>): DatasetError[] {
  const at = {record: observation.id, source};
  const errors: DatasetError[] = [];
  const fail = (message: string, field?: string) => errors.push({...at, ...(field ? {field} : {}), message});
  if (!observation.id?.startsWith(`${source}/`)) fail(`must start with "${source}/"`, "id");
  if (!indicators.has(observation.indicator)) fail(`${JSON.stringify(observation.indicator)} is not in the catalogue; add it to data/catalogue/ or fix the id`, "indicator");
  if (!SERIES.includes(observation.series)) fail(`unknown series ${JSON.stringify(observation.series)} (one of ${SERIES.join(", ")})`);
  if (!SCOPES.includes(observation.scope)) fail(`unknown scope ${JSON.stringify(observation.scope)} (one of ${SCOPES.join(", ")})`);
  if (!BASES.includes(observation.basis)) fail(`unknown basis ${JSON.stringify(observation.basis)}; use one of ${BASES.join(", ")} (data/README.md defines them)`);
  if (!Number.isInteger(observation.year)) fail("year must be an integer");
  if (observation.period !== undefined) {
    if (!/^\d{4}-\d{4}$/.test(observation.period)) fail(`period ${JSON.stringify(observation.period)} must read YYYY-YYYY`);
    else {
      const {start, end} = periodOf(observation);
      if (start > end) fail(`period ${observation.period} is inverted; write the earlier year first`);
      else if (end !== observation.year) fail(`period ${observation.period} must end in the observation's year ${observation.year}`);
      if (observation.basis === "level" || observation.basis === "batch") fail(`a ${observation.basis} has the period of its year; remove "period" or change the basis`);
    }
  } else if (observation.basis === "cumulative") fail(`a cumulative figure needs "period": the years it sums, e.g. "2021-2025"`);
  if (!observation.quote) fail("missing quote");
  if (!observation.expect || typeof observation.expect.value !== "number") fail("missing expect.value (the double entry)");
  return errors;
}
