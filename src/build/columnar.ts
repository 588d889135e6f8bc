import {bool, dictionary, float64, int32, Table, tableToIPC, utf8} from "@uwdata/flechette";
import * as aq from "arquero";
import {parquetWriteBuffer} from "hyparquet-writer";
import type {Field} from "../schema/fields.ts";

type Fields = Readonly<Record<string, Field>>;
type Rows = ReadonlyArray<Record<string, unknown>>;

/**
 * Column types from the table's own fields, not guessed from today's values:
 * a guess would make `value_upper` an 8-bit integer until a range above 127
 * turns up, and the file's types would change with the data. Codes are
 * dictionary-encoded (few distinct values, read as categories by pandas and R).
 */
function arrowType(field: Field) {
  if (field.type === "integer") return int32();
  if (field.type === "number") return float64();
  if (field.type === "boolean") return bool();
  return field.kind === "code" ? dictionary(utf8(), int32()) : utf8();
}

/**
 * The table as an Apache Arrow IPC file (Arquero builds it through Flechette),
 * columns in the fields' order, each field nullable exactly when the schema
 * lets it be missing (Arquero marks every field nullable).
 */
export function toArrowFile(rows: Rows, fields: Fields): Uint8Array {
  const names = Object.keys(fields);
  for (const name of names) {
    if (!fields[name].optional && rows.some((row) => row[name] == null)) throw new Error(`${name} is required but missing in a row: it cannot be written as a non-nullable Arrow field`);
  }
  const table = aq.table(Object.fromEntries(names.map((name) => [name, rows.map((row) => row[name] ?? null)])));
  const arrow = aq.toArrow(table, {types: Object.fromEntries(names.map((name) => [name, arrowType(fields[name])]))});
  const schema = {...arrow.schema, fields: arrow.schema.fields.map((f) => ({...f, nullable: fields[f.name].optional === true}))};
  return tableToIPC(new Table(schema, arrow.children), {format: "file"})!;
}

const PARQUET_TYPES = {integer: "INT32", number: "DOUBLE", boolean: "BOOLEAN", string: "STRING"} as const;

/**
 * The table as Apache Parquet (hyparquet-writer, pure JavaScript, Snappy).
 * Statistics are off: they add nothing at this size, and min/max of free text
 * would be cut mid-character.
 */
export function toParquetFile(rows: Rows, fields: Fields): Uint8Array {
  const columnData = Object.keys(fields).map((name) => ({
    name,
    data: rows.map((row) => row[name] ?? null),
    type: PARQUET_TYPES[fields[name].type],
    nullable: fields[name].optional === true
  }));
  return new Uint8Array(parquetWriteBuffer({columnData, statistics: false, createdBy: "beijing-education-14th-fyp build (hyparquet-writer)"}));
}
