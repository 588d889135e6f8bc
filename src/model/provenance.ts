import type {Lang} from "../i18n/locale.ts";
import {formatFigure, writtenFigure} from "../i18n/format-figure.ts";
import type {Messages} from "../i18n/messages.ts";
import {roleOf, statusOf, type IndicatorSummary} from "./indicator-summary.ts";
import {interpolate} from "./narrative.ts";
import type {Observation, Source} from "../schema/dataset.ts";

export interface TextSegment {
  text: string;
  /** "quote" for the quoted words, "figure" for the figure inside them. */
  kind: "plain" | "quote" | "figure";
}

export interface Provenance {
  id: string;
  indicator: string;
  written: string;
  formatted: string;
  series: string;
  source: string;
  sourceId: string;
  issuer: string;
  date: string;
  documentNumber: string | null;
  status: string;
  paragraph: TextSegment[];
}

/** Splits a stretch of text around the quote and the figure, by their offsets. */
export function segmentsAround(text: string, from: number, o: Pick<Observation, "quote_start" | "quote_end" | "figure_start" | "figure_end">, to: number): TextSegment[] {
  const cuts: Array<[number, number, TextSegment["kind"]]> = [
    [from, o.quote_start, "plain"],
    [o.quote_start, o.figure_start, "quote"],
    [o.figure_start, o.figure_end, "figure"],
    [o.figure_end, o.quote_end, "quote"],
    [o.quote_end, to, "plain"]
  ];
  return cuts.filter(([a, b]) => b > a).map(([a, b, kind]) => ({text: text.slice(a, b), kind}));
}

/** What the provenance panel shows for one observation. */
export function provenance(o: Observation, text: string, source: Source, summary: IndicatorSummary | undefined, lang: Lang, messages: Messages): Provenance {
  const series = roleOf(o, summary);
  const state = statusOf(o, summary);
  const status = state ? messages.status[state] : "";
  return {
    id: o.observation_id,
    indicator: lang === "zh" ? o.indicator_zh : o.indicator_en,
    written: writtenFigure(o),
    formatted: formatFigure(o, lang),
    series: interpolate(messages.seriesWithYear, {series: messages.series[series], year: o.year}),
    source: lang === "zh" ? source.title_zh : source.title_en,
    sourceId: source.id,
    issuer: lang === "zh" ? source.issuer_zh : source.issuer_en,
    date: source.date,
    documentNumber: source.document_number,
    status,
    paragraph: segmentsAround(text, o.paragraph_start, o, o.paragraph_end)
  };
}
