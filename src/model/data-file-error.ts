import {hasMessages, messagesFor} from "../i18n/messages.ts";
import {pluralForm} from "../i18n/format-number.ts";
import {interpolate} from "../i18n/interpolate.ts";

/**
 * What is wrong with a data file the page loads: missing, truncated, altered,
 * not the file the data manifest lists (src/model/file-manifest.ts), or not
 * the shape the page expects (src/model/validate-data.ts checks that).
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
  | {code: "mismatch"}
  | {code: "reference"; record: number; field: string; value: string; table: string}
  | {code: "inconsistent"};

/**
 * The problem in English, for logs and tests: the words the page shows an
 * English reader (src/i18n), one wording per problem. A page whose English
 * text has not loaded (each language is a module of its own) logs the code:
 * what the reader sees comes from the page's own language (bj-data-error).
 */
export function describeProblem(p: DataProblem): string {
  if (!hasMessages("en")) return p.code;
  const values = p as unknown as Record<string, string | number>;
  return interpolate(pluralForm(messagesFor("en").error.problems[p.code], Number(values.seconds ?? 0), "en"), values);
}

export class DataFileError extends Error {
  readonly problem: string;
  constructor(readonly file: string, readonly detail: DataProblem) {
    const problem = describeProblem(detail);
    super(`${file}: ${problem}`);
    this.problem = problem;
  }
}

