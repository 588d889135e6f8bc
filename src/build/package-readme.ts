import {interpolate} from "../i18n/interpolate.ts";
import {messagesFor} from "../i18n/messages.ts";
import {METHOD_MESSAGES, methodText} from "../i18n/method-messages.ts";
import {STATUS_CODES, STATUS_REASONS, type Method, type NoDataReason} from "../schema/statuses.ts";
import type {ResourceSpec} from "./datapackage.ts";
import type {DatasetIdentity} from "./dataset-identity.ts";

export interface ReadmeInput {
  identity: DatasetIdentity;
  /** What the package holds, in a sentence with its figures counted. */
  description: string;
  /** The package's resources, by path, in the order of datapackage.json. */
  resources: ReadonlyArray<{path: string; spec: ResourceSpec}>;
  /** The files beside the resources (this README, the licence, the changelog), by path, with what each is. */
  documents: ReadonlyArray<{path: string; what: string}>;
  /** The years the status method speaks of. */
  years: {actual: number; baseline: number; target: number; missing: readonly number[]};
}

const METHODS: readonly Method[] = ["level", "maintain", "pace", "year"];

/** Resources in groups a reader scans: the tables, the indicator API (one line for its many files), the rest. */
function fileLines(resources: ReadmeInput["resources"]): string[] {
  const perIndicator = resources.filter((r) => r.path.startsWith("indicators/"));
  const lines = resources.filter((r) => !r.path.startsWith("indicators/")).map((r) => `| \`${r.path}\` | ${r.spec.title}: ${r.spec.description} |`);
  if (perIndicator.length) {
    const count = perIndicator.filter((r) => r.path.endsWith(".csv")).length;
    lines.push(`| \`indicators/<id>.csv\`, \`indicators/<id>.metadata.json\` | The indicator API, ${count} indicators: each one's rows of observations.csv, and its metadata (definition, unit, basis, sources with quotes, status and method, citation); index.json lists them. |`);
  }
  return lines;
}

/**
 * The package's README: what the dataset is, what each file holds, how a
 * target's status is decided, and how to cite it. Written into data/ and
 * into the version's archive, so a copy of the archive explains itself
 * without the site. English, the language of the package's metadata.
 */
export function packageReadme({identity, description, resources, documents, years}: ReadmeInput): string {
  const m = messagesFor("en");
  const reason = (r: NoDataReason) => interpolate(m.reason[r], {actual: years.actual, baseline: years.baseline});
  // The method as the page's Method section words it, with the same years and figures.
  const method = methodText("en", years);
  return [
    `# ${identity.title.en}`,
    "",
    `Version ${identity.version}, released ${identity.released}. ${description}`,
    "",
    `Made by ${identity.project.en} (${identity.project.zh}).${identity.homepage ? ` Online: ${identity.homepage}` : ""}`,
    "",
    "## Files",
    "",
    "Every table is UTF-8 CSV (RFC 4180, comma, double quotes, CRLF, no byte-order mark) with its Table Schema in `datapackage.json`: column types, required columns, codes, keys. An empty cell is a missing value. The same rows are published as JSON beside each CSV.",
    "",
    "| file | what it holds |",
    "|---|---|",
    ...documents.map((d) => `| \`${d.path}\` | ${d.what} |`),
    ...fileLines(resources),
    "",
    "## How a target's status is decided",
    "",
    method.intro,
    "",
    ...method.items.map((item) => `- ${item}`),
    "",
    `Each target row of \`observations.csv\` and \`status.csv\` carries its \`status\` (${STATUS_CODES.map((s) => `\`${s}\`: ${m.status[s].toLowerCase()}`).join("; ")}) and \`status_reason\`.`,
    "",
    "The method (`status_reason` when a status could be decided):",
    "",
    ...METHODS.map((method) => `- \`${method}\`: ${METHOD_MESSAGES.en.statusMethod[method]}`),
    "",
    "What is missing (`status_reason` of `no-data`):",
    "",
    ...STATUS_REASONS.filter((r): r is NoDataReason => !(METHODS as readonly string[]).includes(r)).map((r) => `- \`${r}\`: ${reason(r)}.`),
    "",
    "## How to cite",
    "",
    "Cite the dataset for the reading, parsing and status; cite a figure's source document (in `sources.csv`, with its citation in each indicator's metadata) for the figure itself.",
    "",
    identity.citation.text.en,
    "",
    "```bibtex",
    identity.citation.bibtex.trimEnd(),
    "```",
    "",
    "## Licence",
    "",
    `${identity.license.title} ${identity.license.name}: ${identity.license.path} (the full text is in \`LICENSE.txt\`).`,
    ""
  ].join("\n");
}
