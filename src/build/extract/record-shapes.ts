import {COMPARATORS} from "../../schema/comparators.ts";
import {BASES, BETTER, DOMAINS, EXCLUSION_REASONS, RELATION_KINDS, SCOPES, SERIES, SOURCE_KINDS} from "../../schema/records.ts";

/**
 * What each kind of curated record holds, field by field: its type, whether
 * a curator must write it, the codes it may take. The build checks every
 * record against its shape before reading it (check-shape.ts), so a wrong or
 * incomplete record is named with its file and field, and an optional field
 * may simply be left out.
 */
export interface FieldShape {
  type: "string" | "integer" | "number" | "boolean" | "object" | "array";
  /** A curator must write it (and, for text, not leave it empty). */
  required?: boolean;
  /** The value a record that leaves it out gets (published as an empty cell when null). */
  default?: unknown;
  /** The codes it may take. */
  enum?: readonly string[];
  /** Where a curator reads what the codes mean. */
  hint?: string;
  /** The form text must have, and how to say it. */
  pattern?: {test: RegExp; says: string};
  /** The shape of an object, or of each object in an array. */
  fields?: RecordShape;
}

export type RecordShape = Readonly<Record<string, FieldShape>>;

const text = (required = true): FieldShape => ({type: "string", required});
const code = (values: readonly string[]): FieldShape => ({type: "string", required: true, enum: values});
const KEBAB = {test: /^[a-z0-9]+(-[a-z0-9]+)*$/, says: "kebab-case (a-z, 0-9 and single hyphens)"};

export const SOURCE_SHAPE: RecordShape = {
  id: {type: "string", required: true, pattern: KEBAB},
  file: text(),
  format: code(["html", "markdown", "text"]),
  title_zh: text(),
  title_en: text(),
  issuer_zh: text(),
  issuer_en: text(),
  date: {type: "string", required: true, pattern: {test: /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, says: "YYYY, YYYY-MM or YYYY-MM-DD"}},
  date_note: {type: "string", default: null},
  kind: code(SOURCE_KINDS),
  scope: code(SCOPES),
  document_number: {type: "string", default: null},
  period: {type: "string", required: true, pattern: {test: /^\d{4}-\d{4}$/, says: "YYYY-YYYY, the years the document speaks for"}},
  sha256: text()
};

export const INDICATOR_SHAPE: RecordShape = {
  id: {type: "string", required: true, pattern: KEBAB},
  zh: text(),
  en: text(),
  definition_zh: text(),
  definition_en: text(),
  domain: code(DOMAINS),
  unit: text(),
  better: code(BETTER),
  main_target: {type: "boolean", default: false},
  related: {type: "array", default: [], fields: {id: text(), relation: code(RELATION_KINDS), counts: {type: "string", enum: ["same", "part"]}, why_zh: text(), why_en: text()}}
};

export const OBSERVATION_SHAPE: RecordShape = {
  id: text(),
  indicator: text(),
  series: code(SERIES),
  scope: code(SCOPES),
  year: {type: "integer", required: true},
  basis: {...code(BASES), hint: "data/README.md defines them"},
  period: {type: "string", pattern: {test: /^\d{4}-\d{4}$/, says: "YYYY-YYYY"}},
  quote: text(),
  figure: text(false),
  expect: {type: "object", required: true, fields: {value: {type: "number", required: true}, unit: {type: "string", required: true}, comparator: code(COMPARATORS)}},
  unit_from_context: text(false),
  note: text(false)
};

export const EXCLUSION_SHAPE: RecordShape = {
  text: text(),
  context: text(false),
  all: {type: "boolean"},
  reason: code(EXCLUSION_REASONS),
  note: text(false)
};
