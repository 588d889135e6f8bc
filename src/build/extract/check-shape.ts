import type {FieldShape, RecordShape} from "./record-shapes.ts";

/** One thing wrong with a record's shape: the field (a path: `expect.value`, `related[1].why_en`) and what is wrong. */
export interface ShapeIssue {
  field: string;
  message: string;
}

const TYPE_NAMES: Record<FieldShape["type"], string> = {string: "text", integer: "a whole number", number: "a number", boolean: "true or false", object: "an object", array: "a list"};

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value === "object" ? "an object" : String(value);
}

/** Edit distance, for the field a misspelt name most likely meant. */
function distance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

function isType(value: unknown, type: FieldShape["type"]): boolean {
  switch (type) {
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    default:
      return typeof value === type;
  }
}

/**
 * A curated record checked against its shape: every field of the right type,
 * every required one written, every code a known one, no field the build does
 * not know (a misspelt name would otherwise be silently ignored). Gives the
 * record with each optional field it leaves out set to its default, and every
 * issue, each naming its field. Never throws, whatever the value is.
 */
export function checkShape(value: unknown, shape: RecordShape, path = ""): {record: Record<string, unknown>; issues: ShapeIssue[]} {
  const issues: ShapeIssue[] = [];
  if (!isType(value, "object")) return {record: {}, issues: [{field: path.replace(/\.$/, ""), message: `must be an object with the fields ${Object.keys(shape).join(", ")}, not ${describe(value)}`}]};
  const given = value as Record<string, unknown>;
  const record: Record<string, unknown> = {...given};
  for (const name of Object.keys(given)) {
    if (Object.hasOwn(shape, name)) continue;
    const near = Object.keys(shape).find((known) => distance(known, name) <= 2);
    issues.push({field: `${path}${name}`, message: `is not a field the build knows${near ? ` (did you mean ${near}?)` : `; the fields are ${Object.keys(shape).join(", ")}`}`});
  }
  for (const [name, field] of Object.entries(shape)) {
    const at = `${path}${name}`;
    const v = given[name];
    if (v === undefined || (v === null && !field.required)) {
      if (field.required) issues.push({field: at, message: `is missing; write ${field.enum ? `one of ${field.enum.join(", ")}` : TYPE_NAMES[field.type]}${field.pattern ? ` (${field.pattern.says})` : ""}`});
      else if ("default" in field) record[name] = structuredClone(field.default);
      continue;
    }
    if (!isType(v, field.type)) {
      issues.push({field: at, message: `must be ${TYPE_NAMES[field.type]}, not ${describe(v)}`});
      continue;
    }
    if (field.type === "string" && field.required && !(v as string).trim()) issues.push({field: at, message: "is empty"});
    else if (field.enum && !field.enum.includes(v as string)) issues.push({field: at, message: `${describe(v)} is not one of ${field.enum.join(", ")}${field.hint ? ` (${field.hint})` : ""}`});
    else if (field.pattern && !field.pattern.test.test(v as string)) issues.push({field: at, message: `${describe(v)} must read ${field.pattern.says}`});
    if (field.fields && field.type === "object") {
      const inner = checkShape(v, field.fields, `${at}.`);
      issues.push(...inner.issues);
      record[name] = inner.record;
    }
    if (field.fields && field.type === "array") {
      record[name] = (v as unknown[]).map((item, i) => {
        const inner = checkShape(item, field.fields!, `${at}[${i}].`);
        issues.push(...inner.issues);
        return inner.record;
      });
    }
  }
  return {record, issues};
}
