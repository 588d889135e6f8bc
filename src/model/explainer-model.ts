import type {ComparisonTexts} from "../schema/content.ts";
import type {Observation} from "../schema/dataset.ts";
import type {DatasetYears} from "../schema/roles.ts";
import {formatFigure, writtenFigure} from "../i18n/format-figure.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor, type Messages} from "../i18n/messages.ts";
import {chartRows, statusText, type ChartWithTable} from "./chart-rows.ts";
import type {IndicatorSummary} from "./indicator-summary.ts";
import {fillTemplate, fillText, interpolate, type NarrativeContext, type Piece} from "./narrative.ts";
import {figureStatus, roleIn, type PageData} from "./page-data.ts";

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
  comparisons: {
    texts: ComparisonTexts;
    dongcheng: Piece[];
    /** The chapter chart that shows the district's figure the comparison talks about, with its chapter's title. */
    dongchengChart?: {id: string; title: string};
    notComparable: Piece[];
    notComparableCharts: ChartWithTable[];
    noCounterpart: Array<{name: string; observation: Observation; figure: string}>;
  };
  method: {intro: string; items: string[]};
  /** The stories a presenter can open, by id, in order. */
  stories: string[];
  /** Every observation, for the table of all figures (the anchor for figures no chart shows). */
  allFigures: Array<{id: string; indicator: string; domain: string; series: string; figure: string; source: string}>;
}

/** The scoreboard is the city against its five-year plan; district and yearly targets appear in the chapters. */
const SCOREBOARD_SERIES = ["baseline", "actual", "target"] as const;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Everything the explainer shows, for one language, derived from the page data and the content by pure functions. */
export function explainerModel(data: PageData, lang: Lang): ExplainerModel {
  const {summaries, years, sources, content} = data;
  const messages = messagesFor(lang);
  const context = (verdicts = content.explainer.verdicts): NarrativeContext => ({lang, messages, summaries, years, verdicts});
  const get = (id: string): IndicatorSummary => {
    const s = summaries.get(id);
    if (!s) throw new Error(`no data for indicator ${id}`);
    return s;
  };
  const name = (s: IndicatorSummary) => (lang === "zh" ? s.indicator.name_zh : s.indicator.name_en);
  const sourceTitle = (id: string) => (lang === "zh" ? sources.get(id)!.title_zh : sources.get(id)!.title_en);
  // What hovering or focusing a figure in the text shows: as written, where from, and where it stands.
  const withTips = (pieces: Piece[]): Piece[] =>
    pieces.map((p) => {
      if (typeof p === "string") return p;
      const state = figureStatus(data, p.observation);
      return {...p, tip: [writtenFigure(p.observation), sourceTitle(p.observation.source_id), state ? messages.status[state] : ""].filter(Boolean).join(" · ")};
    });
  const statusLine = (s: IndicatorSummary) => {
    const status = statusText(s.paces?.status ?? s.status, messages, lang, s.indicator.unit, years);
    return status ? `${name(s)}${messages.sep}${status.replace(/[。.]$/, "")}${lang === "zh" ? "。" : "."}` : `${name(s)}${lang === "zh" ? "。" : "."}`;
  };
  const yearValues = {baseline: years.baseline, actual: years.actual, target: years.target, missing: years.missing.join(lang === "zh" ? "、" : ", ")};
  const chart = (members: IndicatorSummary[], options: {id: string; title: string; description: string; highlight?: ReadonlySet<string>; series?: typeof SCOREBOARD_SERIES}) =>
    chartRows(members, {...options, lang, messages, sources, years, embeddable: true});

  const main = [...summaries.values()].filter((s) => s.indicator.main_target && s.target);
  const byUnit = (unit: string) => main.filter((s) => s.indicator.unit === unit);
  const count = (status: string) => main.filter((s) => s.status?.status === status).length;
  const text = content.explainer.scoreboard[lang];
  const takeaway = fillText(text.takeaway, {...context(), values: {count: main.length, met: count("met"), noData: count("no-data")}});
  const scoreboardCharts = [
    chart(byUnit("%"), {id: "scoreboard-percent", title: messages.scoreboard.percentTitle, description: takeaway, series: SCOREBOARD_SERIES}),
    chart(byUnit("年"), {id: "scoreboard-years", title: messages.scoreboard.yearsTitle, description: byUnit("年").map(statusLine).join(" "), series: SCOREBOARD_SERIES})
  ].filter((c) => c.rows.length);

  const chapters = content.chapters.map((chapter): ChapterModel => {
    const own = context(chapter.verdicts);
    const narrative = chapter[lang].narrative.map((t) => withTips(fillTemplate(t, own)));
    const highlight = new Set(narrative.flat().flatMap((p) => (typeof p === "string" ? [] : [p.observation.observation_id])));
    return {
      id: chapter.id,
      title: fillText(chapter[lang].title, own),
      narrative,
      charts: chapter.charts.map((c) => {
        const members = c.indicators.map(get);
        return chart(members, {id: c.id, title: members.map(name).join(lang === "zh" ? "、" : "; "), description: members.map(statusLine).join(lang === "zh" ? "" : " "), highlight});
      })
    };
  });

  const noCounterpart = [...summaries.values()]
    .filter((s) => s.baseline && !s.target && !s.annual && !s.paces)
    .map((s) => ({name: name(s), observation: s.baseline!, figure: fillText(`{baseline:${s.indicator.id}}`, context())}));
  const comparisons = content.explainer.comparisons;
  const dongcheng = withTips(fillTemplate(comparisons[lang].dongcheng.body, context()));
  const talkedAbout = new Set(dongcheng.flatMap((p) => (typeof p === "string" ? [] : [p.observation.observation_id])));
  const dongchengChapter = chapters.find((c) => c.charts.some((chart) => chart.table.some((row) => talkedAbout.has(row.id))));
  const dongchengChart = dongchengChapter?.charts.find((chart) => chart.table.some((row) => talkedAbout.has(row.id)));

  return {
    lang,
    messages,
    years,
    dek: fillText(content.explainer.dek[lang], context()),
    scoreboard: {intro: fillText(text.intro, context()), takeaway, charts: scoreboardCharts},
    chapters,
    comparisons: {
      texts: comparisons[lang],
      dongcheng,
      ...(dongchengChart ? {dongchengChart: {id: dongchengChart.id, title: dongchengChapter!.title}} : {}),
      notComparable: withTips(fillTemplate(comparisons[lang].notComparable.body, context())),
      notComparableCharts: comparisons.notComparable.map((id) => chart([get(id)], {id: `compare-${id}`, title: name(get(id)), description: statusLine(get(id))})),
      noCounterpart
    },
    stories: content.stories.map((s) => s.id),
    allFigures: data.observations.map((o) => {
      const role = roleIn(data, o);
      return {
        id: o.observation_id,
        indicator: lang === "zh" ? o.indicator_zh : o.indicator_en,
        domain: messages.domains[o.domain],
        series: interpolate(messages.seriesWithYear, {series: messages.series[role], year: o.year}),
        figure: formatFigure(o, lang),
        source: sourceTitle(o.source_id)
      };
    }),
    method: {
      intro: messages.method.intro,
      items: messages.method.items.map((item) => interpolate(item, {...yearValues, due: percent((years.actual - years.baseline) / (years.target - years.baseline)), tolerance: percent(0.05)}))
    }
  };
}
