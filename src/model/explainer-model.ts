import {chartRows, statusText, type ChartWithTable} from "./chart-rows.ts";
import {writtenFigure} from "../i18n/format-figure.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor, type Messages} from "../i18n/messages.ts";
import {CHAPTERS, NOT_COMPARABLE} from "./chapters.ts";
import {datasetYears, type DatasetYears} from "./dataset-years.ts";
import {roleOf, statusOf, summarise, type IndicatorSummary} from "./indicator-summary.ts";
import {fillTemplate, fillText, interpolate, type NarrativeContext, type Piece} from "./narrative.ts";
import type {Indicator, Observation, Source} from "../schema/dataset.ts";

export interface ChapterModel {
  id: string;
  title: string;
  narrative: Piece[][];
  charts: ChartWithTable[];
}

export interface ExplainerModel {
  lang: Lang;
  messages: Messages;
  years: DatasetYears;
  dek: string;
  scoreboard: {intro: string; takeaway: string; charts: ChartWithTable[]};
  chapters: ChapterModel[];
  comparisons: {dongcheng: Piece[]; notComparable: Piece[]; notComparableCharts: ChartWithTable[]; noCounterpart: Array<{name: string; observation: Observation; figure: string}>};
  method: {intro: string; items: string[]};
  /** Every observation, for the table of all figures (the anchor for figures no chart shows). */
  allFigures: Array<{id: string; indicator: string; domain: string; series: string; figure: string; source: string}>;
}

export interface ExplainerInput {
  observations: readonly Observation[];
  indicators: ReadonlyMap<string, Indicator>;
  sources: ReadonlyMap<string, Source>;
}

/** The scoreboard is Beijing against its five-year plan; district and yearly targets appear in the chapters. */
const SCOREBOARD_SERIES = ["baseline", "actual", "target"] as const;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Everything the page shows, for one language, derived from the data by pure functions. */
export function explainerModel({observations, indicators, sources}: ExplainerInput, lang: Lang): ExplainerModel {
  const messages = messagesFor(lang);
  const years = datasetYears(observations);
  const summaries = new Map(summarise(observations, indicators).map((s) => [s.indicator.id, s]));
  const context: NarrativeContext = {lang, messages, summaries, years};
  const get = (id: string): IndicatorSummary => {
    const s = summaries.get(id);
    if (!s) throw new Error(`no data for indicator ${id}`);
    return s;
  };
  // What hovering or focusing a figure in the text shows: as written, where from, and its status.
  const withTips = (pieces: Piece[]): Piece[] =>
    pieces.map((p) => {
      if (typeof p === "string") return p;
      const o = p.observation;
      const source = sources.get(o.source_id)!;
      const state = statusOf(o, summaries.get(o.indicator_id));
      const status = state ? messages.status[state] : "";
      return {...p, tip: [writtenFigure(o), lang === "zh" ? source.title_zh : source.title_en, status].filter(Boolean).join(" · ")};
    });
  const yearValues = {baseline: years.baseline, actual: years.actual, target: years.target, missing: years.missing.join(lang === "zh" ? "、" : ", ")};

  const main = [...summaries.values()].filter((s) => s.indicator.main_target && s.target);
  const byUnit = (unit: string) => main.filter((s) => s.target!.unit_base === unit);
  const met = main.filter((s) => s.status?.status === "met").length;
  const noData = main.filter((s) => s.status?.status === "no-data").length;
  const takeaway = interpolate(messages.scoreboard.takeaway, {count: main.length, met, noData, actual: years.actual});
  const scoreboardCharts = [
    chartRows(byUnit("%"), {id: "scoreboard-percent", title: messages.scoreboard.percentTitle, description: takeaway, lang, messages, sources, series: SCOREBOARD_SERIES, years}),
    chartRows(byUnit("年"), {id: "scoreboard-years", title: messages.scoreboard.yearsTitle, description: statusLine(get("new-workforce-schooling-years"), messages, lang, years), lang, messages, sources, series: SCOREBOARD_SERIES, years})
  ];

  const chapters = CHAPTERS.map((chapter): ChapterModel => {
    const text = messages.chapters[chapter.id];
    const narrative = text.narrative.map((t) => withTips(fillTemplate(t, context)));
    const highlight = new Set(narrative.flat().flatMap((p) => (typeof p === "string" ? [] : [p.observation.observation_id])));
    const title = fillText(text.title, context);
    return {
      id: chapter.id,
      title,
      narrative,
      charts: chapter.charts.map((chart) => {
        const members = chart.indicators.map(get);
        const description = members.map((s) => statusLine(s, messages, lang, years)).join(lang === "zh" ? "" : " ");
        return chartRows(members, {id: chart.id, title: members.map((s) => (lang === "zh" ? s.indicator.zh : s.indicator.en)).join(lang === "zh" ? "、" : "; "), description, lang, messages, sources, highlight, years});
      })
    };
  });

  const noCounterpart = [...summaries.values()]
    .filter((s) => s.baseline && !s.target && !s.annual)
    .map((s) => ({name: lang === "zh" ? s.indicator.zh : s.indicator.en, observation: s.baseline!, figure: fillText(`{baseline:${s.indicator.id}}`, context)}));

  return {
    lang,
    messages,
    years,
    dek: fillText(messages.dek, context),
    scoreboard: {intro: interpolate(messages.scoreboard.intro, yearValues), takeaway, charts: scoreboardCharts},
    chapters,
    comparisons: {
      dongcheng: withTips(fillTemplate(messages.comparisons.dongcheng.body, context)),
      notComparable: withTips(fillTemplate(messages.comparisons.notComparable.body, context)),
      notComparableCharts: NOT_COMPARABLE.map((id) => {
        const s = get(id);
        const name = lang === "zh" ? s.indicator.zh : s.indicator.en;
        return chartRows([s], {id: `compare-${id}`, title: name, description: statusLine(s, messages, lang, years), lang, messages, sources, years});
      }),
      noCounterpart
    },
    allFigures: observations.map((o) => {
      const series = roleOf(o, summaries.get(o.indicator_id));
      const source = sources.get(o.source_id)!;
      return {
        id: o.observation_id,
        indicator: lang === "zh" ? o.indicator_zh : o.indicator_en,
        domain: messages.domains[o.domain],
        series: interpolate(messages.seriesWithYear, {series: messages.series[series], year: o.year}),
        figure: fillText(`{${series}:${o.indicator_id}}`, context),
        source: lang === "zh" ? source.title_zh : source.title_en
      };
    }),
    method: {
      intro: messages.method.intro,
      items: messages.method.items.map((item) => interpolate(item, {...yearValues, due: percent((years.actual - years.baseline) / (years.target - years.baseline)), tolerance: percent(0.05)}))
    }
  };
}

/** A sentence-like line per indicator for a chart's accessible description. */
function statusLine(s: IndicatorSummary, messages: Messages, lang: Lang, years: DatasetYears): string {
  const name = lang === "zh" ? s.indicator.zh : s.indicator.en;
  const unit = (s.target ?? s.actual ?? s.baseline)!.unit_base;
  const status = s.status ? statusText(s.status, messages, lang, unit, years) : "";
  const sep = lang === "zh" ? "：" : ": ";
  const end = lang === "zh" ? "。" : ".";
  return status ? `${name}${sep}${status.replace(/[。.]$/, "")}${end}` : `${name}${end}`;
}
