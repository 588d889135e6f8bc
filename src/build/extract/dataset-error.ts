/**
 * One thing wrong with the curated data, naming where to fix it: the file, the
 * record in it and the field, with the source the record belongs to.
 */
export interface DatasetError {
  /** The record at fault: an observation id, `exclusion "2022"`, `indicator x`, `source x`; empty for a whole file. */
  record: string;
  source?: string;
  /** The curation file that holds the record, from the project's root (`data/observations/plan-2021.json`). */
  file?: string;
  /** The field at fault (`date`, `expect.value`, `related[0].id`), when one is. */
  field?: string;
  message: string;
}

export function formatError({file, record, source, field, message}: DatasetError): string {
  const where = [file, record && `${record}${source && !record.endsWith(` ${source}`) ? ` (source ${source})` : ""}`].filter(Boolean).join(": ");
  return `${where}: ${field ? `${field} ` : ""}${message}`;
}

export class DatasetErrors extends Error {
  constructor(readonly errors: DatasetError[]) {
    super(`${errors.length} problem${errors.length === 1 ? "" : "s"} in the dataset:\n` + errors.map((e) => `  - ${formatError(e)}`).join("\n"));
  }
}
