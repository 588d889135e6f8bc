import {describe, expect, it} from "vitest";
import {CHART_CSV_COLUMNS, chartCsv} from "../../src/model/chart-csv.ts";
import {pageModel} from "../../src/model/page-model.ts";
import {parseCsv} from "../support/read-csv.ts";
import {realData} from "../real-data.ts";

const {data} = realData();

describe("chartCsv", () => {
  it("holds the rows and columns of the chart's table on screen, with the ids, number and codes behind them", () => {
    for (const lang of ["zh", "en"] as const) {
      const chart = pageModel(data, lang).charts.get("school-places")!;
      const [header, ...rows] = parseCsv(chartCsv(chart).replace(/^\uFEFF/, ""));
      expect(header).toEqual([...CHART_CSV_COLUMNS]);
      expect(rows).toHaveLength(chart.table.length);
      const col = (name: (typeof CHART_CSV_COLUMNS)[number]) => CHART_CSV_COLUMNS.indexOf(name);
      chart.table.forEach((row, i) => {
        // The on-screen columns, as the table shows them: indicator, series, the figure as written, status, source.
        expect([rows[i][col("indicator")], rows[i][col("series")], rows[i][col("figure")], rows[i][col("status")], rows[i][col("source")]]).toEqual([row.indicator, row.series, row.figure, row.status, row.source]);
        expect([rows[i][col("observation_id")], rows[i][col("indicator_id")], rows[i][col("source_id")], rows[i][col("year")]]).toEqual([row.id, row.indicatorId, row.sourceId, String(row.year)]);
      });
    }
  });

  it("gives a pace row the yearly need it draws, and the status code of what the row shows", () => {
    const chart = pageModel(data, "en").charts.get("school-places")!;
    const [header, ...rows] = parseCsv(chartCsv(chart).replace(/^\uFEFF/, ""));
    const pace = rows.find((r) => r[header.indexOf("observation_id")] === "plan-2021/school-places-added-2021-2025")!;
    expect(pace[header.indexOf("value")]).toBe("32000");
    expect(pace[header.indexOf("unit")]).toBe("个");
    expect(pace[header.indexOf("status_code")]).toBe("on-track");
    expect(pace[header.indexOf("figure")]).toMatch(/needed/);
    const actual = rows.find((r) => r[header.indexOf("observation_id")] === "summary-2022/school-places-added")!;
    expect([actual[header.indexOf("value")], actual[header.indexOf("status_code")], actual[header.indexOf("status")]]).toEqual(["36000", "", ""]);
  });
});
