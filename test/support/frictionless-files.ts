import {csvParseRows} from "d3";
// File-level checks of a Data Package resource that the client (datapackage 1.1.10) does not make:
// it never looks at `bytes` or `hash`, reads a BOM as part of the first header, and guesses the
// delimiter from the first chunk (so `a;b` passes as a header) instead of insisting on commas.
import {createHash} from "node:crypto";
import {readFile} from "node:fs/promises";
import {join} from "node:path";

/** The slice of a resource descriptor these checks read. */
export interface ResourceFile {
  name?: string;
  path?: unknown;
  bytes?: unknown;
  hash?: unknown;
  encoding?: unknown;
  profile?: unknown;
  format?: unknown;
  mediatype?: unknown;
  dialect?: unknown;
  /** Inline, or a string the client would dereference. */
  schema?: {fields?: Array<{name?: unknown}>} | string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// Data Package v1: a bare hex hash is MD5; other algorithms are named before a colon.
const HASH = /^(?:(md5|sha1|sha256|sha512):)?([0-9a-f]+)$/;

/** True for a path the client would fetch over the network instead of reading from `dir`. */
export function isRemote(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path);
}

/** A resource the client reads as a table: it says so in its profile. */
export function isTabular(resource: {profile?: unknown}): boolean {
  return resource.profile === "tabular-data-resource";
}

/** Text is CSV, JSON or plain text, or whatever names an encoding; Arrow, Parquet and other binary files have none. */
function isText(resource: ResourceFile): boolean {
  return resource.encoding !== undefined || isTabular(resource) || ["csv", "json", "txt"].includes(String(resource.format));
}

/** Errors in one resource's file against its `path`, `bytes`, `hash` and `encoding`. */
export async function checkResourceFile(dir: string, resource: ResourceFile): Promise<string[]> {
  const name = resource.name ?? "(unnamed resource)";
  const {path} = resource;
  // One local file per resource: a URL would be fetched (CI has no internet) and multipart is not ours.
  if (typeof path !== "string") return [`${name}: path must be one relative file path, got ${JSON.stringify(path)}`];
  if (isRemote(path)) return [`${name}: path ${path} is remote; the package must be readable offline`];

  let data: Buffer;
  try {
    data = await readFile(join(dir, path));
  } catch (error) {
    return [`${name}: cannot read ${path}: ${(error as Error).message}`];
  }
  const errors = [...checkBytes(name, data, resource.bytes), ...checkHash(name, data, resource.hash)];
  if (!isText(resource)) return errors;
  const text = decode(name, data, resource.encoding, errors);
  if (text !== undefined && resource.format === "json") {
    try {
      JSON.parse(text);
    } catch (error) {
      errors.push(`${name}: ${path} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const fields = isTabular(resource) && typeof resource.schema === "object" ? resource.schema.fields : undefined;
  if (text !== undefined && Array.isArray(fields)) {
    // RFC 4180 with a header row: the first line, read as comma-separated (quoted or not), is exactly the
    // field names in order. The client matches columns by position, so this is what keeps them honest.
    const header = csvParseRows(text.split(/\r?\n/, 1)[0])[0] ?? [];
    const expected = fields.map((field) => String(field?.name));
    if (header.join("\u0000") !== expected.join("\u0000")) errors.push(`${name}: header line ${JSON.stringify(header.join(","))} is not the schema's fields ${JSON.stringify(expected.join(","))}`);
  }
  return errors;
}


function checkBytes(name: string, data: Buffer, bytes: unknown): string[] {
  if (bytes === undefined) return [`${name}: bytes is missing`];
  return bytes === data.length ? [] : [`${name}: bytes is ${JSON.stringify(bytes)} but the file has ${data.length} bytes`];
}

function checkHash(name: string, data: Buffer, hash: unknown): string[] {
  if (hash === undefined) return [`${name}: hash is missing`];
  const match = typeof hash === "string" ? HASH.exec(hash) : null;
  if (!match) return [`${name}: hash ${JSON.stringify(hash)} is not "<algorithm>:<lowercase hex>"`];
  const algorithm = match[1] ?? "md5";
  const actual = createHash(algorithm).update(data).digest("hex");
  return actual === match[2] ? [] : [`${name}: hash is ${hash} but the file's ${algorithm} is ${actual}`];
}

/** Checks `encoding` and the bytes against it, pushing to `errors`; returns the text (without BOM) if it decodes. */
function decode(name: string, data: Buffer, encoding: unknown, errors: string[]): string | undefined {
  const label = encoding ?? "utf-8"; // the spec's default
  if (typeof label !== "string") {
    errors.push(`${name}: encoding must be a string, got ${JSON.stringify(label)}`);
    return undefined;
  }
  // The spec asks for an IANA character set name; the WHATWG Encoding Standard's labels (what
  // TextDecoder knows) are the ones browsers and Node agree on, and Python's "utf-8-sig" is not one.
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, {fatal: true});
  } catch {
    errors.push(`${name}: encoding "${label}" is not a known encoding name`);
    return undefined;
  }
  if (decoder.encoding === "utf-8" && UTF8_BOM.every((byte, i) => data[i] === byte)) {
    errors.push(`${name}: the file starts with a UTF-8 byte order mark (BOM); encoding "${label}" means no BOM`);
  }
  try {
    return decoder.decode(data);
  } catch {
    errors.push(`${name}: the file is not valid ${decoder.encoding}`);
    return undefined;
  }
}
