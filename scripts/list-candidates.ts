/**
 * `npm run candidates -- <source-id>`: every number-bearing mention of a curated
 * source, with its context and how it is accounted for.
 * `npm run candidates -- <file> [--format html|markdown|text]`: the same for a new
 * document, with a first guess for each, so adding a document is curation, not code.
 * The listing is src/build/extract/candidates.ts's.
 */
import {existsSync, readFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {documentCandidates, formatOf, sourceCandidates} from "../src/build/extract/candidates.ts";
import type {SourceFormat} from "../src/build/extract/clean-source.ts";
import {readCuration} from "../src/build/read-curation.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const {values, positionals: [target]} = parseArgs({allowPositionals: true, options: {unaccounted: {type: "boolean", default: false}, format: {type: "string"}}});
if (!target) {
  console.error("usage: npm run candidates -- <source-id | file> [--unaccounted] [--format html|markdown|text]");
  process.exit(2);
}
const input = readCuration(join(root, "data"));
if (input.sources.some((s) => s.record.id === target)) {
  console.log(sourceCandidates(input, target, {onlyOpen: values.unaccounted}).join("\n"));
} else if (existsSync(target)) {
  console.log(documentCandidates(readFileSync(target, "utf8"), {file: target, format: formatOf(target, values.format as SourceFormat | undefined)}).join("\n"));
} else {
  console.error(`${target} is neither a source id (${input.sources.map((s) => s.record.id).join(", ")}) nor a file`);
  process.exit(2);
}
