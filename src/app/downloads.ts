/** Everything a download needs, loaded on the first download. */
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {DownloadEvent, DownloadSource} from "./download-source.ts";
import type {BjEventMap} from "./events.ts";
import {chartCsv} from "../model/chart-csv.ts";
import {exportChart} from "../charts/export-chart.ts";
import {exportLines} from "../model/export-lines.ts";
import type {SourceTitle} from "../model/data-view-model.ts";
import {loadBytes} from "../model/load-bytes.ts";
import {loadJson, loadText} from "../model/load-file.ts";
import type {PartsIndex} from "../model/page-parts.ts";
import {selectionContext} from "../model/selection-context.ts";
import type {UrlState} from "../model/url-state.ts";
import type {Observation} from "../schema/dataset.ts";
import {OBSERVATIONS_SCHEMA_PATH, releaseArchivePath} from "../schema/data-files.ts";
import {selectionPackage, type ObservationsSchema} from "../model/selection-package.ts";
import {siteUrl} from "../schema/site.ts";
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

/** The version the page shows (from CHANGELOG.md, through the build). */
function releaseOf(about: PartsIndex): {version: string; date: string} {
  if (!about.release) throw new Error("the site names no release");
  return about.release;
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
async function selectionZip(selected: readonly Observation[], sources: ReadonlyMap<string, SourceTitle>, index: PartsIndex, state: UrlState, names: {csv: string; zip: string}): Promise<Uint8Array<ArrayBuffer>> {
  const [pkg, schema] = await Promise.all([loadText("datapackage.json"), loadText(OBSERVATIONS_SCHEMA_PATH)]).then((texts) => texts.map((t) => JSON.parse(t)) as [PackageAbout, ObservationsSchema]);
  const {project, site: settings} = index;
  const release = releaseOf(index);
  const {lang} = state;
  const metadataName = names.csv.replace(/\.csv$/, ".metadata.json");
  const excelName = names.csv.replace(/\.csv$/, "-excel.csv");
  const date = new Date();
  const about = {title: messagesFor(lang).cite.datasetTitle, version: release.version, released: release.date, license: pkg.licenses[0], archive: siteUrl(settings, `data/${releaseArchivePath(release.version)}`), citation: datasetCitation({release, site: settings, project, lang}).text};
  const {readme, metadata} = selectionContext(selected, {
    lang,
    messages: messagesFor(lang),
    sources,
    places: new Map(index.places.map((p) => [p.id, p])),
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

export async function downloadData(kind: DataDownload, {rows: selected, sources}: {rows: readonly Observation[]; sources: ReadonlyMap<string, SourceTitle>}, about: PartsIndex, state: UrlState): Promise<void> {
  const today = new Date();
  const {filters} = state;
  const topic = topicFromFilters({domains: filters.domain, scopes: filters.scope, series: filters.series, statuses: filters.status, sources: filters.source, query: filters.q});
  const csv = downloadName({topic, date: today, ext: "csv"});
  if (kind === "csv") return saveFile(csv, rowsToCsv(selected), "text/csv;charset=utf-8");
  if (kind === "json") return saveFile(downloadName({topic, date: today, ext: "json"}), rowsToJson(selected), "application/json");
  if (kind === "selection") {
    const zip = downloadName({topic, date: today, ext: "zip"});
    return saveFile(zip, await selectionZip(selected, sources, about, state, {csv, zip}), "application/zip");
  }
  // The whole package is the version's archive as the build wrote it: every file byte for byte.
  saveFile(downloadName({topic: "datapackage", date: today, ext: "zip"}), await loadBytes(releaseArchivePath(releaseOf(about).version)), "application/zip");
}

/**
 * A chart's file: its CSV (the figures' own columns as the dataset publishes them, then what the chart
 * derives and shows), or its picture drawn at the export's one width (export-chart.ts), not the
 * reader's drawing, with the chart's address under it when the page has one to give.
 */
export async function downloadChart(chart: ChartWithTable, format: "csv" | "svg" | "png", lang: Lang, address?: string): Promise<void> {
  const today = new Date();
  // The figures' own columns come from the published table, so a join on observation_id never disagrees with it.
  if (format === "csv") return saveFile(downloadName({topic: chart.id, date: today, ext: "csv"}), chartCsv(chart, await loadJson<Observation[]>("observations.json")), "text/csv;charset=utf-8");
  const file = exportChart(chart, {...exportLines(chart, lang, messagesFor(lang)), address});
  if (format === "svg") return saveFile(downloadName({topic: chart.id, date: today, ext: "svg"}), file.markup, "image/svg+xml");
  saveFile(downloadName({topic: chart.id, date: today, ext: "png"}), await svgToPng(file.markup, file.width, file.height, 2), "image/png");
}

/** What a download event asks for, written: a chart's file, or data (the selection asked of the page, or the version's archive). */
export async function download(event: DownloadEvent, source: DownloadSource): Promise<void> {
  if (event.type === "download-chart") {
    const {chart, format, address} = (event as BjEventMap["download-chart"]).detail;
    return downloadChart(chart, format, source.lang(), address);
  }
  const kind = (event as BjEventMap["download-data"]).detail;
  const about = source.about();
  if (!about) throw new Error(messagesFor(source.lang()).loading);
  // The full package is the version's archive: no selection is needed for it.
  const selected = kind === "zip" ? {rows: [], sources: new Map()} : await source.selection?.();
  if (!selected) throw new Error(messagesFor(source.lang()).loading);
  await downloadData(kind, selected, about, source.state!());
}
