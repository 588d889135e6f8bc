import {cleanSource, type SourceFormat} from "./clean-source.ts";
import {extractDataset, type ExtractInput} from "./extract-dataset.ts";
import {scanMentions} from "./scan-mentions.ts";
import {suggestAccount} from "./suggest-account.ts";

/** A mention in its context: 14 characters either side, the mention in brackets, white space folded. */
const context = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - 14), start)}[${text.slice(start, end)}]${text.slice(end, end + 14)}`.replace(/\s+/g, " ");

/**
 * Every number-bearing mention of a curated source, a line each, with how it
 * is accounted for (used by an observation, excluded and why, or open with a
 * first guess), then a tally. `onlyOpen` lists the unaccounted ones only.
 */
export function sourceCandidates(input: ExtractInput, id: string, {onlyOpen = false} = {}): string[] {
  const result = extractDataset(input);
  const {text, ledger} = result.sources.find((s) => s.record.id === id)!;
  const lines = ledger.filter((entry) => !onlyOpen || entry.account.status === "unaccounted").map((entry) => {
    const {account} = entry;
    const status = account.status === "used" ? `used     ${account.observation}` : account.status === "excluded" ? `excluded ${account.reason}` : `OPEN     (suggest: ${suggestAccount(text, entry)})`;
    return `${String(entry.start).padStart(6)}  ${JSON.stringify(entry.text).padEnd(12)} ${status.padEnd(58)} ${context(text, entry.start, entry.end)}`;
  });
  const open = ledger.filter((e) => e.account.status === "unaccounted").length;
  return [...lines, `\n${ledger.length} mentions, ${open} unaccounted; ${result.errors.filter((e) => e.source === id).length} errors for ${id} (run npm run data to see them)`];
}

/** The format a new document is cleaned as: named, or by its file name's ending. */
export function formatOf(file: string, named?: SourceFormat): SourceFormat {
  return named ?? (/\.html?$/.test(file) ? "html" : /\.md$/.test(file) ? "markdown" : "text");
}

/** Every number-bearing mention of a new document (its raw text), a line each with a first guess, then what to do next. */
export function documentCandidates(raw: string, {file, format}: {file: string; format: SourceFormat}): string[] {
  const text = cleanSource(raw, {format});
  const mentions = scanMentions(text);
  return [
    ...mentions.map((m) => `${String(m.start).padStart(6)}  ${JSON.stringify(m.text).padEnd(12)} ${suggestAccount(text, m).padEnd(15)} ${context(text, m.start, m.end)}`),
    `\n${mentions.length} mentions in ${file} (cleaned as ${format}). Add a record to data/sources.json, then observations and exclusions (see data/README.md).`
  ];
}
