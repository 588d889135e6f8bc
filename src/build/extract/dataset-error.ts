/** One thing wrong with the curated data, naming the record and the source so it can be fixed. */
export interface DatasetError {
  /** The record at fault: an observation id, `exclusion "2022"`, `indicator x`, `source x`. */
  record: string;
  source?: string;
  message: string;
}

export function formatError({record, source, message}: DatasetError): string {
  return `${record}${source ? ` (source ${source})` : ""}: ${message}`;
}

export class DatasetErrors extends Error {
  constructor(readonly errors: DatasetError[]) {
    super(`${errors.length} problem${errors.length === 1 ? "" : "s"} in the dataset:\n` + errors.map((e) => `  - ${formatError(e)}`).join("\n"));
  }
}
