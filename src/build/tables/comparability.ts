import * as aq from "arquero";
import type {IndicatorRecord} from "../../schema/records.ts";
import type {DatasetError} from "../extract/dataset-error.ts";

type Table = ReturnType<typeof aq.from>;

/** What each indicator counts, as its figures say: one basis, one base unit, and for totals one length of period. */
export function indicatorBases(observations: Table): Table {
  return observations
    .derive({total_span: "d.basis === 'cumulative' ? d.period_end - d.period_start + 1 : null"})
    .groupby("indicator_id")
    .rollup({
      bases: "op.array_agg_distinct(d.basis)",
      units: "op.array_agg_distinct(d.unit_base)",
      spans: "op.array_agg_distinct(d.total_span)",
      ids: "op.array_agg(d.observation_id)"
    });
}

/**
 * Every indicator counts one thing: any two of its figures in one scope can be
 * compared. An indicator that mixes bases, base units or lengths of period
 * stops the build, naming its figures; a declared `pace` relation must join a
 * cumulative indicator to a flow in the same unit.
 */
export function checkComparability(observations: Table, catalogue: readonly IndicatorRecord[]): DatasetError[] {
  const errors: DatasetError[] = [];
  const bases = new Map<string, {bases: string[]; units: string[]; spans: Array<number | null>; ids: string[]}>();
  for (const row of indicatorBases(observations).objects() as Array<{indicator_id: string; bases: string[]; units: string[]; spans: Array<number | null>; ids: string[]}>) bases.set(row.indicator_id, row);
  for (const [id, {bases: b, units, spans, ids}] of bases) {
    const record = `indicator ${id}`;
    const figures = ids.join(", ");
    if (b.length > 1) errors.push({record, message: `mixes bases (${b.join(", ")}) in ${figures}; figures that count different things need separate indicators (add one to data/catalogue/, and a "pace" relation if a total is to be judged by yearly figures)`});
    if (units.length > 1) errors.push({record, message: `mixes base units (${units.join(", ")}) in ${figures}; give each unit its own indicator`});
    const lengths = spans.filter((s): s is number => s !== null);
    if (lengths.length > 1) errors.push({record, message: `sums periods of different lengths (${lengths.join(" and ")} years) in ${figures}; totals over different spans are separate indicators`});
  }
  for (const indicator of catalogue) {
    for (const related of indicator.related ?? []) {
      if (related.relation !== "pace") continue;
      const [from, to] = [bases.get(indicator.id), bases.get(related.id)];
      const record = `indicator ${indicator.id}`;
      if (from && from.bases.join() !== "cumulative") errors.push({record, message: `a "pace" relation needs a cumulative indicator, but ${indicator.id} is ${from.bases.join(", ")}`});
      if (to && to.bases.join() !== "flow") errors.push({record, message: `a "pace" relation is judged against yearly figures, but ${related.id} is ${to.bases.join(", ")}`});
      if (from && to && from.units.join() !== to.units.join()) errors.push({record, message: `a "pace" relation joins different units (${from.units.join()} and ${to.units.join()})`});
    }
    if ((indicator.related ?? []).filter((r) => r.relation === "pace").length > 1) errors.push({record: `indicator ${indicator.id}`, message: "more than one pace relation; a total is judged against one yearly indicator"});
  }
  return errors;
}
