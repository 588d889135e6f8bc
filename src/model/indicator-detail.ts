import {chartRows, statusText, type ChartWithTable} from "./chart-rows.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import {summaryObservations, type IndicatorSummary} from "./indicator-summary.ts";
import type {PageData} from "./page-data.ts";
import {provenance, type Provenance} from "./provenance.ts";

export interface IndicatorDetail {
  id: string;
  name: string;
  domain: string;
  status: string;
  chart: ChartWithTable;
  observations: Provenance[];
}

/** Everything about one indicator, for its permalink: its status, its chart and every quote. */
export function indicatorDetail(summary: IndicatorSummary, data: PageData, {lang, messages}: {lang: Lang; messages: Messages}): IndicatorDetail {
  const {observations, sources, years} = data;
  const name = lang === "zh" ? summary.indicator.name_zh : summary.indicator.name_en;
  const unit = summary.indicator.unit;
  const status = statusText(summary.paces?.status ?? summary.status, messages, lang, unit, years) || messages.statusFilter.none;
  // Reading order: baseline, actual, targets; then anything else of this indicator.
  const ordered = summaryObservations(summary);
  const own = [...ordered, ...observations.filter((o) => o.indicator_id === summary.indicator.id && !ordered.includes(o))];
  return {
    id: summary.indicator.id,
    name,
    domain: messages.domains[summary.indicator.domain],
    status,
    chart: chartRows([summary], {id: `indicator-${summary.indicator.id}`, title: name, description: `${name}${messages.sep}${status}`, lang, messages, sources, years}),
    observations: own.map((o) => provenance(data, o, lang, messages))
  };
}
