import {readFileSync} from "node:fs";
import {resolve} from "node:path";
import {buildDataset, type BuiltDataset} from "./build-dataset.ts";
import {readContent} from "./content/read-content.ts";
import {DatasetErrors, formatError} from "./extract/dataset-error.ts";
import {publish} from "./publish.ts";
import {readCuration} from "./read-curation.ts";
import {releaseOf} from "./release.ts";
import {readSiteSettings} from "./site-settings.ts";
import {loadAllMessages} from "../i18n/messages.ts";

export interface DataStepOptions {
  /** The project's root: site.config.json, CHANGELOG.md and the licence are read from it. */
  root: string;
  /** Where the published dataset goes. */
  out: string;
  /** The curation and the content (default data/ and content/ under the root). */
  data?: string;
  content?: string;
  changelog?: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** The ledger of each source's number-bearing mentions, as a table. */
export function ledgerLines(ledger: BuiltDataset["ledger"]): string[] {
  return [
    "Number-bearing mentions per source:",
    "  source           mentions  used  excluded  unaccounted  observations",
    ...ledger.map((c) => `  ${c.source.padEnd(16)} ${String(c.mentions).padStart(8)} ${String(c.used).padStart(5)} ${String(c.excluded).padStart(9)} ${String(c.unaccounted).padStart(12)} ${String(c.observations).padStart(13)}`)
  ];
}

/**
 * `npm run data`: verifies the curated observations against the sources,
 * decides every status and writes the published dataset (tables only: the
 * site step computes the pages from them). Prints the ledger and what it
 * wrote; returns false, having printed every problem, when anything is off.
 */
export async function dataStep({root, out, data = resolve(root, "data"), content: contentDir = resolve(root, "content"), changelog: changelogFile = resolve(root, "CHANGELOG.md"), log = console.log, error = console.error}: DataStepOptions): Promise<boolean> {
  // The dataset's metadata speaks every language of the site.
  await loadAllMessages();
  const input = readCuration(data);
  const content = readContent(contentDir);
  const built = buildDataset(input, content);
  for (const line of ledgerLines(built.ledger)) log(line);
  if (!built.tables) {
    error(`\n${new DatasetErrors(built.errors).message.split("\n")[0]}`);
    for (const e of built.errors) error(`  - ${formatError(e)}`);
    return false;
  }
  const changelog = readFileSync(changelogFile, "utf8");
  const release = releaseOf(changelog);
  // The site's address and corrections contact: build settings (environment or site.config.json), never content.
  const site = readSiteSettings(root);
  const project = content.explainer.project.name;
  publish(out, {tables: built.tables, texts: built.extracted.sources, release, site, project, docs: {changelog, licence: readFileSync(resolve(root, "docs/licence/CC-BY-4.0.txt"), "utf8")}, extra: {"content.json": {...content, release, site}}});
  const {observations, indicators, status} = built.tables;
  const tally = new Map<string, number>();
  for (const s of status) tally.set(s.status, (tally.get(s.status) ?? 0) + 1);
  const counts = [...tally].map(([k, n]) => `${n} ${k}`).join(", ");
  log(`\nSite address: ${site.url ?? "not set (relative links only; set SITE_URL or site.config.json)"}; corrections contact: ${site.contact ?? "not set"}`);
  log(`Wrote ${observations.length} observations of ${new Set(observations.map((o) => o.indicator_id)).size} indicators (${indicators.length} in the catalogue), ${status.length} targets (${counts}), version ${release.version} of ${release.date}, to ${out}`);
  return true;
}
