import type {Content} from "../schema/content.ts";
import type {Field} from "../schema/tables.ts";

/**
 * Checks that a loaded data file has the shape the page expects, so a missing,
 * truncated or altered file gives a clear error instead of a broken chart.
 */
export type DataProblem =
  | {code: "network"}
  | {code: "timeout"; seconds: number}
  | {code: "status"; status: number}
  | {code: "json"}
  | {code: "html"}
  | {code: "not-a-list"}
  | {code: "empty"}
  | {code: "not-an-object"; record: number}
  | {code: "field"; record: number; field: string; type: string}
  | {code: "unknown-indicator"; indicator: string};

/** English wording, for logs and tests; the page shows the translated message from src/i18n. */
export function describeProblem(p: DataProblem): string {
  switch (p.code) {
    case "network": return "could not be fetched (network)";
    case "timeout": return `no answer within ${p.seconds} seconds`;
    case "status": return `the server answered ${p.status}`;
    case "json": return "is not valid JSON (truncated or damaged)";
    case "html": return "the server sent a web page (HTML) instead of the file: the data URL is wrong, or the data is being rebuilt";
    case "not-a-list": return "expected a list of records";
    case "empty": return "the file holds no records";
    case "not-an-object": return `record ${p.record} is not an object`;
    case "field": return `record ${p.record}: "${p.field}" is missing or not a ${p.type}`;
    case "unknown-indicator": return `indicator "${p.indicator}" is not in indicators.json`;
  }
}

export class DataFileError extends Error {
  readonly problem: string;
  constructor(readonly file: string, readonly detail: DataProblem) {
    const problem = describeProblem(detail);
    super(`${file}: ${problem}`);
    this.problem = problem;
  }
}

const OK: Record<Field["type"], (v: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  integer: (v) => Number.isInteger(v),
  number: (v) => typeof v === "number" && Number.isFinite(v),
  boolean: (v) => typeof v === "boolean"
};

/**
 * Checks rows against a published table's fields (src/schema/tables.ts): every
 * field present, of its type, within its enum; null only where it may be missing.
 */
export function validateRows<T>(file: string, value: unknown, fields: Readonly<Record<string, Field>>): T[] {
  if (!Array.isArray(value)) throw new DataFileError(file, {code: "not-a-list"});
  if (value.length === 0) throw new DataFileError(file, {code: "empty"});
  value.forEach((row, i) => {
    if (typeof row !== "object" || row === null) throw new DataFileError(file, {code: "not-an-object", record: i + 1});
    for (const [key, field] of Object.entries(fields)) {
      const v = (row as Record<string, unknown>)[key];
      const ok = v === null ? field.optional === true : OK[field.type](v) && (!field.enum || field.enum.includes(v as string));
      if (!ok) throw new DataFileError(file, {code: "field", record: i + 1, field: key, type: field.enum ? `${field.type} (${field.enum.join(", ")})` : field.type});
    }
  });
  return value as T[];
}

/** content.json: the explainer's prose, its chapters and its stories. */
export function validateContent(file: string, value: unknown): Content {
  const v = value as Partial<Content> | null;
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new DataFileError(file, {code: "not-an-object", record: 1});
  for (const key of ["chapters", "stories"] as const) if (!Array.isArray(v[key])) throw new DataFileError(file, {code: "field", record: 1, field: key, type: "list"});
  if (typeof v.explainer !== "object" || v.explainer === null) throw new DataFileError(file, {code: "field", record: 1, field: "explainer", type: "object"});
  return v as Content;
}
