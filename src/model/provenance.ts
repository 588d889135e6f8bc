import type {Lang} from "../i18n/locale.ts";
import {formatFigure, writtenFigure} from "../i18n/format-figure.ts";
import type {Messages} from "../i18n/messages.ts";
import {figureStatus, roleIn, type PageData} from "./page-data.ts";
import {placeWords} from "./place-names.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Observation} from "../schema/dataset.ts";
import {inLang} from "../i18n/localized.ts";

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
  /**
   * The quote is not where its offsets say in the source text this page has (a text that is not the
   * one published): the paragraph is the quote alone, highlighted nowhere, and the panel says why.
   */
  unchecked?: true;
  /** On an English page, the quote in English (curated, and shown marked as a translation beside the Chinese); else null. */
  translation: string | null;
}

const compact = (text: string) => text.replace(/\s+/g, "");

/**
 * Whether a source text holds an observation's quote and figure at their
 * offsets (white space aside, as the build located them): only then may the
 * page highlight them in it.
 */
export function quoteHolds(text: string | undefined, o: Pick<Observation, "quote" | "figure" | "quote_start" | "quote_end" | "figure_start" | "figure_end">): boolean {
  if (text === undefined || o.quote_end > text.length || o.figure_start < o.quote_start || o.figure_end > o.quote_end) return false;
  return compact(text.slice(o.quote_start, o.quote_end)) === compact(o.quote) && compact(text.slice(o.figure_start, o.figure_end)) === compact(o.figure);
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

/** The paragraph of a cleaned text that holds a stretch of it: between the blank lines around it. */
export function paragraphAround(text: string, start: number, end: number): {start: number; end: number} {
  const before = text.lastIndexOf("\n\n", start);
  const after = text.indexOf("\n\n", end);
  return {start: before === -1 ? 0 : before + 2, end: after === -1 ? text.length : after};
}

/** What the provenance panel shows for one observation. */
export function provenance(data: Pick<PageData, "years" | "status" | "byId" | "sources" | "places" | "texts">, o: Observation, lang: Lang, messages: Messages): Provenance {
  const source = data.sources.get(o.source_id)!;
  const text = data.texts.get(o.source_id);
  const series = roleIn(data, o);
  const state = figureStatus(data, o);
  const status = state ? messages.status[state] : "";
  return {
    id: o.observation_id,
    indicator: inLang(o, "indicator", lang),
    written: writtenFigure(o),
    formatted: formatFigure(o, lang),
    series: interpolate(messages.seriesWithYear, {series: interpolate(messages.series[series], placeWords(o.scope, data.places, lang)), year: o.year}),
    source: inLang(source, "title", lang),
    sourceId: source.id,
    issuer: inLang(source, "issuer", lang),
    date: source.date,
    documentNumber: source.document_number,
    status,
    ...(text !== undefined && quoteHolds(text, o)
      ? {paragraph: segmentsAround(text, paragraphAround(text, o.quote_start, o.quote_end).start, o, paragraphAround(text, o.quote_start, o.quote_end).end)}
      : {paragraph: [{text: o.quote, kind: "plain" as const}], unchecked: true as const}),
    translation: lang === "en" && o.quote_en ? o.quote_en : null
  };
}
