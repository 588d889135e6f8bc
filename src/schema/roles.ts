/**
 * Which of its indicator's figures an observation is, as the page and the
 * content slots name them. The documents say baseline, target or actual; a
 * target is the plan's (for Beijing, due at the end of the five-year plan), a
 * one-year target (for Beijing, due another year), or a district's.
 */
export type Role = "baseline" | "actual" | "annual" | "target" | "district";

export const ROLES: readonly Role[] = ["baseline", "actual", "annual", "target", "district"];

/** The scope the plan speaks for; targets of any other scope are a district's. */
export const CITY = "beijing";

export interface RoleInput {
  series: "baseline" | "target" | "actual";
  scope: string;
  year: number;
}

export function roleOf(o: RoleInput, planEnd: number): Role {
  if (o.series !== "target") return o.series;
  if (o.scope !== CITY) return "district";
  return o.year === planEnd ? "target" : "annual";
}

/** The years the page talks about, read from the data, never typed. */
export interface DatasetYears {
  /** The year before the plan's first: its baseline (2020 for 2021–2025). */
  baseline: number;
  /** The latest year with a reported actual for the city. */
  actual: number;
  /** The year the plan's targets are due (2025). */
  target: number;
  /** The latest year of a district's document. */
  district: number;
  /** Years of the plan up to the latest actual that no document reports. */
  missing: number[];
}

export interface YearsInput {
  sources: ReadonlyArray<{kind: string; period_start: number; period_end: number}>;
  observations: ReadonlyArray<{series: string; scope: string; year: number}>;
}

/** The plan is the latest five-year plan among the sources; the rest follows from the figures. */
export function datasetYears({sources, observations}: YearsInput): DatasetYears {
  const plans = sources.filter((s) => s.kind === "five-year-plan").sort((a, b) => b.period_end - a.period_end);
  if (!plans.length) throw new Error("no five-year plan among the sources: the years of the plan cannot be read");
  const plan = plans[0];
  const reported = new Set(observations.filter((o) => o.series === "actual" && o.scope === CITY).map((o) => o.year));
  const actual = Math.max(...reported);
  const districts = sources.filter((s) => s.kind === "district-annual-plan").map((s) => s.period_end);
  const missing: number[] = [];
  for (let y = plan.period_start; y < actual; y++) if (!reported.has(y)) missing.push(y);
  return {baseline: plan.period_start - 1, actual, target: plan.period_end, district: districts.length ? Math.max(...districts) : NaN, missing};
}
