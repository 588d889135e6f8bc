// Checks a built Frictionless Data Package the way a client reads it: the descriptor against the
// profile it names (`data-package` or `tabular-data-package`) and each tabular resource against the
// Tabular Data Resource profile, then every row of every tabular resource read and cast by the
// frictionless-js client (`datapackage`, which reads CSV through `tableschema`), then every file's
// bytes, hash and encoding. Everything is local: the profiles are the JSON files shipped inside
// `datapackage`, and remote paths are refused before the client could fetch them.
import {readFile} from "node:fs/promises";
import {createRequire} from "node:module";
import {join} from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import {Package, type Resource, type RowError} from "datapackage";
import {checkResourceFile, isRemote, isTabular, type ResourceFile} from "./frictionless-files.ts";

export interface PackageCheck {
  /** Readable problems, each naming the descriptor path, or the resource, row and field. */
  errors: string[];
  /** Data rows (header excluded) the client read from each tabular resource. */
  rows: Record<string, number>;
}

const require = createRequire(import.meta.url);
/** The profiles (Data Package v1, JSON Schema draft-04) as bundled by the client, by the name a descriptor gives. */
export const PROFILES = ["data-package", "tabular-data-package", "tabular-data-resource"] as const;
export const profilePath = (name: (typeof PROFILES)[number]) => require.resolve(`datapackage/lib/profiles/${name}.json`);

/** Checks `dir/datapackage.json` and the files it lists; an empty `errors` means a client reads it cleanly. */
export async function checkDataPackage(dir: string): Promise<PackageCheck> {
  const descriptorPath = join(dir, "datapackage.json");
  const descriptor = JSON.parse(await readFile(descriptorPath, "utf8")) as {profile?: unknown; resources?: ResourceFile[]};
  const resources = Array.isArray(descriptor.resources) ? descriptor.resources : [];
  // A schema given as a path is read as the client reads it, before anything is validated.
  const errors: string[] = [];
  const dereferenced = {...descriptor, resources: await Promise.all(resources.map((r) => dereference(dir, r, errors)))};
  errors.push(...(await validateDescriptor(dereferenced)));
  for (const resource of dereferenced.resources) errors.push(...(await checkResourceFile(dir, resource)));

  // The client fetches a profile, schema, dialect or path given as a URL; never let it try (CI
  // reaches only the npm registry). checkResourceFile has already reported remote paths.
  const references = resources.flatMap((r) => [r.profile, r.schema, r.dialect]);
  const fetched = [descriptor.profile, ...references].filter((p): p is string => typeof p === "string" && isRemote(p));
  for (const url of fetched) errors.push(`descriptor: ${url} is remote; the package must be readable offline`);
  const remotePath = resources.some((r) => [r.path].flat().some((p) => typeof p === "string" && isRemote(p)));
  const rows: Record<string, number> = {};
  if (fetched.length === 0 && !remotePath) errors.push(...(await readWithClient(descriptorPath, rows)));
  return {errors: [...new Set(errors)], rows};
}

/**
 * A resource's `schema` may be the path of a JSON file (Data Package v1); the client reads it
 * relative to the descriptor before validating, and so does this. Remote and unsafe paths are
 * left as they are (reported elsewhere), so nothing is fetched.
 */
async function dereference(dir: string, resource: ResourceFile, errors: string[]): Promise<ResourceFile> {
  const {schema} = resource;
  if (typeof schema !== "string" || isRemote(schema)) return resource;
  if (schema.startsWith("/") || schema.split("/").includes("..")) {
    errors.push(`${resource.name}: schema path ${schema} is not a safe relative path`);
    return resource;
  }
  try {
    return {...resource, schema: JSON.parse(await readFile(join(dir, schema), "utf8"))};
  } catch (error) {
    errors.push(`${resource.name}: cannot read its schema ${schema}: ${message(error)}`);
    return resource;
  }
}

const compiled = new Map<string, ReturnType<Ajv["compile"]>>();

async function validator(name: (typeof PROFILES)[number]) {
  if (!compiled.has(name)) {
    const ajv = new Ajv({allErrors: true, strict: false});
    addFormats(ajv);
    ajv.addFormat("textarea", true); // an editor hint in the profile, not a constraint
    compiled.set(name, ajv.compile(JSON.parse(await readFile(profilePath(name), "utf8"))));
  }
  return compiled.get(name)!;
}

/**
 * Validates with ajv against the client's own profile files because the client validates with tv4,
 * which ignores `format` (a bare date passes as `created`). The package is checked against the
 * profile it names; `data-package` says nothing about tables, so each resource that claims to be a
 * tabular-data-resource is checked against that profile as well. The client's verdict is added too
 * (readWithClient), so a disagreement between the two validators shows up.
 */
async function validateDescriptor(descriptor: {profile?: unknown; resources: ResourceFile[]}): Promise<string[]> {
  const profile = descriptor.profile ?? "data-package";
  if (profile !== "data-package" && profile !== "tabular-data-package") return [`descriptor /profile: ${JSON.stringify(profile)} is not a profile this check knows (data-package, tabular-data-package)`];
  const errors = ajvErrors(await validator(profile), descriptor, "");
  const table = await validator("tabular-data-resource");
  descriptor.resources.forEach((resource, i) => {
    if (profile === "data-package" && isTabular(resource)) errors.push(...ajvErrors(table, resource, `/resources/${i}`));
  });
  return errors;
}

function ajvErrors(validate: ReturnType<Ajv["compile"]>, value: unknown, prefix: string): string[] {
  if (validate(value)) return [];
  // A field's `type` fails one `enum` per branch of the profile's anyOf; list the allowed values once.
  const allowed = new Map<string, unknown[]>();
  const errors: string[] = [];
  for (const e of validate.errors ?? []) {
    const at = `descriptor ${prefix + e.instancePath || "/"}`;
    if (e.keyword !== "enum") errors.push(`${at}: ${e.message}`);
    else allowed.set(at, [...(allowed.get(at) ?? []), ...(e.params as {allowedValues: unknown[]}).allowedValues]);
  }
  for (const [at, values] of allowed) errors.unshift(`${at}: must be one of ${JSON.stringify(values)}`);
  return errors;
}

async function readWithClient(descriptorPath: string, rows: Record<string, number>): Promise<string[]> {
  let dataPackage: Package;
  try {
    dataPackage = await Package.load(descriptorPath);
  } catch (error) {
    return [`datapackage: the client cannot load the package: ${message(error)}`];
  }
  const errors: string[] = [];
  if (!dataPackage.valid) {
    for (const e of dataPackage.errors) errors.push(`datapackage (client): ${oneLine(e.message)}`);
    for (const r of dataPackage.resources) for (const e of r.errors) errors.push(`${r.name} (client): ${oneLine(e.message)}`);
  }
  const clean = new Set<string>();
  // Only tables have rows; JSON, Arrow and Parquet files are checked by size, hash and encoding above.
  const tables = dataPackage.resources.filter((r) => r.tabular || isTabular(r.descriptor));
  for (const resource of tables) {
    const found = await readResource(resource, rows);
    errors.push(...found);
    if (found.length === 0) clean.add(resource.name);
  }
  for (const resource of tables) errors.push(...(await checkForeignKeys(resource, clean)));
  return errors;
}

/** Reads and casts every row; the client reports type, constraint (enum...) and primaryKey/unique errors. */
async function readResource(resource: Resource, rows: Record<string, number>): Promise<string[]> {
  const {name, schema} = resource;
  if (!resource.tabular || !schema) return [`${name}: not a tabular resource with a schema`];
  const errors = schema.errors.map((e) => `${name}: schema: ${oneLine(e.message)}`);
  try {
    const raw = await resource.read({cast: false});
    const read = await resource.read({forceCast: true});
    rows[name] = read.length;
    for (const row of read) if (row instanceof Error) errors.push(...rowErrors(resource, row, raw));
    errors.push(...missingPrimaryKeys(resource, raw));
  } catch (error) {
    errors.push(`${name}: the client cannot read it: ${message(error)}`);
  }
  return errors;
}

/**
 * Own code: a primaryKey implies `required`, but the client casts a missing value to null and then
 * skips null keys in its uniqueness check, so an empty key would pass.
 */
function missingPrimaryKeys(resource: Resource, raw: Array<unknown[] | RowError>): string[] {
  const schema = resource.schema!;
  const missing = schema.descriptor.missingValues ?? [""];
  const errors: string[] = [];
  raw.forEach((row, i) => {
    for (const key of schema.primaryKey) {
      const value = Array.isArray(row) ? row[schema.fieldNames.indexOf(key)] : undefined;
      if (missing.includes(value as string)) errors.push(`${resource.name} row ${i + 2} field "${key}": primary key is missing`);
    }
  });
  return errors;
}

function rowErrors(resource: Resource, error: RowError, raw: Array<unknown[] | RowError>): string[] {
  const fields = resource.schema?.fieldNames ?? [];
  const where = (e: RowError) => {
    // The header check fires on every row; one error per resource is enough.
    if (/column header/.test(e.message)) return `${resource.name}: header`;
    const field = e.columnNumber ? ` field "${fields[e.columnNumber - 1]}"` : "";
    return `${resource.name} row ${e.rowNumber ?? error.rowNumber}${field}`;
  };
  if (error.errors?.length) return error.errors.map((e) => `${where(e)}: ${oneLine(e.message)}`);
  const unique = /unique constraint violation in column "(.+)"/.exec(error.message);
  if (unique && error.rowNumber) {
    // Name the repeated value, which the client's message leaves out (row 2 is the first data row).
    const values = unique[1].split(", ").map((f) => (raw[error.rowNumber! - 2] as unknown[])[fields.indexOf(f)]);
    return [`${where(error)} field "${unique[1]}": ${JSON.stringify(values.join(", "))} repeats an earlier row (primaryKey/unique)`];
  }
  return [`${where(error)}: ${oneLine(error.message)}`];
}

/**
 * The client resolves foreign keys (`read({relations: true})`) against the other CSV resources, but
 * gives up on a whole resource when a referenced one has any error, so they are checked only once
 * every resource involved has read cleanly.
 */
async function checkForeignKeys(resource: Resource, clean: Set<string>): Promise<string[]> {
  const foreignKeys = resource.schema?.foreignKeys ?? [];
  if (foreignKeys.length === 0) return [];
  const involved = [resource.name, ...foreignKeys.map((fk) => fk.reference.resource || resource.name)];
  const unread = [...new Set(involved)].filter((name) => !clean.has(name));
  if (unread.length) return [`${resource.name}: foreign keys not checked because ${unread.join(", ")} has errors`];
  const fields = resource.schema?.fieldNames ?? [];
  const raw = await resource.read({cast: false});
  const read = await resource.read({relations: true, forceCast: true});
  const errors: string[] = [];
  for (const row of read) {
    if (!(row instanceof Error) || !row.rowNumber) continue;
    const fk = foreignKeys.find((k) => row.message.startsWith(`Foreign key "${k.fields.join(",")}"`));
    if (!fk) {
      errors.push(`${resource.name} row ${row.rowNumber}: ${oneLine(row.message)}`);
      continue;
    }
    const values = fk.fields.map((f) => (raw[row.rowNumber! - 2] as unknown[])[fields.indexOf(f)]);
    const target = `${fk.reference.resource || resource.name}.${fk.reference.fields.join(", ")}`;
    errors.push(`${resource.name} row ${row.rowNumber} field "${fk.fields.join(", ")}": ${JSON.stringify(values.join(", "))} is not in ${target} (foreignKey)`);
  }
  return errors;
}

const message = (error: unknown) => oneLine(error instanceof Error ? error.message : String(error));
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
