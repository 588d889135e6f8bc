import {CITY, roleOf, type Role} from "../../schema/roles.ts";
import type {PublishedTables} from "../tables/published-tables.ts";

/**
 * What a chart row of the explainer may set side by side: the city's figures
 * of one indicator (its baseline, latest figure, the year's target and the
 * plan's target) and, for a yearly figure that a five-year total is judged
 * against, the pace that total needs each year. A district's figure counts
 * another place, so it is never one of them.
 */
export type RowFigure = Exclude<Role, "district"> | "pace";

/** The figures of an indicator a city chart row would draw, read from the published tables. */
export function rowFigures(indicator: string, tables: Pick<PublishedTables, "observations" | "relations">, planEnd: number): RowFigure[] {
  const found = new Set<RowFigure>();
  for (const o of tables.observations) {
    if (o.indicator_id !== indicator || o.scope !== CITY) continue;
    const role = roleOf(o, planEnd);
    if (role !== "district") found.add(role);
  }
  // A five-year total judged as a pace against this indicator's yearly figures, when the city sets that total.
  const pacedBy = tables.relations.filter((r) => r.relation === "pace" && r.related_id === indicator).map((r) => r.indicator_id);
  if (pacedBy.some((id) => tables.observations.some((o) => o.indicator_id === id && o.scope === CITY && roleOf(o, planEnd) === "target"))) found.add("pace");
  return (["baseline", "actual", "annual", "pace", "target"] as const).filter((f) => found.has(f));
}

/**
 * Why a chart does not earn its place, one message per row that fails: a
 * chart sets two or more comparable figures of one indicator and one place
 * on one scale; a single figure is a row of the tracker or a sentence.
 * `drawn` limits the figures to those the chart shows (the scoreboard shows
 * no yearly targets or paces).
 */
export function chartFigureErrors(indicators: readonly string[], tables: Pick<PublishedTables, "observations" | "relations">, planEnd: number, drawn?: readonly RowFigure[]): string[] {
  if (!indicators.length) return ["it has no rows"];
  return indicators.flatMap((id) => {
    const figures = rowFigures(id, tables, planEnd).filter((f) => !drawn || drawn.includes(f));
    return figures.length >= 2 ? [] : [`row ${id} sets ${figures.length ? `only its ${figures[0]}` : "no figure"} on its scale; a chart needs two or more comparable figures of one indicator and one place (make it a sentence or a row of the tracker)`];
  });
}
