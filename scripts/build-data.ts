/**
 * `npm run data`: verifies the curated observations against the sources,
 * decides every status and writes the published dataset. Fails, naming every
 * problem, if anything is off.
 *
 *   tsx scripts/build-data.ts [outDir] [--data dir] [--content dir] [--changelog file]
 *
 * outDir defaults to public/data (served by `npm run dev`, copied into dist/ by the build).
 */
import {readFileSync} from "node:fs";
import {dirname, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {buildDataset} from "../src/build/build-dataset.ts";
import {DatasetErrors, formatError} from "../src/build/extract/dataset-error.ts";
import {publish} from "../src/build/publish.ts";
import {readContent} from "../src/build/content/read-content.ts";
import {readCuration} from "../src/build/read-curation.ts";
import {releaseOf} from "../src/build/release.ts";
import {readSiteSettings} from "../src/build/site-settings.ts";
import {datasetFrom, type DatasetRows} from "../src/model/load-dataset.ts";
import {pageData} from "../src/model/page-data.ts";
import {pageFiles} from "../src/prerender/page-files.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const {values, positionals} = parseArgs({allowPositionals: true, options: {data: {type: "string"}, content: {type: "string"}, changelog: {type: "string"}}});
const outDir = resolve(root, positionals[0] ?? "public/data");
const input = readCuration(resolve(root, values.data ?? "data"));
const content = readContent(resolve(root, values.content ?? "content"));
const built = buildDataset(input, content);

console.log("Number-bearing mentions per source:");
console.log("  source           mentions  used  excluded  unaccounted  observations");
for (const c of built.ledger) {
  console.log(`  ${c.source.padEnd(16)} ${String(c.mentions).padStart(8)} ${String(c.used).padStart(5)} ${String(c.excluded).padStart(9)} ${String(c.unaccounted).padStart(12)} ${String(c.observations).padStart(13)}`);
}

if (!built.tables) {
  console.error(`\n${new DatasetErrors(built.errors).message.split("\n")[0]}`);
  for (const error of built.errors) console.error(`  - ${formatError(error)}`);
  process.exit(1);
}

const changelog = readFileSync(resolve(root, values.changelog ?? "CHANGELOG.md"), "utf8");
const release = releaseOf(changelog);
// The site's address and corrections contact: build settings (environment or site.config.json), never content.
const site = readSiteSettings(root);
const project = content.explainer.project.name;
const published = {...content, release, site};
// The explainer's parts, from the tables as the page reads them (a JSON round trip, as published).
const rows = JSON.parse(JSON.stringify({...built.tables, content: published})) as DatasetRows;
const texts = new Map(built.extracted.sources.map((s) => [s.record.id, s.text]));
const page = pageFiles(pageData(datasetFrom(rows, rows.sources.map((s) => texts.get(s.id)!))));
publish(outDir, {tables: built.tables, texts: built.extracted.sources, release, site, project, docs: {changelog, licence: readFileSync(resolve(root, "docs/licence/CC-BY-4.0.txt"), "utf8")}, extra: {"content.json": published}, pageFiles: page});
const {observations, indicators, status} = built.tables;
const tally = new Map<string, number>();
for (const s of status) tally.set(s.status, (tally.get(s.status) ?? 0) + 1);
const counts = [...tally].map(([k, n]) => `${n} ${k}`).join(", ");
console.log(`\nSite address: ${site.url ?? "not set (relative links only; set SITE_URL or site.config.json)"}; corrections contact: ${site.contact ?? "not set"}`);
console.log(`Wrote ${observations.length} observations of ${new Set(observations.map((o) => o.indicator_id)).size} indicators (${indicators.length} in the catalogue), ${status.length} targets (${counts}), version ${release.version} of ${release.date}, to ${outDir}`);
