/** Everything a download needs, loaded on the first download. */
import type {ChartWithTable} from "../model/chart-rows.ts";
import {exportSvg} from "../charts/export-svg.ts";
import {loadText} from "../model/load-dataset.ts";
import type {PageData} from "../model/page-data.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Observation} from "../schema/dataset.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {rowsToCsv, rowsToJson} from "../formats/dataset-files.ts";
import {downloadName, topicFromFilters} from "../formats/file-name.ts";
import {zipFiles} from "../formats/zip.ts";
import type {Filters} from "../model/url-state.ts";
import {saveFile, svgToPng} from "./save-file.ts";

/** The files of the Data Package, as published (the ZIP holds them byte for byte). */
const PACKAGE_FILES = ["observations.csv", "indicators.csv", "relations.csv", "sources.csv", "status.csv"];

export async function downloadData(kind: "csv" | "json" | "zip", selected: readonly Observation[], data: PageData, filters: Filters): Promise<void> {
  const today = new Date();
  const topic = topicFromFilters({domains: filters.domain, scopes: filters.scope, series: filters.series, statuses: filters.status, sources: filters.source, query: filters.q});
  if (kind === "csv") return saveFile(downloadName({topic, date: today, ext: "csv"}), rowsToCsv(selected), "text/csv;charset=utf-8");
  if (kind === "json") return saveFile(downloadName({topic, date: today, ext: "json"}), rowsToJson(selected), "application/json");
  const zip = zipFiles([
    {name: "datapackage.json", data: await loadText("datapackage.json")},
    ...(await Promise.all(PACKAGE_FILES.map(async (name) => ({name, data: await loadText(name)})))),
    ...[...data.texts].map(([id, text]) => ({name: `sources/${id}.txt`, data: text}))
  ]);
  saveFile(downloadName({topic: "datapackage", date: today, ext: "zip"}), zip, "application/zip");
}

export async function downloadChart(chart: ChartWithTable, format: "csv" | "svg" | "png", svg: SVGSVGElement, all: readonly Observation[], lang: Lang): Promise<void> {
  const today = new Date();
  if (format === "csv") {
    const ids = new Set(chart.table.map((r) => r.id));
    return saveFile(downloadName({topic: chart.id, date: today, ext: "csv"}), rowsToCsv(all.filter((r) => ids.has(r.observation_id))), "text/csv;charset=utf-8");
  }
  const years = [...new Set(chart.table.map((r) => r.year))].sort().join(lang === "zh" ? "、" : ", ");
  const file = exportSvg(svg, {title: chart.title, sourceLine: chart.sourceLine, dateLine: interpolate(messagesFor(lang).downloads.dateLine, {years})});
  if (format === "svg") return saveFile(downloadName({topic: chart.id, date: today, ext: "svg"}), file.markup, "image/svg+xml");
  saveFile(downloadName({topic: chart.id, date: today, ext: "png"}), await svgToPng(file.markup, file.width, file.height, 2), "image/png");
}
