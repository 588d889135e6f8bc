/**
 * Checks that a loaded data file has the shape the page expects, so a missing,
 * truncated or altered file gives a clear error instead of a broken chart.
 */
export type DataProblem =
  | {code: "network"}
  | {code: "status"; status: number}
  | {code: "json"}
  | {code: "not-a-list"}
  | {code: "empty"}
  | {code: "not-an-object"; record: number}
  | {code: "field"; record: number; field: string; type: string}
  | {code: "unknown-indicator"; indicator: string};

/** English wording, for logs and tests; the page shows the translated message from src/i18n. */
export function describeProblem(p: DataProblem): string {
  switch (p.code) {
    case "network": return "could not be fetched (network)";
    case "status": return `the server answered ${p.status}`;
    case "json": return "is not valid JSON (truncated or damaged)";
    case "not-a-list": return "expected a list of records";
    case "empty": return "the file holds no records";
    case "not-an-object": return `record ${p.record} is not an object`;
    case "field": return `record ${p.record}: "${p.field}" is missing or not a ${p.type}`;
    case "unknown-indicator": return `indicator "${p.indicator}" is not in catalogue.json`;
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

type Kind = "string" | "number" | "nullable-string" | "nullable-number" | "boolean?" | "array?";

const OK: Record<Kind, (v: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  number: (v) => typeof v === "number" && Number.isFinite(v),
  "nullable-string": (v) => v === null || typeof v === "string",
  "nullable-number": (v) => v === null || (typeof v === "number" && Number.isFinite(v)),
  "boolean?": (v) => v === undefined || typeof v === "boolean",
  "array?": (v) => v === undefined || Array.isArray(v)
};

export function validateRows<T>(file: string, value: unknown, shape: Record<string, Kind>): T[] {
  if (!Array.isArray(value)) throw new DataFileError(file, {code: "not-a-list"});
  if (value.length === 0) throw new DataFileError(file, {code: "empty"});
  value.forEach((row, i) => {
    if (typeof row !== "object" || row === null) throw new DataFileError(file, {code: "not-an-object", record: i + 1});
    for (const [key, kind] of Object.entries(shape)) {
      if (!OK[kind]((row as Record<string, unknown>)[key])) throw new DataFileError(file, {code: "field", record: i + 1, field: key, type: kind.replace("?", "")});
    }
  });
  return value as T[];
}

export const OBSERVATION_SHAPE: Record<string, Kind> = {
  indicator_id: "string", indicator_zh: "string", indicator_en: "string", domain: "string", scope: "string", series: "string",
  year: "number", value: "number", unit: "string", comparator: "string", value_base: "number", unit_base: "string",
  source_id: "string", source_title: "string", quote: "string", quote_start: "number", quote_end: "number",
  observation_id: "string", basis: "string", period: "nullable-string", figure: "string", figure_start: "number",
  figure_end: "number", upper: "nullable-number", note: "nullable-string", paragraph_start: "number", paragraph_end: "number"
};

export const INDICATOR_SHAPE: Record<string, Kind> = {id: "string", zh: "string", en: "string", domain: "string", unit: "string", better: "string", main_target: "boolean?", related: "array?"};

export const SOURCE_SHAPE: Record<string, Kind> = {
  id: "string", title_zh: "string", title_en: "string", issuer_zh: "string", issuer_en: "string", date: "string", kind: "string", scope: "string",
  document_number: "nullable-string", sha256: "string", text: "string"
};
