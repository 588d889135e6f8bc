import {describe, expect, it} from "vitest";
import {toCsv} from "../../src/formats/csv.ts";
import {messagesFor} from "../../src/i18n/messages.ts";
import {CHART_CSV_COLUMNS, chartCsv} from "../../src/model/chart-csv.ts";
import type {ChartWithTable} from "../../src/model/chart-rows.ts";
import {indicatorDetail} from "../../src/model/indicator-detail.ts";
import {pageModel} from "../../src/model/page-model.ts";
import {OBSERVATION_FIELDS} from "../../src/schema/tables.ts";
import {parseCsv} from "../support/read-csv.ts";
import {realBuild, realData} from "../real-data.ts";

const {data} = realData();
const {tables} = realBuild();
type Column = (typeof CHART_CSV_COLUMNS)[number];

/** A CSV as rows keyed by its header. */
function records(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

// observations.csv as the build writes it (src/build/publish.ts): its columns, codes and number formatting.
const columns = Object.keys(OBSERVATION_FIELDS);
const observationsCsv = toCsv(tables.observations as unknown as Array<Record<string, unknown>>, {columns, codeColumns: columns.filter((c) => OBSERVATION_FIELDS[c as keyof typeof OBSERVATION_FIELDS].kind === "code"), bom: false});
const published = new Map(records(observationsCsv).map((row) => [row.observation_id, row]));

/** Every chart a reader can download: the explainer's and every indicator page's, in both languages. */
function everyChart(): Array<{label: string; chart: ChartWithTable}> {
  return (["zh", "en"] as const).flatMap((lang) => {
    const model = pageModel(data, lang);
    const explainer = [...model.charts.values()].map((chart) => ({label: `${lang} ${chart.id}`, chart}));
    const pages = [...data.summaries.values()].map((summary) => ({label: `${lang} indicator ${summary.indicator.id}`, chart: indicatorDetail(summary, data, {lang, messages: messagesFor(lang)}).chart}));
    return [...explainer, ...pages];
  });
}

describe("chartCsv", () => {
  it("joins observations.csv on observation_id with no disagreement, for every chart in both languages", () => {
    const shared = CHART_CSV_COLUMNS.filter((c) => columns.includes(c));
    expect(shared).toEqual(["observation_id", "indicator_id", "series", "year", "value", "unit", "value_base", "unit_base", "status", "status_reason", "source_id"]);
    const charts = everyChart();
    expect(charts.length).toBeGreaterThan(200);
    const disagreements: string[] = [];
    let rows = 0;
    for (const {label, chart} of charts) {
      for (const row of records(chartCsv(chart, data.observations).replace(/^\uFEFF/, ""))) {
        rows++;
        const own = published.get(row.observation_id);
        if (!own) disagreements.push(`${label}: ${row.observation_id} is not in observations.csv`);
        else for (const c of shared) if (row[c] !== own[c]) disagreements.push(`${label}: ${row.observation_id} · ${c}: ${row[c]} ≠ ${own[c]}`);
      }
    }
    expect(rows).toBeGreaterThan(250);
    expect(disagreements).toEqual([]);
  });

  it("keeps what the chart derives in columns of its own: a five-year total drawn as its yearly pace", () => {
    const chart = pageModel(data, "en").charts.get("school-places")!;
    const rows = records(chartCsv(chart, data.observations).replace(/^\uFEFF/, ""));
    const pace = rows.find((r) => r.observation_id === "plan-2021/school-places-added-2021-2025")!;
    // As published: the plan's five-year total, its own indicator and status.
    expect(pace).toMatchObject({indicator_id: "school-places-added-five-year", series: "target", value_base: "160000", status: "on-track"} satisfies Partial<Record<Column, string>>);
    // As drawn: on the yearly indicator's row, at what it needs a year.
    expect(pace).toMatchObject({chart_row: "school-places-added", drawn_as: "pace", drawn_value: "32000"});
    expect(pace.label_figure).toMatch(/needed/);
    const yearly = rows.find((r) => r.observation_id === "summary-2022/school-places-added-target")!;
    expect(yearly).toMatchObject({indicator_id: "school-places-added", series: "target", value_base: "20000", status: "met", drawn_as: "figure", drawn_value: "20000"});
    const actual = rows.find((r) => r.observation_id === "summary-2022/school-places-added")!;
    expect(actual).toMatchObject({value_base: "36000", status: "", drawn_value: "36000"});
  });

  it("holds the labels of the chart's table on screen, in the page's language, the source last", () => {
    for (const lang of ["zh", "en"] as const) {
      const chart = pageModel(data, lang).charts.get("school-places")!;
      const [header, ...rows] = parseCsv(chartCsv(chart, data.observations).replace(/^\uFEFF/, ""));
      expect(header).toEqual([...CHART_CSV_COLUMNS]);
      expect(header.at(-1)).toBe("label_source");
      expect(rows).toHaveLength(chart.table.length);
      const col = (name: Column) => CHART_CSV_COLUMNS.indexOf(name);
      chart.table.forEach((row, i) => {
        expect([rows[i][col("label_indicator")], rows[i][col("label_series")], rows[i][col("label_figure")], rows[i][col("label_status")], rows[i][col("label_source")]]).toEqual([row.indicator, row.series, row.figure, row.status, row.source]);
      });
    }
  });

  it("refuses a chart that draws a figure the dataset does not hold", () => {
    const chart = pageModel(data, "en").charts.get("school-places")!;
    expect(() => chartCsv({table: [{...chart.table[0], id: "nowhere/x"}]}, data.observations)).toThrow(/nowhere\/x/);
  });
});
