import {chartRows, statusText, unitName, type ChartWithTable} from "./chart-rows.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {pluralForm} from "../i18n/format-number.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import {indicatorCsvPath, indicatorMetadataPath} from "../schema/data-files.ts";
import {statusInfo, summaryObservations, type IndicatorSummary} from "./indicator-summary.ts";
import type {PageData} from "./page-data.ts";
import {provenance, type Provenance} from "./provenance.ts";
import {inLang} from "../i18n/localized.ts";
import {METHOD_MESSAGES} from "../i18n/method-messages.ts";
import {BUILD_WORDS} from "../i18n/build-words.ts";

/** One target of the indicator, and how its status was judged, in words. */
export interface TargetMethod {
  id: string;
  /** Which target: its series, year and scope ("Dongcheng target (2022)"). */
  target: string;
  /** The status, with what is missing or the pace compared. */
  status: string;
  /** The method in a sentence. */
  method: string;
}

/** Indicators declared related to this one, under one kind of relation. */
export interface RelatedGroup {
  relation: "not-comparable" | "see-also" | "pace" | "paced-by";
  label: string;
  /** The related indicators, by id (each links to its page). */
  links: Array<{id: string; name: string; why: string}>;
}

export interface IndicatorDetail {
  id: string;
  name: string;
  domain: string;
  status: string;
  definition: string;
  /** The base unit every figure is converted to, as written (个, %, 人次), and in English what it counts. */
  unit: string;
  basis: string;
  direction: string;
  mainTarget: boolean;
  chart: ChartWithTable;
  methods: TargetMethod[];
  /** Every figure with its quote, and a target's own status (baselines and actuals have none of their own). */
  observations: Array<Provenance & {ownStatus: string}>;
  related: RelatedGroup[];
  /** The indicator's files in the indicator API, as paths from the site's root (the view makes them links from its page). */
  downloads: {csv: string; metadata: string};
}

const RELATION_ORDER: RelatedGroup["relation"][] = ["pace", "paced-by", "not-comparable", "see-also"];

/** The indicator's relations as declared on its side, each once (the build checks the other side declares the inverse: a pace is paced-by from its yearly indicator). */
function relatedGroups(id: string, data: PageData, lang: Lang, messages: Messages): RelatedGroup[] {
  const groups = new Map<RelatedGroup["relation"], RelatedGroup["links"]>();
  const add = (relation: RelatedGroup["relation"], other: string, why: string) => {
    const indicator = data.indicators.get(other);
    if (!indicator) return;
    const name = inLang(indicator, "name", lang);
    groups.set(relation, [...(groups.get(relation) ?? []), {id: other, name, why}]);
  };
  for (const r of data.relations) if (r.indicator_id === id) add(r.relation, r.related_id, inLang(r, "why", lang));
  return RELATION_ORDER.filter((r) => groups.has(r)).map((relation) => ({relation, label: BUILD_WORDS[lang].relations[relation], links: groups.get(relation)!}));
}

/** Each target of the indicator (the plan's, a year's, a district's) with its own status and method. */
function targetMethods(id: string, data: PageData, lang: Lang, messages: Messages, unit: string): TargetMethod[] {
  return [...data.status.values()].filter((s) => s.indicator_id === id).map((s) => {
    // The series names the scope where it is not the city's ("Dongcheng target (2022)").
    const target = provenance(data, data.byId.get(s.target_id)!, lang, messages).series;
    return {id: s.target_id, target, status: statusText(statusInfo(s, data.byId.get(s.target_id)!), messages, lang, unit, data.years), method: METHOD_MESSAGES[lang].statusMethod[s.method]};
  });
}

/** Everything about one indicator, for its page: what it counts, its status and how it is judged, its chart, every quote, its relations and its files. */
export function indicatorDetail(summary: IndicatorSummary, data: PageData, {lang, messages}: {lang: Lang; messages: Messages}): IndicatorDetail {
  const {observations, sources, years} = data;
  const {indicator} = summary;
  const name = inLang(indicator, "name", lang);
  const unit = indicator.unit;
  const status = statusText(summary.paces?.status ?? summary.status, messages, lang, unit, years) || messages.statusFilter.none;
  // Reading order: baseline, actual, targets; then anything else of this indicator.
  const ordered = summaryObservations(summary);
  const own = [...ordered, ...observations.filter((o) => o.indicator_id === indicator.id && !ordered.includes(o))];
  const basis = messages.basis[indicator.basis];
  return {
    id: indicator.id,
    name,
    domain: messages.domains[indicator.domain],
    status,
    definition: inLang(indicator, "definition", lang),
    unit: interpolate(messages.indicatorView.unitNamed, {unit, name: unitName(unit, lang, messages)}),
    basis: indicator.period_years ? `${basis}${messages.punctuation.comma}${interpolate(pluralForm(messages.indicatorView.periodYears, indicator.period_years, lang), {years: indicator.period_years})}` : basis,
    direction: BUILD_WORDS[lang].better[indicator.better],
    mainTarget: indicator.main_target,
    chart: chartRows([summary], {id: `indicator-${indicator.id}`, title: name, description: `${name}${messages.sep}${status}`, lang, messages, sources, places: data.places, years}),
    methods: targetMethods(indicator.id, data, lang, messages, unit),
    observations: own.map((o) => ({...provenance(data, o, lang, messages), ownStatus: o.status ? messages.status[o.status] : ""})),
    related: relatedGroups(indicator.id, data, lang, messages),
    downloads: {csv: `data/${indicatorCsvPath(indicator.id)}`, metadata: `data/${indicatorMetadataPath(indicator.id)}`}
  };
}
