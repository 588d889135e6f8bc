import {readFileSync} from "node:fs";
import {extractDataset} from "../src/build/extract/extract-dataset.ts";
import type {Indicator, Observation, Source} from "../src/schema/dataset.ts";
import {readCuration} from "../src/build/read-curation.ts";

/**
 * The real dataset, extracted from data/ in the test itself, so tests need no
 * build and always see the curated data as it stands.
 */
export function realData() {
  const input = readCuration(new URL("../data", import.meta.url).pathname);
  const result = extractDataset(input);
  if (result.errors.length) throw new Error(`the curated data has ${result.errors.length} errors; run npm run data`);
  const observations: Observation[] = result.observations;
  const indicators = new Map<string, Indicator>(input.catalogue.map((i) => [i.id, i]));
  const sources = new Map<string, Source>(
    result.sources.map(({record, ledger}) => [record.id, {...record, text: `sources/${record.id}.txt`, coverage: {mentions: ledger.length, used: 0, excluded: 0, unaccounted: 0}}])
  );
  const texts = new Map(result.sources.map((s) => [s.record.id, s.text]));
  return {observations, indicators, sources, texts};
}

export function observation(observations: Observation[], indicator: string, series: string, scope = "beijing"): Observation {
  const found = observations.find((o) => o.indicator_id === indicator && o.series === series && o.scope === scope && (series !== "target" || o.year === 2025 || scope === "dongcheng"));
  if (!found) throw new Error(`no ${series} of ${indicator}`);
  return found;
}

export const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
