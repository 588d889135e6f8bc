/**
 * The published tables as the truth a client's reading is held against: a
 * CSV of dist/data/ typed by its Table Schema (an empty cell is missing), and
 * the comparison of a client's value with the published one.
 */
import {readFileSync} from "node:fs";
import {csvParse} from "d3";

export const DIST_DATA = new URL("../../../dist/data/", import.meta.url);

export type Value = string | number | null;
interface SchemaField {
  name: string;
  type: string;
}

export const readPublished = (path: string) => readFileSync(new URL(path, DIST_DATA), "utf8");

/** A CSV of the observation tables, each cell typed by observations.schema.json. */
export function publishedRows(path: string): Array<Record<string, Value>> {
  const {fields} = JSON.parse(readPublished("observations.schema.json")) as {fields: SchemaField[]};
  const types = new Map(fields.map((f) => [f.name, f.type]));
  return csvParse(readPublished(path)).map((row) =>
    Object.fromEntries(Object.entries(row).map(([name, text]) => {
      const type = types.get(name);
      if (!type) throw new Error(`${path}: column ${name} is not in the schema`);
      if (text === "" || text === undefined) return [name, null];
      return [name, type === "integer" || type === "number" ? Number(text) : text];
    }))
  );
}

/**
 * Whether a client's value is the published one: a number the same number
 * (within `tolerance`, relative, for what a client prints rounded); text the
 * same text, or a number a client typed from it that reads back the same; a
 * missing value missing.
 */
export function sameValue(client: unknown, published: Value, {tolerance = 0}: {tolerance?: number} = {}): boolean {
  if (published === null) return client === null || client === undefined || (typeof client === "number" && Number.isNaN(client));
  if (client === null || client === undefined) return false;
  if (typeof published === "number") {
    const n = typeof client === "number" ? client : Number(client);
    return Number.isFinite(n) && Math.abs(n - published) <= tolerance * Math.abs(published);
  }
  return typeof client === "number" ? String(client) === published : client === published;
}

/** Every disagreement between rows a client read and the published rows, as "row id · column: client ≠ published". */
export function disagreements(read: ReadonlyArray<Record<string, unknown>>, published: ReadonlyArray<Record<string, Value>>, options: {columns?: string[]; tolerance?: number} = {}): string[] {
  const out: string[] = [];
  if (read.length !== published.length) out.push(`${read.length} rows read, ${published.length} published`);
  published.forEach((row, i) => {
    const id = String(row.observation_id ?? i);
    for (const column of options.columns ?? Object.keys(row)) {
      const value = read[i]?.[column];
      if (!sameValue(value, row[column], options)) out.push(`${id} · ${column}: ${JSON.stringify(value)} ≠ ${JSON.stringify(row[column])}`);
    }
  });
  return out;
}
