import * as aq from "arquero";
import type {IndicatorRecord, SourceRecord} from "../../schema/records.ts";
import {SERIES} from "../../schema/records.ts";
import type {ExtractedFigure} from "../extract/extracted-figure.ts";

type Table = ReturnType<typeof aq.from>;

/**
 * The first table stage (after OWID's grapher: inputTable → …): the verified
 * figures, each joined to its indicator's names and domain and its source's
 * title, in reading order: by the catalogue's order of indicators, then year,
 * series (baseline, target, actual), scope, source and place in the source.
 */
export function observationTable(figures: readonly ExtractedFigure[], catalogue: readonly IndicatorRecord[], sources: readonly SourceRecord[]): Table {
  const indicators = aq.from(catalogue.map((i, order) => ({indicator_id: i.id, indicator_zh: i.zh, indicator_en: i.en, domain: i.domain, catalogue_order: order})));
  const documents = aq.from(sources.map((s) => ({source_id: s.id, source_title: s.title_zh})));
  const seriesOrder = aq.from(SERIES.map((series, order) => ({series, series_order: order})));
  return aq
    .from(figures as ExtractedFigure[])
    .lookup(indicators, "indicator_id", ["indicator_zh", "indicator_en", "domain", "catalogue_order"])
    .lookup(documents, "source_id", ["source_title"])
    .lookup(seriesOrder, "series", ["series_order"])
    .orderby("catalogue_order", "year", "series_order", "scope", "source_id", "quote_start")
    .select(aq.not("catalogue_order", "series_order"))
    .reify();
}
