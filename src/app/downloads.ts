/** Everything a download needs, loaded on the first download. */
import type {ChartWithTable} from "../model/chart-rows.ts";
import {chartCsv} from "../model/chart-csv.ts";
import {exportSvg} from "../charts/export-svg.ts";
import type {SourceTitle} from "../model/data-view-model.ts";
import {loadBytes, loadText} from "../model/load-file.ts";
import type {PartsIndex} from "../model/page-parts.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {selectionContext} from "../model/selection-context.ts";
import type {UrlState} from "../model/url-state.ts";
import type {Observation} from "../schema/dataset.ts";
import {releaseArchivePath} from "../schema/data-files.ts";
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

/** The selection's CSV (as the CSV button gives it), a README naming where it comes from, and the same as JSON. */
async function selectionZip(selected: readonly Observation[], sources: ReadonlyMap<string, SourceTitle>, about: PartsIndex, state: UrlState, names: {csv: string; zip: string}): Promise<Uint8Array<ArrayBuffer>> {
  const pkg = JSON.parse(await loadText("datapackage.json")) as PackageAbout;
  const homepage = siteAddress(about.homepage);
  const {project} = about;
  const release = releaseOf(about);
  const {lang} = state;
  const metadataName = names.csv.replace(/\.csv$/, ".metadata.json");
  const {readme, metadata} = selectionContext(selected, {
    lang,
    messages: messagesFor(lang),
    sources,
    state,
    site: homepage,
    about: {title: messagesFor(lang).cite.datasetTitle, version: release.version, released: release.date, license: pkg.licenses[0], archive: new URL(`data/${releaseArchivePath(release.version)}`, homepage).href, citation: datasetCitation({release, homepage, project, lang}).text},
    date: new Date(),
    files: {csv: names.csv, metadata: metadataName}
  });
  return zipFiles([
    {name: "README.md", data: readme},
    {name: names.csv, data: rowsToCsv(selected)},
    {name: metadataName, data: JSON.stringify(metadata, null, 1) + "\n"}
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

export async function downloadChart(chart: ChartWithTable, format: "csv" | "svg" | "png", svg: SVGSVGElement, lang: Lang): Promise<void> {
  const today = new Date();
  if (format === "csv") return saveFile(downloadName({topic: chart.id, date: today, ext: "csv"}), chartCsv(chart), "text/csv;charset=utf-8");
  const years = [...new Set(chart.table.map((r) => r.year))].sort().join(lang === "zh" ? "、" : ", ");
  const file = exportSvg(svg, {title: chart.title, sourceLine: chart.sourceLine, dateLine: interpolate(messagesFor(lang).downloads.dateLine, {years})});
  if (format === "svg") return saveFile(downloadName({topic: chart.id, date: today, ext: "svg"}), file.markup, "image/svg+xml");
  saveFile(downloadName({topic: chart.id, date: today, ext: "png"}), await svgToPng(file.markup, file.width, file.height, 2), "image/png");
}
