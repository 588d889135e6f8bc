import {toCsv} from "../formats/csv.ts";
import type {Observation} from "../schema/dataset.ts";
import {OBSERVATION_FIELDS} from "../schema/tables.ts";
import type {ChartWithTable, TableRow} from "./chart-rows.ts";

/**
 * A chart's CSV: each figure the chart draws, one row each, in three groups
 * of columns.
 * - As published: the columns of observations.csv with the same names, codes
 *   and values (the figure's own id, indicator, series, value and status), so
 *   a join on observation_id never disagrees.
 * - What the chart derives, in columns of their own: `chart_row` (the
 *   indicator whose row the figure is drawn on), `drawn_as` (`figure`, or
 *   `pace`: a five-year total drawn as what it needs a year) and `drawn_value`
 *   (where the mark sits, in unit_base: value_base, or for a pace value_base
 *   divided by the years of its period).
 * - What the chart's table on screen shows, in the page's language
 *   (`label_indicator`, `label_series`, `label_figure`, `label_status`,
 *   `label_source`). Headers are the same in both languages.
 */
export const CHART_CSV_COLUMNS = [
  "observation_id", "indicator_id", "series", "year", "value", "unit", "value_base", "unit_base", "status", "status_reason", "source_id",
  "chart_row", "drawn_as", "drawn_value",
  "label_indicator", "label_series", "label_figure", "label_status", "label_source"
] as const;

type Column = (typeof CHART_CSV_COLUMNS)[number];
// The published columns are codes where observations.csv's are (src/schema/tables.ts), written the same way.
const CODES: Column[] = [...CHART_CSV_COLUMNS.filter((c) => (OBSERVATION_FIELDS as Record<string, {kind: string}>)[c]?.kind === "code"), "chart_row", "drawn_as"];

function csvRow(row: TableRow, o: Observation): Record<Column, unknown> {
  return {
    observation_id: o.observation_id,
    indicator_id: o.indicator_id,
    series: o.series,
    year: o.year,
    value: o.value,
    unit: o.unit,
    value_base: o.value_base,
    unit_base: o.unit_base,
    status: o.status,
    status_reason: o.status_reason,
    source_id: o.source_id,
    chart_row: row.indicatorId,
    drawn_as: row.mark === "pace" ? "pace" : "figure",
    drawn_value: row.value,
    label_indicator: row.indicator,
    label_series: row.series,
    label_figure: row.figure,
    label_status: row.status,
    // Last, and never empty: a spreadsheet reads each row as one closed quoted run (src/formats/csv.ts, rule 3).
    label_source: row.source
  };
}

/**
 * The chart's table as CSV, with a byte-order mark for spreadsheets, as every
 * download. `observations` are the published rows (the page's dataset): the
 * figure's own columns come from there, never from the chart.
 */
export function chartCsv(chart: Pick<ChartWithTable, "table">, observations: readonly Observation[]): string {
  const byId = new Map(observations.map((o) => [o.observation_id, o]));
  const rows = chart.table.map((row) => {
    const o = byId.get(row.id);
    if (!o) throw new Error(`the chart draws ${row.id}, which the dataset does not hold`);
    return csvRow(row, o);
  });
  return toCsv(rows, {columns: CHART_CSV_COLUMNS, codeColumns: CODES});
}
