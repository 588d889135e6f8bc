import {toCsv} from "../formats/csv.ts";
import type {ChartWithTable, TableRow} from "./chart-rows.ts";

/**
 * A chart's CSV has the rows and columns of its table on screen (indicator,
 * series, the figure as written, status, source), in the page's language, so
 * what a reader downloads is what they read; each column that shows words
 * has the id, code or number behind it beside it, so a program can join the
 * rows to observations.csv. Headers are the same in both languages.
 */
export const CHART_CSV_COLUMNS = ["observation_id", "indicator_id", "indicator", "series", "year", "figure", "value", "unit", "status_code", "status", "source_id", "source"] as const;

type Column = (typeof CHART_CSV_COLUMNS)[number];
const CODES: Column[] = ["observation_id", "indicator_id", "status_code", "source_id"];

function csvRow(row: TableRow): Record<Column, unknown> {
  return {
    observation_id: row.id,
    indicator_id: row.indicatorId,
    indicator: row.indicator,
    series: row.series,
    year: row.year,
    figure: row.figure,
    value: row.value,
    unit: row.unit,
    status_code: row.statusCode,
    status: row.status,
    source_id: row.sourceId,
    // Last, and never empty: a spreadsheet reads each row as one closed quoted run (src/formats/csv.ts, rule 3).
    source: row.source
  };
}

/** The chart's table as CSV, with a byte-order mark for spreadsheets, as every download. */
export function chartCsv(chart: Pick<ChartWithTable, "table">): string {
  return toCsv(chart.table.map(csvRow), {columns: CHART_CSV_COLUMNS, codeColumns: CODES});
}
