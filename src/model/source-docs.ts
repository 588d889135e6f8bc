import type {Source} from "../schema/dataset.ts";
import {formatFigure} from "../i18n/format-figure.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {PageModel} from "./page-model.ts";
import {sourceParagraphs, type SourcePiece} from "./source-segments.ts";
import type {StatePatch} from "./url-state.ts";
import {quoteHolds} from "./provenance.ts";
import {inLang} from "../i18n/localized.ts";

export interface SourceDoc {
  source: Source;
  paragraphs: SourcePiece[][];
  /** Where each used figure links back to (its chart, or its indicator's page), as a link target (src/model/url-state.ts). */
  links: Record<string, {to: StatePatch; label: string}>;
}

/** Each document cut into highlighted paragraphs, every used figure linked back to its chart or to its indicator's page. */
export function sourceDocs({data, charts, lang, messages}: PageModel): SourceDoc[] {
  const charted = new Map<string, string>();
  for (const chart of charts.values()) for (const row of chart.table) if (!charted.has(row.id)) charted.set(row.id, chart.id);
  return [...data.sources.values()].map((source) => {
    const observations = data.observations.filter((r) => r.source_id === source.id);
    const links: SourceDoc["links"] = {};
    for (const o of observations) {
      const chart = charted.get(o.observation_id);
      links[o.observation_id] = {
        to: chart ? {hash: `chart-${chart}`} : {indicator: o.indicator_id, hash: `obs-${o.observation_id}`},
        label: interpolate(messages.sourceView.figureLink, {indicator: inLang(o, "indicator", lang), figure: formatFigure(o, lang)})
      };
    }
    const text = data.texts.get(source.id)!;
    // Only a quote the text holds where its offsets say is highlighted (provenance.ts).
    return {source, paragraphs: sourceParagraphs(text, observations.filter((o) => quoteHolds(text, o))), links};
  });
}
