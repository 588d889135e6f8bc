/** The source view, loaded when first opened. */
import type {ExplainerModel} from "../model/explainer-model.ts";
import type {PageData} from "../model/page-data.ts";
import {interpolate} from "../model/narrative.ts";
import {sourceParagraphs} from "../model/source-segments.ts";
import type {SourceDoc} from "../components/bj-source-view.ts";
import "../components/bj-source-view.ts";

/** Each document cut into highlighted paragraphs, every used figure linked back to its chart or its row. */
export function sourceDocs(data: PageData, model: ExplainerModel): SourceDoc[] {
  const charted = new Map<string, string>();
  for (const chart of [...model.scoreboard.charts, ...model.chapters.flatMap((c) => c.charts)]) {
    for (const row of chart.table) if (!charted.has(row.id)) charted.set(row.id, chart.id);
  }
  const {lang} = model;
  const base = lang === "en" ? "?lang=en" : "?";
  return [...data.sources.values()].map((source) => {
    const observations = data.observations.filter((r) => r.source_id === source.id);
    const links: SourceDoc["links"] = {};
    for (const o of observations) {
      const chart = charted.get(o.observation_id);
      links[o.observation_id] = {
        href: chart ? `${base}#chart-${chart}` : `${base}#all-${o.observation_id}`,
        label: interpolate(model.messages.sourceView.figureLink, {indicator: lang === "zh" ? o.indicator_zh : o.indicator_en, figure: o.figure})
      };
    }
    return {source, paragraphs: sourceParagraphs(data.texts.get(source.id)!, observations), links};
  });
}
