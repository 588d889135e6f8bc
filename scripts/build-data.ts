/**
 * `npm run data`: verifies the curated observations against the sources and
 * writes the published dataset. Fails, naming every problem, if anything is off.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {countLedger} from "../src/build/extract/account-mentions.ts";
import {DatasetErrors, formatError} from "../src/build/extract/dataset-error.ts";
import {extractDataset} from "../src/build/extract/extract-dataset.ts";
import {COLUMNS} from "../src/schema/published-row.ts";
import {toCsv} from "../src/formats/csv.ts";
import {dataPackage} from "../src/build/datapackage.ts";
import {readCuration} from "../src/build/read-curation.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = resolve(root, process.argv[2] ?? "public/data");

const input = readCuration(join(root, "data"));
const result = extractDataset(input);

console.log("Number-bearing mentions per source:");
console.log("  source           mentions  used  excluded  unaccounted  observations");
for (const {record, ledger} of result.sources) {
  const c = countLedger(ledger);
  const n = result.observations.filter((o) => o.source_id === record.id).length;
  console.log(`  ${record.id.padEnd(16)} ${String(c.mentions).padStart(8)} ${String(c.used).padStart(5)} ${String(c.excluded).padStart(9)} ${String(c.unaccounted).padStart(12)} ${String(n).padStart(13)}`);
}

if (result.errors.length) {
  console.error(`\n${new DatasetErrors(result.errors).message.split("\n")[0]}`);
  for (const error of result.errors) console.error(`  - ${formatError(error)}`);
  process.exit(1);
}

const rows = result.observations.map((o) => Object.fromEntries(COLUMNS.map((c) => [c, o[c]])));
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version as string;
const json = (value: unknown) => JSON.stringify(value, null, 1) + "\n";

rmSync(outDir, {recursive: true, force: true});
mkdirSync(join(outDir, "sources"), {recursive: true});
writeFileSync(join(outDir, "indicators.csv"), toCsv(rows, {columns: COLUMNS}));
writeFileSync(join(outDir, "indicators.json"), json(rows));
writeFileSync(
  join(outDir, "datapackage.json"),
  json(dataPackage({sources: input.sources.map((s) => s.record), version, created: new Date().toISOString().slice(0, 10), rows: rows.length}))
);
writeFileSync(join(outDir, "catalogue.json"), json(input.catalogue));
writeFileSync(join(outDir, "observations.json"), json(result.observations));
writeFileSync(
  join(outDir, "sources.json"),
  json(result.sources.map(({record, ledger}) => ({...record, text: `sources/${record.id}.txt`, coverage: countLedger(ledger)})))
);
writeFileSync(join(outDir, "coverage.json"), json(result.sources.map(({record, ledger}) => ({source: record.id, mentions: ledger}))));
for (const {record, text} of result.sources) writeFileSync(join(outDir, "sources", `${record.id}.txt`), text);
console.log(`\nWrote ${rows.length} observations of ${new Set(rows.map((r) => r.indicator_id)).size} indicators to ${outDir}`);
