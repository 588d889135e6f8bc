import * as aq from "arquero";
import type {IndicatorRecord} from "../../schema/records.ts";
import {columnsOf, STATUS_FIELDS, type StatusRow} from "../../schema/tables.ts";
import type {DatasetError} from "../extract/dataset-error.ts";
import {isMaintain, status, type Point} from "../status.ts";

type Table = ReturnType<typeof aq.from>;
type Row = Point & {observation_id: string; indicator_id: string; scope: string; series: string};

const POINT = ["observation_id", "indicator_id", "scope", "value_base", "unit_base", "comparator", "basis", "period_start", "period_end", "year", "quote"];

/**
 * The comparable series, pivoted per target: each target beside the figures
 * its status reads (the latest actual of its indicator and scope up to its
 * year, the latest baseline before that, and for a five-year total the yearly
 * figures of the indicator it is paced by), with the years read from the data,
 * never from file order.
 */
export function statusInputs(observations: Table, catalogue: readonly IndicatorRecord[]): Table {
  const pacedBy = aq.from(catalogue.flatMap((i) => (i.related ?? []).filter((r) => r.relation === "pace").map((r) => ({indicator_id: i.id, compared_id: r.id}))));
  const targets = observations
    .filter("d.series === 'target'")
    .select(POINT)
    .lookup(pacedBy.size ? pacedBy : aq.table({indicator_id: [], compared_id: []}), "indicator_id", ["compared_id"])
    .derive({compared_id: "d.compared_id == null ? d.indicator_id : d.compared_id"});
  // Every figure a target may read, newest first: the actuals of its own indicator (or of the yearly
  // one it is paced by) and the baselines of its indicator, in its scope, before its year.
  const newestFirst = (series: string, on: (t: Record<string, number | string>, o: Record<string, number | string>) => boolean, as: string) =>
    targets
      .join(observations.filter(`d.series === '${series}'`).select(POINT), on, [aq.all(), aq.all()], {suffix: ["", "_o"]})
      .groupby("observation_id")
      .orderby(aq.desc("year_o"))
      .rollup({[as]: "op.array_agg(d.observation_id_o)"});
  // Arquero reads these predicates as expressions (it parses their source), so they stay plain comparisons.
  const actuals = newestFirst("actual", (t, o) => t.compared_id === o.indicator_id && t.scope === o.scope && o.year <= t.year, "actual_ids");
  const baselines = newestFirst("baseline", (t, o) => t.indicator_id === o.indicator_id && t.scope === o.scope && o.year < t.year, "baseline_ids");
  return targets
    .lookup(actuals, "observation_id", ["actual_ids"])
    .lookup(baselines, "observation_id", ["baseline_ids"])
    .rename({observation_id: "target_id"});
}

/**
 * The latest actual, in a scope and up to a year, of the indicators curated as
 * counting something else than an indicator (its not-comparable relations).
 */
function otherFigures(rows: readonly Row[], catalogue: readonly IndicatorRecord[]) {
  const others = new Map(catalogue.map((i) => [i.id, new Set((i.related ?? []).filter((r) => r.relation === "not-comparable").map((r) => r.id))]));
  return (target: Row): Row | undefined =>
    rows
      .filter((o) => o.series === "actual" && o.scope === target.scope && o.year <= target.year && others.get(target.indicator_id)?.has(o.indicator_id))
      .reduce<Row | undefined>((latest, o) => (!latest || o.year > latest.year ? o : latest), undefined);
}

/** The status of every target, decided by the status method on its inputs: one row per target. */
export function statusTable(observations: Table, catalogue: readonly IndicatorRecord[]): Table {
  const better = new Map(catalogue.map((i) => [i.id, i.better]));
  // What a total's yearly figures count of what it counts: curation, on its pace relation.
  const paceCounts = new Map(catalogue.flatMap((i) => (i.related ?? []).filter((r) => r.relation === "pace").map((r) => [i.id, r.counts ?? "same"] as const)));
  const all = observations.objects() as Row[];
  const rows = new Map(all.map((o) => [o.observation_id, o]));
  const otherOf = otherFigures(all, catalogue);
  const out: StatusRow[] = [];
  for (const input of statusInputs(observations, catalogue).objects() as Array<Row & {target_id: string; compared_id: string; actual_ids?: string[]; baseline_ids?: string[]}>) {
    const target = rows.get(input.target_id)!;
    const actuals = (input.actual_ids ?? []).map((id) => rows.get(id)!);
    const paced = target.basis === "cumulative" && input.compared_id !== target.indicator_id;
    // A yearly target reads that year's figure; any other target the latest one.
    const actual = paced ? undefined : actuals.find((a) => target.basis !== "flow" || a.period_start === target.period_start);
    const baseline = (input.baseline_ids ?? []).map((id) => rows.get(id)!).find((b) => b.year < (actual?.year ?? target.year));
    const other = otherOf(target);
    const result = status({better: better.get(target.indicator_id)!, target, actual, baseline, flows: paced ? actuals : undefined, counts: paced ? paceCounts.get(target.indicator_id) : "same", other});
    out.push({
      target_id: target.observation_id,
      indicator_id: target.indicator_id,
      scope: target.scope as StatusRow["scope"],
      status: result.status,
      status_reason: result.reason ?? result.method,
      method: result.method,
      baseline_id: result.method === "level" && baseline ? baseline.observation_id : null,
      actual_id: result.reason === "other-measure" ? other!.observation_id : paced ? (actuals[0]?.observation_id ?? null) : (actual?.observation_id ?? null),
      counts: result.counts ?? null,
      gap: result.gap ?? null,
      progress: finiteOrNull(result.progress),
      due: result.due ?? null,
      needed_per_year: result.pace?.neededPerYear ?? null,
      reported_per_year: result.pace?.reported ?? null,
      reported_years: result.pace ? result.pace.reportedYears.join(" ") : null,
      unreported_years: result.pace ? result.pace.unreportedYears.join(" ") : null
    });
  }
  // A curation with no target yet still has a status table, with its columns (and no rows).
  return out.length ? aq.from(out) : aq.table(Object.fromEntries(columnsOf(STATUS_FIELDS).map((c) => [c, []])));
}

const finiteOrNull = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? null : n);

/**
 * A level target whose baseline (of its indicator and scope) equals it: the
 * level method measures progress as (actual − baseline) ÷ (target − baseline),
 * which has no meaning there. Such figures usually count different things (3
 * schools under construction, a target of 3 completed), so they need ids of
 * their own; a level to keep is a maintain target (保持), which the method
 * reads without a baseline.
 */
export function checkLevelTargets(observations: Table): DatasetError[] {
  const all = observations.objects() as Row[];
  return all
    .filter((t) => t.series === "target" && t.basis === "level" && !isMaintain(t))
    .flatMap((t) =>
      all
        .filter((b) => b.series === "baseline" && b.indicator_id === t.indicator_id && b.scope === t.scope && b.year < t.year && b.unit_base === t.unit_base && b.value_base === t.value_base)
        .map((b) => ({record: t.observation_id, message: `its baseline ${b.observation_id} equals it (${b.value_base} ${b.unit_base}), so the status method would divide by zero: if the two count different things (under construction and completed, say), give each an indicator of its own, related as not-comparable; if the target keeps a level, its quote says 保持`}))
    );
}
