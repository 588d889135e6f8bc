import type {ChartKind} from "../schema/content.ts";
import type {Observation} from "../schema/dataset.ts";
import type {DatasetYears} from "../schema/roles.ts";
import {formatDate} from "../formats/date-parts.ts";
import {displayFigureZh, formatFigure} from "../i18n/format-figure.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor, type Messages} from "../i18n/messages.ts";
import {chartRows, statusText, type ChartWithTable} from "./chart-rows.ts";
import type {IndicatorSummary} from "./indicator-summary.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {methodText} from "../i18n/method-messages.ts";
import {fillTemplate, fillText, type NarrativeContext, type Piece} from "./narrative.ts";
import {figureStatus, type PageData} from "./page-data.ts";
import {firstScreenSummary, STATUS_ORDER, statusBreakdown, statusCounts, type FirstScreenSummary} from "./summary-model.ts";
import {trackerModel, type TrackerModel} from "./tracker-model.ts";
import {trackerRows} from "./tracker-rows.ts";
import {inLang} from "../i18n/localized.ts";
import {comparisonsModel, type ComparisonsModel} from "./comparisons-model.ts";

export interface ChapterModel {
  id: string;
  title: string;
  narrative: Piece[][];
  charts: ChartWithTable[];
}

/** A main target with no comparable figure yet: named, with what the documents do say, and why. */
export interface PendingTarget {
  id: string;
  name: string;
  target: Observation;
  figure: string;
  /** Why it cannot be judged; "" when it is what the list's intro says of all (no figure in the documents). */
  why: string;
}

export interface ExplainerModel {
  lang: Lang;
  messages: Messages;
  years: DatasetYears;
  dek: string;
  /** The first screen: how many headline targets can be checked, and what those with a figure show. */
  summary: FirstScreenSummary;
  /** Every target, the plan's and the district's, with its figures, verdict and sentence. */
  tracker: TrackerModel;
  scoreboard: {heading: string; intro: string; chart: ChartWithTable; pending: {title: string; intro: string; targets: PendingTarget[]}};
  chapters: ChapterModel[];
  comparisons: ComparisonsModel;
  method: {intro: string; items: string[]};
  /**
   * Who made it, how recent its figures are and when they were released, and
   * where to report an error (only when the build was given a contact); the
   * site's address (null when the build was not told it).
   */
  byline: {by: string; data: string; report: {text: string; href: string} | null; homepage: string | null};
  /** The stories a presenter can open, by id, in order. */
  stories: string[];
}

/** The scoreboard is the city against its five-year plan; yearly targets and paces appear in the chapters. */
const SCOREBOARD_SERIES = ["baseline", "actual", "target"] as const;

/** Everything the explainer shows, for one language, derived from the page data and the content by pure functions. */
export function explainerModel(data: PageData, lang: Lang): ExplainerModel {
  const {summaries, years, sources, content} = data;
  const messages = messagesFor(lang);
  const p = messages.punctuation;
  const context = (verdicts = content.explainer.verdicts): NarrativeContext => ({lang, messages, summaries, years, verdicts});
  const get = (id: string): IndicatorSummary => {
    const s = summaries.get(id);
    if (!s) throw new Error(`no data for indicator ${id}`);
    return s;
  };
  const name = (s: IndicatorSummary) => inLang(s.indicator, "name", lang);
  const sourceTitle = (id: string) => inLang(sources.get(id)!, "title", lang);
  // What hovering or focusing a figure in the text shows: as the source writes it (less its spacing: 99%以上), where from, and where it stands.
  const withTips = (pieces: Piece[]): Piece[] =>
    pieces.map((p) => {
      if (typeof p === "string") return p;
      const state = figureStatus(data, p.observation);
      return {...p, tip: [displayFigureZh(p.observation), sourceTitle(p.observation.source_id), state ? messages.status[state] : ""].filter(Boolean).join(" · ")};
    });
  const statusLine = (s: IndicatorSummary) => {
    const status = statusText(s.paces?.status ?? s.status, messages, lang, s.indicator.unit, years);
    return status ? `${name(s)}${messages.sep}${status.replace(/[。.]$/, "")}${p.stop}` : `${name(s)}${p.stop}`;
  };
  const chart = (members: IndicatorSummary[], options: {id: string; title: string; subtitle: string; kind?: ChartKind; highlight?: ReadonlySet<string>; series?: typeof SCOREBOARD_SERIES}) =>
    chartRows(members, {...options, description: members.map(statusLine).join(p.space), lang, messages, sources, places: data.places, years, embeddable: true});

  // The scoreboard: main targets with a figure to compare in the chart; the others listed, with what is missing.
  const main = [...summaries.values()].filter((s) => s.indicator.main_target && s.target);
  const board = content.explainer.scoreboard[lang];
  // Rows with news first: met, on track, behind, moving away, then those that cannot be judged.
  const rank = (s: IndicatorSummary) => STATUS_ORDER.indexOf(s.status?.status ?? "no-figure");
  const charted = main.filter((s) => s.actual).sort((a, b) => rank(a) - rank(b));
  // Why each cannot be judged, unless it is what the list's intro says of all of them (no figure in the documents).
  const pending = main.filter((s) => !s.actual).map((s) => ({id: s.indicator.id, name: name(s), target: s.target!, figure: `${interpolate(messages.seriesShort.target, {year: s.target!.year})}${messages.sep}${formatFigure(s.target!, lang)}`, why: (s.status?.status ?? "no-figure") === "no-figure" ? "" : statusText(s.status, messages, lang, s.indicator.unit, years)}));

  const chapters = content.chapters.map((chapter): ChapterModel => {
    const own = context(chapter.verdicts);
    const narrative = chapter[lang].narrative.map((t) => withTips(fillTemplate(t, own)));
    const highlight = new Set(narrative.flat().flatMap((p) => (typeof p === "string" ? [] : [p.observation.observation_id])));
    return {
      id: chapter.id,
      title: fillText(chapter[lang].title, own),
      narrative,
      charts: chapter.charts.map((c) => chart(c.indicators.map(get), {id: c.id, kind: c.kind, title: fillText(c[lang].title, own), subtitle: fillText(c[lang].subtitle, own), highlight}))
    };
  });
  const texts = data.content.tracker[lang];
  const rows = trackerRows({status: [...data.status.values()], byId: data.byId, observations: data.observations, indicators: data.indicators, texts, context: context()});
  const fill = (template: string) => fillText(template, {...context(), values: {count: rows.length}});

  return {
    lang,
    messages,
    years,
    dek: fillText(content.explainer.dek[lang], context()),
    summary: firstScreenSummary(rows, texts, context()),
    tracker: trackerModel(rows, {lang, messages, heading: fill(texts.heading), intro: fill(texts.intro), caption: fill(texts.caption), groupLabels: {headline: fill(texts.groups.headline), other: fill(texts.groups.other), district: fill(texts.groups.district)}, baselineYear: years.baseline}),
    scoreboard: {
      heading: fillText(board.heading, context()),
      intro: fillText(board.intro, context()),
      // The title is the chart's finding: counts of the targets it shows, by status.
      chart: chart(charted, {id: "scoreboard", title: fillText(board.title, {...context(), values: {...statusCounts(charted), breakdown: statusBreakdown(charted, {lang, messages})}}), subtitle: fillText(board.subtitle, context()), series: SCOREBOARD_SERIES}),
      pending: {title: fillText(board.noDataTitle, context()), intro: fillText(board.noDataIntro, context()), targets: pending}
    },
    chapters,
    comparisons: comparisonsModel(content.explainer.comparisons[lang], data.places.values(), (body) => withTips(fillTemplate(body, context()))),
    byline: {
      by: interpolate(messages.byline.by, {project: content.explainer.project.name[lang]}),
      data: content.release ? interpolate(messages.byline.data, {year: years.actual, version: content.release.version, date: formatDate(content.release.date, lang)}) : "",
      report: content.site?.contact ? {text: messages.byline.report, href: content.site.contact} : null,
      homepage: content.site?.url ?? null
    },
    stories: content.stories.map((s) => s.id),
    method: methodText(lang, years)
  };
}
