import {parseTemplate, type Verdicts} from "../schema/content.ts";
import type {Observation} from "../schema/dataset.ts";
import type {DatasetYears} from "../schema/roles.ts";
import {formatFigure, formatQuantity} from "../i18n/format-figure.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import type {IndicatorSummary} from "./indicator-summary.ts";

/**
 * Narrative text is a template whose numbers are slots filled from the data
 * (the slots are listed in src/schema/content.ts), so no figure is ever typed
 * into prose. A figure keeps its observation, for provenance.
 */
export type Piece = string | {text: string; observation: Observation; tip?: string};

export interface NarrativeContext {
  lang: Lang;
  messages: Messages;
  summaries: ReadonlyMap<string, IndicatorSummary>;
  years: DatasetYears;
  /** The verdicts of the content file the text comes from. */
  verdicts?: Verdicts;
  values?: Record<string, string | number>;
}

export class NarrativeError extends Error {}

function summaryOf(context: NarrativeContext, id: string): IndicatorSummary {
  const summary = context.summaries.get(id);
  if (!summary) throw new NarrativeError(`no data for indicator ${id}`);
  return summary;
}

/** The wording a `{verdict:key}` slot chooses for where its indicator's target stands (a template itself). */
export function verdictWording(key: string, context: NarrativeContext): string {
  const verdict = context.verdicts?.[key];
  if (!verdict) throw new NarrativeError(`no verdict ${key}`);
  const status = summaryOf(context, verdict.status).status?.status;
  const cases = verdict[context.lang];
  const text = (status && cases[status]) ?? cases.other;
  if (text === undefined) throw new NarrativeError(`verdict ${key} has no ${context.lang} wording for ${status}`);
  return text;
}

/** Fills a template, keeping each figure linked to its observation for provenance. */
export function fillTemplate(template: string, context: NarrativeContext): Piece[] {
  const {lang, messages, years, values = {}} = context;
  return parseTemplate(template).flatMap((part): Piece[] => {
    if (typeof part === "string") return [part];
    switch (part.kind) {
      case "value":
        if (!(part.name in values)) throw new NarrativeError(`no value for {${part.name}}`);
        return [String(values[part.name])];
      case "year":
        return [part.year === "missing" ? years.missing.join(messages.punctuation.list) : String(years[part.year])];
      case "figure": {
        const observation = summaryOf(context, part.indicator)[part.series];
        if (!observation) throw new NarrativeError(`indicator ${part.indicator} has no ${part.series} figure`);
        return [{text: formatFigure(observation, lang, {unit: part.unit}), observation}];
      }
      case "status": {
        const status = summaryOf(context, part.indicator).status;
        if (!status) throw new NarrativeError(`indicator ${part.indicator} has no status`);
        return [messages.status[status.status]];
      }
      case "pace": {
        const summary = summaryOf(context, part.indicator);
        if (!summary.status?.pace || !summary.target) throw new NarrativeError(`indicator ${part.indicator} has no pace`);
        return [formatQuantity(summary.status.pace.neededPerYear, summary.target.unit_base, lang)];
      }
      case "verdict":
        // A verdict's wording may hold slots, but not another verdict.
        return fillTemplate(verdictWording(part.key, context), {...context, verdicts: {}});
    }
  });
}

/** A filled template as plain text (for titles, labels and accessible descriptions). */
export function fillText(template: string, context: NarrativeContext): string {
  return fillTemplate(template, context)
    .map((p) => (typeof p === "string" ? p : p.text))
    .join("");
}

export {interpolate} from "../i18n/interpolate.ts";
