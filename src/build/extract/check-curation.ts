import type {DatasetError} from "./dataset-error.ts";
import {checkShape} from "./check-shape.ts";
import type {ExtractInput} from "./extract-dataset.ts";
import {EXCLUSION_SHAPE, INDICATOR_SHAPE, OBSERVATION_SHAPE, SOURCE_SHAPE, type RecordShape} from "./record-shapes.ts";

/** Where the curation lives: its folder as shown (`data`), and the catalogue file of each indicator. */
export interface CurationFiles {
  folder: string;
  catalogue: Readonly<Record<string, string>>;
}

const DEFAULT_FILES: CurationFiles = {folder: "data", catalogue: {}};

/**
 * The file that holds an error's record, from its label: `source x` is in
 * sources.json, `indicator x` in its catalogue file, an observation or
 * `exclusion "…"` of source s in observations/s.json or exclusions/s.json.
 * Errors that name a file already keep it.
 */
export function withFile(error: DatasetError, files: CurationFiles = DEFAULT_FILES): DatasetError {
  if (error.file) return error;
  const {folder, catalogue} = files;
  const {record, source} = error;
  const file = record.startsWith("source ")
    ? `${folder}/sources.json`
    : record.startsWith("indicator ")
      ? (catalogue[record.slice("indicator ".length)] ?? `${folder}/catalogue/`)
      : record.startsWith("exclusion ") && source
        ? `${folder}/exclusions/${source}.json`
        : source && record.startsWith(`${source}/`)
          ? `${folder}/observations/${source}.json`
          : undefined;
  return file ? {...error, file} : error;
}

/** A record's name in a message: its id (or text) when it has one, else its place in its file. */
function label(kind: string, record: unknown, i: number, key: "id" | "text", named: (value: string) => string): string {
  const value = typeof record === "object" && record !== null ? (record as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" && value ? named(value) : `${kind} #${i + 1}`;
}

/**
 * Every curated record against its shape (record-shapes.ts), before anything
 * reads it: each issue names the file, the record and the field. Gives the
 * input with each optional field a record leaves out set to its default.
 */
export function checkCuration(input: ExtractInput): {input: ExtractInput; errors: DatasetError[]} {
  const files = input.files ?? DEFAULT_FILES;
  const errors: DatasetError[] = [];
  const check = <T>(records: readonly unknown[], shape: RecordShape, at: (record: unknown, i: number) => Omit<DatasetError, "message">): T[] =>
    records.map((value, i) => {
      const {record, issues} = checkShape(value, shape);
      for (const issue of issues) errors.push({...at(value, i), field: issue.field, message: issue.message});
      return record as T;
    });
  const sources = input.sources.map((s, i) => {
    const [record] = check<typeof s.record>([s.record], SOURCE_SHAPE, (value) => {
      const name = label("source", value, i, "id", (id) => `source ${id}`);
      return {file: `${files.folder}/sources.json`, record: name, ...(name.startsWith("source #") ? {} : {source: name.slice("source ".length)})};
    });
    return {...s, record};
  });
  const catalogue = check<ExtractInput["catalogue"][number]>(input.catalogue, INDICATOR_SHAPE, (value, i) => {
    const name = label("indicator", value, i, "id", (id) => `indicator ${id}`);
    return {file: files.catalogue[name.slice("indicator ".length)] ?? `${files.folder}/catalogue/`, record: name};
  });
  const inFolder = <T>(byFile: Record<string, unknown[]>, folder: string, shape: RecordShape, kind: string, key: "id" | "text", named: (v: string) => string) =>
    Object.fromEntries(Object.entries(byFile).map(([source, list]) => [source, check<T>(list, shape, (value, i) => ({file: `${files.folder}/${folder}/${source}.json`, record: label(kind, value, i, key, named), source}))]));
  const observations = inFolder<ExtractInput["observations"][string][number]>(input.observations, "observations", OBSERVATION_SHAPE, "observation", "id", (id) => id);
  const exclusions = inFolder<ExtractInput["exclusions"][string][number]>(input.exclusions, "exclusions", EXCLUSION_SHAPE, "exclusion", "text", (text) => `exclusion ${JSON.stringify(text)}`);
  return {input: {...input, sources, catalogue, observations, exclusions}, errors};
}
