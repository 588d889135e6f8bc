import {formatFigure, formatQuantity} from "../i18n/format-figure.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/zh.ts";
import type {DatasetYears} from "./dataset-years.ts";
import type {IndicatorSummary} from "./indicator-summary.ts";
import type {Observation} from "../schema/dataset.ts";

/**
 * Narrative text is a template whose numbers are slots filled from the data,
 * so no figure is ever typed into prose:
 *   {target:id} {actual:id} {baseline:id} {district:id} {annual:id}  the figure, formatted for the language
 *   {target.n:id} …                                                   the same without its unit word (English: "34 universities")
 *   {status:id}                                                       the status label
 *   {pace:id}                                                         what a cumulative target needs per year
 *   {year:baseline|actual|target|district|missing}                    a year read from the data
 *   {name}                                                            a plain value passed in
 */
export type Piece = string | {text: string; observation: Observation; tip?: string};

export interface NarrativeContext {
  lang: Lang;
  messages: Messages;
  summaries: ReadonlyMap<string, IndicatorSummary>;
  years: DatasetYears;
  values?: Record<string, string | number>;
}

export class NarrativeError extends Error {}

const SLOT = /\{([a-z]+(?:\.[a-z]+)?)(?::([a-z0-9-]+))?\}/g;
const SERIES_SLOTS = ["target", "actual", "baseline", "district", "annual"] as const;

function resolve(kind: string, arg: string | undefined, context: NarrativeContext): Piece {
  const {lang, messages, summaries, years, values = {}} = context;
  if (arg === undefined) {
    if (kind in values) return String(values[kind]);
    throw new NarrativeError(`no value for {${kind}}`);
  }
  if (kind === "year") {
    if (arg === "missing") return years.missing.join(lang === "zh" ? "、" : ", ");
    if (arg in years) return String(years[arg as keyof Omit<DatasetYears, "missing">]);
    throw new NarrativeError(`unknown year {year:${arg}}`);
  }
  const summary = summaries.get(arg);
  if (!summary) throw new NarrativeError(`no data for indicator ${arg}`);
  const [series, modifier] = kind.split(".");
  if ((SERIES_SLOTS as readonly string[]).includes(series) && (modifier === undefined || modifier === "n")) {
    const observation = summary[series as (typeof SERIES_SLOTS)[number]];
    if (!observation) throw new NarrativeError(`indicator ${arg} has no ${series} observation`);
    return {text: formatFigure(observation, lang, {unit: modifier !== "n"}), observation};
  }
  if (kind === "status") {
    if (!summary.status) throw new NarrativeError(`indicator ${arg} has no status`);
    return messages.status[summary.status.status];
  }
  if (kind === "pace") {
    const pace = summary.status?.pace;
    if (!pace || !summary.target) throw new NarrativeError(`indicator ${arg} has no pace`);
    return formatQuantity(pace.neededPerYear, summary.target.unit_base, lang);
  }
  throw new NarrativeError(`unknown slot {${kind}:${arg}}`);
}

/** Fills a template, keeping each figure linked to its observation for provenance. */
export function fillTemplate(template: string, context: NarrativeContext): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of template.matchAll(SLOT)) {
    if (match.index > last) pieces.push(template.slice(last, match.index));
    pieces.push(resolve(match[1], match[2], context));
    last = match.index + match[0].length;
  }
  if (last < template.length) pieces.push(template.slice(last));
  return pieces;
}

/** A filled template as plain text (for titles, labels and accessible descriptions). */
export function fillText(template: string, context: NarrativeContext): string {
  return fillTemplate(template, context)
    .map((p) => (typeof p === "string" ? p : p.text))
    .join("");
}

/** Fills {name} fields in UI strings that carry no data slots. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
