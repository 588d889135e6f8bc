import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {basename, join, relative} from "node:path";
import type {DatasetError} from "./extract/dataset-error.ts";
import type {ExtractInput} from "./extract/extract-dataset.ts";
import {DOMAINS, type ExclusionRecord, type IndicatorRecord, type ObservationRecord, type SourceRecord, type TranslationRecord} from "../schema/records.ts";

/** Where the JSON parser stopped, as a line and column a curator can find. */
function position(text: string, message: string): string {
  const at = /position (\d+)/.exec(message);
  if (!at) return "";
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  return ` (line ${line}, column ${Number(at[1]) - before.lastIndexOf("\n")})`;
}

/**
 * Reads everything under `data/` into the extraction step's input. This is the
 * only place that touches those files. A file it cannot read as a list of
 * records, or a source whose raw file is missing, becomes a problem naming the
 * file (and the record and field), reported with the rest; it never throws.
 */
export function readCuration(dataDir: string): ExtractInput {
  const shown = relative(process.cwd(), dataDir) || ".";
  const problems: DatasetError[] = [];
  const readList = <T>(path: string): T[] => {
    const file = join(shown, relative(dataDir, path));
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      problems.push({file, record: "", message: `cannot be read: ${(error as Error).message}`});
      return [];
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problems.push({file, record: "", message: `is not valid JSON: ${(error as Error).message}${position(text, (error as Error).message)}`});
      return [];
    }
    if (!Array.isArray(value)) {
      problems.push({file, record: "", message: "must hold a JSON list of records ([…])"});
      return [];
    }
    return value as T[];
  };
  const readFolder = <T>(folder: string, files: Record<string, string>): Record<string, T[]> => {
    const out: Record<string, T[]> = {};
    if (!existsSync(folder)) return out;
    for (const name of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
      out[basename(name, ".json")] = readList<T>(join(folder, name));
      files[basename(name, ".json")] = join(shown, relative(dataDir, join(folder, name)));
    }
    return out;
  };

  const records = readList<SourceRecord>(join(dataDir, "sources.json"));
  const sources = records.map((record) => {
    // A record whose raw file cannot be read still goes to the shape check, which names what is wrong with it.
    const path = typeof record?.file === "string" ? join(dataDir, record.file) : null;
    if (!path || !existsSync(path) || !statSync(path).isFile()) {
      if (path) problems.push({file: join(shown, "sources.json"), record: `source ${record.id}`, source: record.id, field: "file", message: `${JSON.stringify(record.file)}: no such file under ${shown}/`});
      return {record, raw: "", sha256: ""};
    }
    const bytes = readFileSync(path);
    return {record, raw: bytes.toString("utf8"), sha256: createHash("sha256").update(bytes).digest("hex")};
  });
  const catalogueFiles: Record<string, string> = {};
  const files = readFolder<IndicatorRecord>(join(dataDir, "catalogue"), catalogueFiles);
  const fileOf: Record<string, string> = {};
  for (const [name, list] of Object.entries(files)) for (const i of list) if (typeof i?.id === "string") fileOf[i.id] = catalogueFiles[name];
  // Core first, then the rest; ordered by domain so tables read in a stable, meaningful order.
  const catalogue = [...(files.core ?? []), ...Object.entries(files).filter(([name]) => name !== "core").flatMap(([, list]) => list)];
  catalogue.sort((a, b) => DOMAINS.indexOf(a?.domain) - DOMAINS.indexOf(b?.domain));
  return {
    sources,
    catalogue,
    observations: readFolder<ObservationRecord>(join(dataDir, "observations"), {}),
    exclusions: readFolder<ExclusionRecord>(join(dataDir, "exclusions"), {}),
    translations: existsSync(join(dataDir, "translations")) ? readFolder<TranslationRecord>(join(dataDir, "translations"), {}) : {},
    files: {folder: shown, catalogue: fileOf},
    problems
  };
}
