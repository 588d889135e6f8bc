/** Everything a download needs, loaded on the first download. */
import type {ChartWithTable} from "../model/chart-rows.ts";
import {chartCsv} from "../model/chart-csv.ts";
import {exportChart} from "../charts/export-chart.ts";
import {exportLines} from "../model/export-lines.ts";
import {loadBytes, loadText} from "../model/load-dataset.ts";
import type {PageData} from "../model/page-data.ts";
import {selectionContext} from "../model/selection-context.ts";
import type {UrlState} from "../model/url-state.ts";
import type {Observation} from "../schema/dataset.ts";
import {OBSERVATIONS_SCHEMA_PATH, releaseArchivePath} from "../schema/data-files.ts";
import {selectionPackage, type ObservationsSchema} from "../model/selection-package.ts";
import {NO_SITE, siteUrl} from "../schema/site.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {datasetCitation} from "../formats/dataset-citation.ts";
import {rowsToCsv, rowsToJson} from "../formats/dataset-files.ts";
import {downloadName, topicFromFilters} from "../formats/file-name.ts";
import {zipFiles} from "../formats/zip.ts";
import {siteAddress} from "./data-address.ts";
import type {DataDownload} from "./events.ts";
import {saveFile, svgToPng} from "./save-file.ts";

/** The Data Package's licence, so a download says what the package says. */
interface PackageAbout {
  licenses: Array<{name: string; path: string}>;
}

/** The version the page shows (content.json, from CHANGELOG.md). */
function releaseOf(data: PageData): {version: string; date: string} {
  if (!data.content.release) throw new Error("content.json names no release");
  return data.content.release;
}

/** A file's sha256 in hex, as a Data Package's `hash` gives it. */
async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The selection as a Data Package of its own: its CSV (the package's, without
 * a byte-order mark) with the published schema in datapackage.json, the same
 * CSV for spreadsheets (as the CSV button gives it), a README naming where it
 * comes from, and the same as JSON.
 */
async function selectionZip(selected: readonly Observation[], data: PageData, state: UrlState, names: {csv: string; zip: string}): Promise<Uint8Array<ArrayBuffer>> {
  const [pkg, schema] = await Promise.all([loadText("datapackage.json"), loadText(OBSERVATIONS_SCHEMA_PATH)]).then((texts) => texts.map((t) => JSON.parse(t)) as [PackageAbout, ObservationsSchema]);
  const project = data.content.explainer.project.name;
  const settings = data.content.site ?? NO_SITE;
  const release = releaseOf(data);
  const {lang} = state;
  const metadataName = names.csv.replace(/\.csv$/, ".metadata.json");
  const excelName = names.csv.replace(/\.csv$/, "-excel.csv");
  const date = new Date();
  const about = {title: messagesFor(lang).cite.datasetTitle, version: release.version, released: release.date, license: pkg.licenses[0], archive: siteUrl(settings, `data/${releaseArchivePath(release.version)}`), citation: datasetCitation({release, site: settings, project, lang}).text};
  const {readme, metadata} = selectionContext(selected, {
    lang,
    messages: messagesFor(lang),
    sources: data.sources,
    state,
    // Links inside the files lead to the site the reader downloaded from (or, offline, to the site's address if the build was told it).
    site: siteAddress(settings),
    about,
    date,
    files: {csv: names.csv, excel: excelName, metadata: metadataName}
  });
  const csv = new TextEncoder().encode(rowsToCsv(selected, {bom: false}));
  const json = new TextEncoder().encode(JSON.stringify(metadata, null, 1) + "\n");
  const packed = async (path: string, bytes: Uint8Array<ArrayBuffer>) => ({path, bytes: bytes.length, sha256: await sha256(bytes)});
  const descriptor = selectionPackage({about, schema, files: {csv: await packed(names.csv, csv), metadata: await packed(metadataName, json)}, date});
  return zipFiles([
    {name: "README.md", data: readme},
    {name: "datapackage.json", data: JSON.stringify(descriptor, null, 1) + "\n"},
    {name: names.csv, data: csv},
    {name: excelName, data: rowsToCsv(selected)},
    {name: metadataName, data: json}
  ]);
}

export async function downloadData(kind: DataDownload, selected: readonly Observation[], data: PageData, state: UrlState): Promise<void> {
  const today = new Date();
  const {filters} = state;
  const topic = topicFromFilters({domains: filters.domain, scopes: filters.scope, series: filters.series, statuses: filters.status, sources: filters.source, query: filters.q});
  const csv = downloadName({topic, date: today, ext: "csv"});
  if (kind === "csv") return saveFile(csv, rowsToCsv(selected), "text/csv;charset=utf-8");
  if (kind === "json") return saveFile(downloadName({topic, date: today, ext: "json"}), rowsToJson(selected), "application/json");
  if (kind === "selection") {
    const zip = downloadName({topic, date: today, ext: "zip"});
    return saveFile(zip, await selectionZip(selected, data, state, {csv, zip}), "application/zip");
  }
  // The whole package is the version's archive as the build wrote it: every file byte for byte.
  saveFile(downloadName({topic: "datapackage", date: today, ext: "zip"}), await loadBytes(releaseArchivePath(releaseOf(data).version)), "application/zip");
}

/**
 * A chart's file: its CSV (the figures' own columns as the dataset publishes them, then what the chart
 * derives and shows), or its picture drawn at the export's one width (export-chart.ts), not the
 * reader's drawing, with the chart's address under it when the page has one to give.
 */
export async function downloadChart(chart: ChartWithTable, format: "csv" | "svg" | "png", lang: Lang, data: Pick<PageData, "observations">, address?: string): Promise<void> {
  const today = new Date();
  if (format === "csv") return saveFile(downloadName({topic: chart.id, date: today, ext: "csv"}), chartCsv(chart, data.observations), "text/csv;charset=utf-8");
  const file = exportChart(chart, {...exportLines(chart, lang, messagesFor(lang)), address});
  if (format === "svg") return saveFile(downloadName({topic: chart.id, date: today, ext: "svg"}), file.markup, "image/svg+xml");
  saveFile(downloadName({topic: chart.id, date: today, ext: "png"}), await svgToPng(file.markup, file.width, file.height, 2), "image/png");
}
