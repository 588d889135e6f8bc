import {INDICATOR_FIELDS, MENTION_FIELDS, OBSERVATION_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, STATUS_FIELDS, type Field} from "../schema/tables.ts";
import type {InlineSchema} from "./datapackage.ts";
import type {PublishedTables} from "./tables/published-tables.ts";

type AnyFields = Readonly<Record<string, Field>>;

export interface TableSpec {
  key: keyof PublishedTables;
  fields: AnyFields;
  primaryKey: string | string[];
  title: string;
  description: string;
  foreignKeys?: InlineSchema["foreignKeys"];
  /**
   * Leave out of the CSV (and its schema) an optional column that no row of
   * this version fills: a method's figures that no target has yet (the JSON
   * keeps every key, with nulls).
   */
  dropEmpty?: boolean;
}

const to = (resource: string, fields: string) => ({resource, fields});

/** The tables of the package: file name, resource name, what it holds, and its keys. */
export const TABLES: readonly TableSpec[] = [
  {key: "observations", fields: OBSERVATION_FIELDS, primaryKey: "observation_id", title: "Observations", description: "One row per figure read from a source: its value as written and in its base unit, what it counts, its status (for targets), and the verbatim quote with its offsets in the cleaned source.",
    foreignKeys: [{fields: "indicator_id", reference: to("indicators", "id")}, {fields: "source_id", reference: to("sources", "id")}]},
  {key: "indicators", fields: INDICATOR_FIELDS, primaryKey: "id", title: "Indicators", description: "The indicator catalogue: names, definitions, unit, basis and better direction."},
  {key: "relations", fields: RELATION_FIELDS, primaryKey: ["indicator_id", "related_id"], title: "Relations between indicators", description: "Indicators that look alike but cannot be compared, that are related, or whose five-year total is judged as a pace against another's yearly figures.",
    foreignKeys: [{fields: "indicator_id", reference: to("indicators", "id")}, {fields: "related_id", reference: to("indicators", "id")}]},
  {key: "sources", fields: SOURCE_FIELDS, primaryKey: "id", title: "Sources", description: "The source documents, with the count of number-bearing mentions in each and how they are accounted for."},
  {key: "status", fields: STATUS_FIELDS, primaryKey: "target_id", title: "Status of each target", description: "One row per target: its status and the figures the status method compared.", dropEmpty: true,
    foreignKeys: [{fields: "target_id", reference: to("observations", "observation_id")}, {fields: "indicator_id", reference: to("indicators", "id")}, {fields: "actual_id", reference: to("observations", "observation_id")}, {fields: "baseline_id", reference: to("observations", "observation_id")}]},
  {key: "mentions", fields: MENTION_FIELDS, primaryKey: ["source_id", "start"], title: "Mention ledger", description: "Every number-bearing mention of every source, and how it is accounted for: the figure of an observation, or excluded with its reason (a date, a section number, an idiom…).",
    foreignKeys: [{fields: "source_id", reference: to("sources", "id")}, {fields: "observation_id", reference: to("observations", "observation_id")}]}
];

/** The columns a table publishes in its CSV: all its fields, but for `dropEmpty` the optional ones no row fills. */
export function publishedColumns(spec: TableSpec, rows: ReadonlyArray<Record<string, unknown>>): string[] {
  const names = Object.keys(spec.fields);
  if (!spec.dropEmpty) return names;
  return names.filter((name) => !spec.fields[name].optional || rows.some((row) => row[name] !== null && row[name] !== undefined));
}
