import type {Observation} from "../schema/dataset.ts";

/** The years the page talks about, read from the data rather than typed: 2020, 2022, 2025. */
export interface DatasetYears {
  baseline: number;
  actual: number;
  target: number;
  district: number;
  /** Years between the baseline and the actual that no document reports (2021). */
  missing: number[];
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? NaN;
}

export function datasetYears(observations: readonly Observation[]): DatasetYears {
  const years = (f: (o: Observation) => boolean) => mostCommon(observations.filter(f).map((o) => o.year));
  const baseline = years((o) => o.series === "baseline");
  const actual = years((o) => o.series === "actual");
  const reported = new Set(observations.filter((o) => o.series === "actual").map((o) => o.year));
  const missing: number[] = [];
  for (let y = baseline + 1; y < actual; y++) if (!reported.has(y)) missing.push(y);
  return {
    baseline,
    actual,
    target: Math.max(...observations.filter((o) => o.series === "target" && o.scope === "beijing").map((o) => o.year)),
    district: years((o) => o.scope === "dongcheng"),
    missing
  };
}
