import * as aq from "arquero";
import type {IndicatorRecord, SourceRecord} from "../../schema/records.ts";
import {columnsOf, INDICATOR_FIELDS, OBSERVATION_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, STATUS_FIELDS, type IndicatorRow, type MentionRow, type ObservationRow, type RelationRow, type SourceRow, type StatusRow} from "../../schema/tables.ts";
import type {LedgerEntry} from "../extract/account-mentions.ts";
import type {ExtractResult} from "../extract/extract-dataset.ts";
import {countLedger} from "../extract/account-mentions.ts";
import {indicatorBases} from "./comparability.ts";
import {observationTable} from "./observation-table.ts";
import {statusTable} from "./status-table.ts";

type Table = ReturnType<typeof aq.from>;

export interface PublishedTables {
  observations: ObservationRow[];
  mentions: MentionRow[];
  indicators: IndicatorRow[];
  relations: RelationRow[];
  sources: SourceRow[];
  status: StatusRow[];
}

/** A table's rows with exactly its published columns, in order, missing values as null. */
function rowsOf<Row>(table: Table, columns: ReadonlyArray<keyof Row & string>): Row[] {
  return (table.select([...columns] as string[]).objects() as Array<Record<string, unknown>>).map(
    (row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])) as Row
  );
}

/** A source's mention ledger as rows, in the order of the text (the build has failed if any mention is unaccounted). */
function mentionRows(source: string, text: string, ledger: readonly LedgerEntry[]): MentionRow[] {
  return ledger.flatMap(({start, end, text: mention, account}) => {
    if (account.status === "unaccounted") return [];
    const context = `…${text.slice(Math.max(0, start - 12), end + 12).replace(/\s+/g, " ").trim()}…`;
    return [{
      source_id: source,
      start,
      end,
      mention,
      account: account.status,
      observation_id: account.status === "used" ? account.observation : null,
      reason: account.status === "excluded" ? account.reason : null,
      note: account.status === "excluded" ? (account.note ?? null) : null,
      context
    }];
  });
}

/**
 * The last table stages: the observations with each target's status, and the
 * catalogue, relations and sources as tables of their own, each with exactly
 * the columns of src/schema/tables.ts.
 */
export function publishedTables(extracted: ExtractResult, catalogue: readonly IndicatorRecord[]): PublishedTables {
  const sources = extracted.sources.map((s) => s.record);
  const joined = observationTable(extracted.observations, catalogue, sources);
  const status = statusTable(joined, catalogue);
  const observations = joined.lookup(status, ["observation_id", "target_id"], ["status", "status_reason"]);
  const bases = indicatorBases(joined).derive({basis: "d.bases[0]", period_years: "op.compact(d.spans)[0]"});
  const indicators = aq
    .from(catalogue.map((i) => ({id: i.id, name_zh: i.zh, name_en: i.en, definition_zh: i.definition_zh, definition_en: i.definition_en, domain: i.domain, unit: i.unit, better: i.better, main_target: i.main_target === true})))
    .lookup(bases, ["id", "indicator_id"], ["basis", "period_years"]);
  // One row per declared side (the build checks every relation is declared on both, once).
  const relations = aq.from(catalogue.flatMap((i) => (i.related ?? []).map((r) => ({indicator_id: i.id, related_id: r.id, relation: r.relation, counts: r.relation === "pace" || r.relation === "paced-by" ? (r.counts ?? "same") : null, why_zh: r.why_zh, why_en: r.why_en}))));
  const documents = aq.from(extracted.sources.map(({record, ledger}: {record: SourceRecord; ledger: ExtractResult["sources"][number]["ledger"]}) => {
    const [period_start, period_end] = record.period.split("-").map(Number);
    const {file: _file, format: _format, period: _period, sha256, ...rest} = record;
    return {...rest, raw_sha256: sha256, period_start, period_end, text_path: `sources/${record.id}.txt`, ...countLedger(ledger)};
  }));
  return {
    observations: rowsOf<ObservationRow>(observations, columnsOf(OBSERVATION_FIELDS)),
    indicators: rowsOf<IndicatorRow>(indicators, columnsOf(INDICATOR_FIELDS)),
    relations: relations.size ? rowsOf<RelationRow>(relations, columnsOf(RELATION_FIELDS)) : [],
    sources: rowsOf<SourceRow>(documents, columnsOf(SOURCE_FIELDS)),
    status: rowsOf<StatusRow>(status, columnsOf(STATUS_FIELDS)),
    mentions: extracted.sources.flatMap(({record, text, ledger}) => mentionRows(record.id, text, ledger))
  };
}
