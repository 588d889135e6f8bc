import type {Source} from "../schema/dataset.ts";
import {interpolate} from "./narrative.ts";
import type {PageModel} from "./page-model.ts";
import {sourceParagraphs, type SourcePiece} from "./source-segments.ts";
import {linkTo} from "./url-state.ts";

export interface SourceDoc {
  source: Source;
  paragraphs: SourcePiece[][];
  /** Where each used figure links back to (its chart, or its row in the table of all figures). */
  links: Record<string, {href: string; label: string}>;
}

/** Each document cut into highlighted paragraphs, every used figure linked back to its chart or its row. */
export function sourceDocs({data, charts, lang, messages}: PageModel): SourceDoc[] {
  const charted = new Map<string, string>();
  for (const chart of charts.values()) for (const row of chart.table) if (!charted.has(row.id)) charted.set(row.id, chart.id);
  return [...data.sources.values()].map((source) => {
    const observations = data.observations.filter((r) => r.source_id === source.id);
    const links: SourceDoc["links"] = {};
    for (const o of observations) {
      const chart = charted.get(o.observation_id);
      links[o.observation_id] = {
        href: linkTo(lang, {hash: chart ? `chart-${chart}` : `all-${o.observation_id}`}),
        label: interpolate(messages.sourceView.figureLink, {indicator: lang === "zh" ? o.indicator_zh : o.indicator_en, figure: o.figure})
      };
    }
    return {source, paragraphs: sourceParagraphs(data.texts.get(source.id)!, observations), links};
  });
}
