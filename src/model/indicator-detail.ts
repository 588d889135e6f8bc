import {chartRows, statusText, type ChartWithTable} from "./chart-rows.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import type {DatasetYears} from "./dataset-years.ts";
import {summaryObservations, type IndicatorSummary} from "./indicator-summary.ts";
import {provenance, type Provenance} from "./provenance.ts";
import type {Observation, Source} from "../schema/dataset.ts";

export interface IndicatorDetail {
  id: string;
  name: string;
  domain: string;
  status: string;
  chart: ChartWithTable;
  observations: Provenance[];
}

/** Everything about one indicator, for its permalink: its status, its chart and every quote. */
export function indicatorDetail(summary: IndicatorSummary, observations: readonly Observation[], {lang, messages, sources, texts, years}: {lang: Lang; messages: Messages; sources: ReadonlyMap<string, Source>; texts: ReadonlyMap<string, string>; years: DatasetYears}): IndicatorDetail {
  const name = lang === "zh" ? summary.indicator.zh : summary.indicator.en;
  const unit = (summary.target ?? summary.actual ?? summary.baseline ?? observations[0]).unit_base;
  const status = summary.status ? statusText(summary.status, messages, lang, unit, years) : messages.statusFilter["no-target"];
  // Reading order: baseline, actual, targets; then anything else of this indicator.
  const ordered = summaryObservations(summary);
  const own = [...ordered, ...observations.filter((o) => o.indicator_id === summary.indicator.id && !ordered.includes(o))];
  return {
    id: summary.indicator.id,
    name,
    domain: messages.domains[summary.indicator.domain],
    status,
    chart: chartRows([summary], {id: `indicator-${summary.indicator.id}`, title: name, description: `${name}${messages.sep}${status}`, lang, messages, sources, years}),
    observations: own.map((o) => provenance(o, texts.get(o.source_id)!, sources.get(o.source_id)!, summary, lang, messages))
  };
}
