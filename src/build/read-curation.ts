import {createHash} from "node:crypto";
import {readdirSync, readFileSync} from "node:fs";
import {basename, join} from "node:path";
import type {ExtractInput} from "./extract/extract-dataset.ts";
import {existsSync} from "node:fs";
import {DOMAINS, type ExclusionRecord, type IndicatorRecord, type ObservationRecord, type SourceRecord, type TranslationRecord} from "../schema/records.ts";

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function readFolder<T>(folder: string): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
    out[basename(file, ".json")] = readJson<T[]>(join(folder, file));
  }
  return out;
}

/** Reads everything under `data/` into the extraction step's input. This is the only place that touches those files. */
export function readCuration(dataDir: string): ExtractInput {
  const records = readJson<SourceRecord[]>(join(dataDir, "sources.json"));
  const sources = records.map((record) => {
    const bytes = readFileSync(join(dataDir, record.file));
    return {record, raw: bytes.toString("utf8"), sha256: createHash("sha256").update(bytes).digest("hex")};
  });
  const files = readFolder<IndicatorRecord>(join(dataDir, "catalogue"));
  // Core first, then the rest; ordered by domain so tables read in a stable, meaningful order.
  const catalogue = [...(files.core ?? []), ...Object.entries(files).filter(([name]) => name !== "core").flatMap(([, list]) => list)];
  catalogue.sort((a, b) => DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain));
  return {
    sources,
    catalogue,
    observations: readFolder<ObservationRecord>(join(dataDir, "observations")),
    exclusions: readFolder<ExclusionRecord>(join(dataDir, "exclusions")),
    translations: existsSync(join(dataDir, "translations")) ? readFolder<TranslationRecord>(join(dataDir, "translations")) : {}
  };
}
