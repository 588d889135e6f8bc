import type {Content} from "../schema/content.ts";
import {checkContent} from "./content/check-content.ts";
import {withFile} from "./extract/check-curation.ts";
import {countLedger} from "./extract/account-mentions.ts";
import type {DatasetError} from "./extract/dataset-error.ts";
import {extractDataset, type ExtractInput, type ExtractResult} from "./extract/extract-dataset.ts";
import {unsafeText} from "./publish.ts";
import {checkComparability} from "./tables/comparability.ts";
import {checkLevelTargets} from "./tables/status-table.ts";
import {observationTable} from "./tables/observation-table.ts";
import {publishedTables, type PublishedTables} from "./tables/published-tables.ts";

export interface BuiltDataset {
  extracted: ExtractResult;
  tables: PublishedTables | null;
  /** Every problem found, at every stage; the tables are null when the extraction failed. */
  errors: DatasetError[];
  /** Mentions per source, for the ledger the build prints. */
  ledger: Array<{source: string; mentions: number; used: number; excluded: number; unaccounted: number; observations: number}>;
}

/**
 * The build's stages as one pure function, from the curation to the published
 * tables: extract and verify every figure, check that every indicator counts
 * one thing, decide every status, and check that no published text would be
 * altered by a spreadsheet-safe CSV, and check the content against the data.
 * It never stops at the first problem.
 */
export function buildDataset(input: ExtractInput, content: Content): BuiltDataset {
  const extracted = extractDataset(input);
  const ledger = extracted.sources.map(({record, ledger}) => ({
    source: record.id,
    ...countLedger(ledger),
    observations: extracted.observations.filter((o) => o.source_id === record.id).length
  }));
  const errors = [...extracted.errors];
  if (errors.length) return {extracted, tables: null, errors, ledger};
  const joined = observationTable(extracted.observations, input.catalogue, input.sources.map((s) => s.record));
  errors.push(...checkComparability(joined, input.catalogue), ...checkLevelTargets(joined));
  if (errors.length) return {extracted, tables: null, errors: errors.map((e) => withFile(e, input.files)), ledger};
  const tables = publishedTables(extracted, input.catalogue);
  errors.push(...unsafeText(tables), ...checkContent(content, tables));
  return {extracted, tables: errors.length ? null : tables, errors: errors.map((e) => withFile(e, input.files)), ledger};
}
