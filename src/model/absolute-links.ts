import type {ChartWithTable} from "./chart-rows.ts";

/**
 * A chart whose marks link to the explainer by absolute URL: in an embed, a
 * mark's relative link (`?view=source…`) would lead to the embed page or the
 * host's page, not to the quote. The rest of the chart is the same object.
 */
export function withAbsoluteLinks(chart: ChartWithTable, explainer: URL): ChartWithTable {
  return {
    ...chart,
    rows: chart.rows.map((row) => ({...row, marks: row.marks.map((m) => (m.href ? {...m, href: new URL(m.href, explainer).href} : m))}))
  };
}
