import {parseTemplate, sentenceKeys, TemplateError, type TrackerTexts} from "../../schema/content.ts";
import type {StatusRow} from "../../schema/tables.ts";
import type {DatasetError} from "../extract/dataset-error.ts";

/** The values a row's sentence may name (src/model/tracker-rows.ts fills them from the row's figures). */
export const ROW_VALUES = ["name", "latest", "latestN", "latestYear", "target", "targetYear", "baseline", "baselineYear", "gap", "needed", "reported", "reportedYears", "missing", "otherName"];
/** The values of the first screen's and the tracker's own texts. */
export const SUMMARY_VALUES = ["checkable", "breakdown", "total", "main", "totals", "count", "m", "n"];

/**
 * The tracker's own checks, beside the slots checkContent checks in every
 * text: every target has a sentence in each language (its own, or one for its
 * verdict), a target's own sentence names a target that exists, and a
 * template names only values the page fills in.
 */
export function checkTracker(texts: TrackerTexts, lang: string, status: readonly StatusRow[]): DatasetError[] {
  const errors: DatasetError[] = [];
  const record = `content/tracker.json (${lang})`;
  const values = (text: string, allowed: readonly string[], where: string) => {
    let parts;
    try {
      parts = parseTemplate(text);
    } catch (error) {
      if (error instanceof TemplateError) return; // checkContent reports it
      throw error;
    }
    for (const part of parts) {
      if (typeof part !== "string" && part.kind === "value" && !allowed.includes(part.name)) errors.push({record: `${record} ${where}`, message: `{${part.name}} is not a value the page fills here (one of ${allowed.join(", ")})`});
    }
  };
  for (const [key, text] of Object.entries(texts.sentences)) values(text, ROW_VALUES, `sentence ${key}`);
  const targets = new Set(status.map((s) => s.target_id));
  for (const [id, text] of Object.entries(texts.rows ?? {})) {
    if (!targets.has(id)) errors.push({record: `${record} rows`, message: `no target ${id}`});
    values(text, ROW_VALUES, `row ${id}`);
  }
  for (const text of [texts.heading, texts.intro, texts.caption, ...Object.values(texts.groups), ...Object.values(texts.lead), ...Object.values(texts.aside ?? {}), texts.rest, texts.more]) values(text, SUMMARY_VALUES, "");
  // The fallback the first screen takes for uncomparable figures of any kind (src/model/summary-model.ts asideKey).
  if (texts.aside?.mixed === undefined) errors.push({record: `${record} aside`, message: 'no "mixed" sentence: the first screen needs one for figures that count something else or only part'});
  for (const s of status) {
    if (texts.rows?.[s.target_id] !== undefined) continue;
    const keys = sentenceKeys(s);
    if (!keys.some((k) => texts.sentences[k] !== undefined)) errors.push({record: `${record} sentences`, message: `no sentence for target ${s.target_id}: add one of ${keys.join(", ")}, or the target's own under "rows"`});
  }
  return errors;
}

/** Every text of the tracker's content, for the slot checks every content text gets. */
export const trackerTexts = (texts: TrackerTexts): string[] => [
  texts.heading, texts.intro, texts.caption, ...Object.values(texts.groups), ...Object.values(texts.lead), ...Object.values(texts.aside ?? {}), texts.rest, texts.more, ...Object.values(texts.sentences), ...Object.values(texts.rows ?? {})
];
