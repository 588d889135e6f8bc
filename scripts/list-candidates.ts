/**
 * `npm run candidates -- <source-id>`: every number-bearing mention of a curated
 * source, with its context and how it is accounted for.
 * `npm run candidates -- <file> [--format html|markdown|text]`: the same for a new
 * document, with a first guess for each, so adding a document is curation, not code.
 */
import {existsSync, readFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {cleanSource, type SourceFormat} from "../src/build/extract/clean-source.ts";
import {extractDataset} from "../src/build/extract/extract-dataset.ts";
import {scanMentions} from "../src/build/extract/scan-mentions.ts";
import {suggestAccount} from "../src/build/extract/suggest-account.ts";
import {readCuration} from "../src/build/read-curation.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [target, ...flags] = process.argv.slice(2);
const onlyOpen = flags.includes("--unaccounted");
const formatFlag = flags[flags.indexOf("--format") + 1] as SourceFormat | undefined;
if (!target) {
  console.error("usage: npm run candidates -- <source-id | file> [--unaccounted] [--format html|markdown|text]");
  process.exit(2);
}

const context = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - 14), start)}[${text.slice(start, end)}]${text.slice(end, end + 14)}`.replace(/\s+/g, " ");

const input = readCuration(join(root, "data"));
const known = input.sources.find((s) => s.record.id === target);
if (known) {
  const result = extractDataset(input);
  const {text, ledger} = result.sources.find((s) => s.record.id === target)!;
  for (const entry of ledger) {
    const {account} = entry;
    if (onlyOpen && account.status !== "unaccounted") continue;
    const status =
      account.status === "used" ? `used     ${account.observation}` : account.status === "excluded" ? `excluded ${account.reason}` : `OPEN     (suggest: ${suggestAccount(text, entry)})`;
    console.log(`${String(entry.start).padStart(6)}  ${JSON.stringify(entry.text).padEnd(12)} ${status.padEnd(58)} ${context(text, entry.start, entry.end)}`);
  }
  const open = ledger.filter((e) => e.account.status === "unaccounted").length;
  console.log(`\n${ledger.length} mentions, ${open} unaccounted; ${result.errors.filter((e) => e.source === target).length} errors for ${target} (run npm run data to see them)`);
} else if (existsSync(target)) {
  const format = formatFlag ?? (/\.html?$/.test(target) ? "html" : /\.md$/.test(target) ? "markdown" : "text");
  const text = cleanSource(readFileSync(target, "utf8"), {format});
  const mentions = scanMentions(text);
  for (const m of mentions) {
    console.log(`${String(m.start).padStart(6)}  ${JSON.stringify(m.text).padEnd(12)} ${suggestAccount(text, m).padEnd(15)} ${context(text, m.start, m.end)}`);
  }
  console.log(`\n${mentions.length} mentions in ${target} (cleaned as ${format}). Add a record to data/sources.json, then observations and exclusions (see data/README.md).`);
} else {
  console.error(`${target} is neither a source id (${input.sources.map((s) => s.record.id).join(", ")}) nor a file`);
  process.exit(2);
}
