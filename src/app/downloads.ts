/** Everything a download needs, loaded on the first download. */
import type {ChartWithTable} from "../model/chart-rows.ts";
import {chartCsv} from "../model/chart-csv.ts";
import {exportSvg} from "../charts/export-svg.ts";
import {loadBytes, loadText} from "../model/load-dataset.ts";
import type {PageData} from "../model/page-data.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {selectionContext} from "../model/selection-context.ts";
import type {UrlState} from "../model/url-state.ts";
import type {Observation} from "../schema/dataset.ts";
import {releaseArchivePath} from "../schema/data-files.ts";
import {NO_SITE, siteUrl} from "../schema/site.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {datasetCitation} from "../formats/dataset-citation.ts";
import {rowsToCsv, rowsToJson} from "../formats/dataset-files.ts";
import {downloadName, topicFromFilters} from "../formats/file-name.ts";
import {zipFiles} from "../formats/zip.ts";
import {siteAddress} from "./site.ts";
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

/** The selection's CSV (as the CSV button gives it), a README naming where it comes from, and the same as JSON. */
async function selectionZip(selected: readonly Observation[], data: PageData, state: UrlState, names: {csv: string; zip: string}): Promise<Uint8Array<ArrayBuffer>> {
  const pkg = JSON.parse(await loadText("datapackage.json")) as PackageAbout;
  const project = data.content.explainer.project.name;
  const settings = data.content.site ?? NO_SITE;
  const release = releaseOf(data);
  const {lang} = state;
  const metadataName = names.csv.replace(/\.csv$/, ".metadata.json");
  const {readme, metadata} = selectionContext(selected, {
    lang,
    messages: messagesFor(lang),
    sources: data.sources,
    state,
    // Links inside the files lead to the site the reader downloaded from (or, offline, to the site's address if the build was told it).
    site: siteAddress(settings),
    about: {title: messagesFor(lang).cite.datasetTitle, version: release.version, released: release.date, license: pkg.licenses[0], archive: siteUrl(settings, `data/${releaseArchivePath(release.version)}`), citation: datasetCitation({release, site: settings, project, lang}).text},
    date: new Date(),
    files: {csv: names.csv, metadata: metadataName}
  });
  return zipFiles([
    {name: "README.md", data: readme},
    {name: names.csv, data: rowsToCsv(selected)},
    {name: metadataName, data: JSON.stringify(metadata, null, 1) + "\n"}
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

export async function downloadChart(chart: ChartWithTable, format: "csv" | "svg" | "png", svg: SVGSVGElement, lang: Lang, data: Pick<PageData, "observations">): Promise<void> {
  const today = new Date();
  // The figures' own columns from the dataset, as published; the chart adds only what it derives and shows.
  if (format === "csv") return saveFile(downloadName({topic: chart.id, date: today, ext: "csv"}), chartCsv(chart, data.observations), "text/csv;charset=utf-8");
  const years = [...new Set(chart.table.map((r) => r.year))].sort().join(lang === "zh" ? "、" : ", ");
  const file = exportSvg(svg, {title: chart.title, sourceLine: chart.sourceLine, dateLine: interpolate(messagesFor(lang).downloads.dateLine, {years})});
  if (format === "svg") return saveFile(downloadName({topic: chart.id, date: today, ext: "svg"}), file.markup, "image/svg+xml");
  saveFile(downloadName({topic: chart.id, date: today, ext: "png"}), await svgToPng(file.markup, file.width, file.height, 2), "image/png");
}
