/**
 * What is wrong with a data file the page loads: missing, truncated, altered,
 * or not the shape the page expects (src/model/validate-data.ts checks that).
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

