/**
 * The fields of the published tables, column by column: the one definition the build writes
 * from, the Data Package describes, the CSV writer protects and the page checks
 * what it loads against. Each table's columns are in the order of its fields;
 * the last is never empty, so a spreadsheet reading a row as one quoted run
 * (src/formats/csv.ts, rule 3) finds it closed.
 */
export interface Field {
  type: "string" | "integer" | "number" | "boolean";
  /** code: an id or an enum value, written and read as it is (never neutralised); text: free text. */
  kind?: "code" | "text";
  /** Whether a value may be missing (an empty cell, JSON null). */
  optional?: boolean;
  enum?: readonly string[];
  description: string;
}

export type Fields<Row> = {readonly [K in keyof Row]-?: Field};

/** Shorthands for the field tables below them. */
export const code = (description: string, values?: readonly string[]): Field => ({type: "string", kind: "code", description, ...(values ? {enum: values} : {})});
export const text = (description: string): Field => ({type: "string", kind: "text", description});
export const int = (description: string): Field => ({type: "integer", description});
export const num = (description: string): Field => ({type: "number", description});
export const optional = (field: Field): Field => ({...field, optional: true});

/** The column names of a table, in order. */
export function columnsOf<Row>(fields: Fields<Row>): Array<keyof Row & string> {
  return Object.keys(fields) as Array<keyof Row & string>;
}
