import type {StoryContent} from "../schema/content.ts";
import {MARK_SERIES} from "./chart-model.ts";
import {chartRows} from "./chart-rows.ts";
import {deckTextOfStep} from "./deck-template.ts";
import type {ExplainerModel} from "./explainer-model.ts";
import {fillTemplate, fillText, type Piece} from "./narrative.ts";
import type {PageData} from "./page-data.ts";
import {callouts} from "./slide-chart.ts";
import type {StoryModel} from "./story-steps.ts";
import {statusPhrase} from "./summary-model.ts";
import {checkable} from "./tracker-rows.ts";
import {linkTo} from "./url-state.ts";

/** The id of a story step's chart: a briefing names it to show the step's rows, as the story draws them. */
export const stepChartId = (story: string, step: string) => `story-${story}-${step}`;

/** The story whose step draws the chart with this id (from the parts index's stories), or undefined. */
export function storyOfChart(stories: ReadonlyArray<{id: string}>, chart: string): string | undefined {
  return stories.find((s) => chart.startsWith(stepChartId(s.id, "")))?.id;
}

/** The story with this id in the content, or undefined. */
export function findStory(data: Pick<PageData, "content">, id: string | null): StoryContent | undefined {
  return data.content.stories.find((s) => s.id === id);
}

/**
 * The counts a story's opening and close speak of: {count} headline targets,
 * {judged} that can be checked against a 2022 figure, {unjudged} that cannot,
 * {noFigure} of those with no figure at all in the documents, and {breakdown} ("2 met, 1 on track and 1 too early to judge"): the first
 * screen's targets and counts, from the tracker's rows.
 */
export function storyValues(explainer: Pick<ExplainerModel, "lang" | "messages" | "tracker">): Record<string, string | number> {
  const headline = explainer.tracker.rows.filter((r) => r.group === "headline");
  const judged = headline.filter(checkable);
  const noFigure = headline.filter((r) => r.status === "no-figure").length;
  return {count: headline.length, judged: judged.length, unjudged: headline.length - judged.length, noFigure, breakdown: statusPhrase(judged.map((r) => r.status), explainer)};
}

/**
 * A story's steps, ready to show: each step's chart holds the step's rows (its
 * own list, or its explainer chart's), only the revealed series, rows of one
 * unit on one scale, and the figures the caption names called out when they
 * are some of what is drawn; captions and notes filled from the data.
 */
export function storyModel(story: StoryContent, explainer: ExplainerModel, data: Pick<PageData, "summaries" | "sources" | "places" | "content">): StoryModel {
  const {lang, messages, years} = explainer;
  const text = story[lang];
  if (text.steps.length !== story.steps.length) throw new Error(`story ${story.id} has ${story.steps.length} steps but its text has ${text.steps.length}`);
  const context = {lang, messages, summaries: data.summaries, years, verdicts: story.verdicts, values: storyValues(explainer)};
  const charts = new Map([explainer.scoreboard.chart, ...explainer.chapters.flatMap((c) => c.charts)].map((c) => [c.id, c]));
  // Every row of every step: a row's scale holds them all, so it stays put from slide to slide.
  const everyRow = [...new Set(story.steps.flatMap((step) => step.indicators ?? charts.get(step.chart)?.rows.map((r) => r.key) ?? []))].flatMap((id) => data.summaries.get(id) ?? []);
  return {
    id: story.id,
    title: text.title,
    cover: {subtitle: messages.title, ...(text.bottomLine ? {bottomLine: fillTemplate(text.bottomLine, context)} : {}), url: data.content.site?.url ? new URL(linkTo(lang, {story: story.id}), data.content.site.url).href : null, data: explainer.byline.data},
    steps: story.steps.map((step, i) => {
      const base = charts.get(step.chart);
      if (!base) throw new Error(`story ${story.id} step ${step.id}: no chart ${step.chart}`);
      const members = (step.indicators ?? base.rows.map((r) => r.key)).map((id) => {
        const summary = data.summaries.get(id);
        if (!summary) throw new Error(`story ${story.id} step ${step.id}: no indicator ${id}`);
        return summary;
      });
      const caption: Piece[] = fillTemplate(text.steps[i].caption, context);
      const named = new Set(caption.flatMap((p) => (typeof p === "string" ? [] : [p.observation.observation_id])));
      const drawn = members.flatMap((s) => step.reveal.map((series) => (series === "pace" ? s.paces?.summary.target : s[series])?.observation_id).filter((id): id is string => !!id));
      const title = fillText(text.steps[i].title, context);
      const chart = chartRows(members, {
        id: stepChartId(story.id, step.id), title, description: fillText(text.steps[i].caption, context), lang, messages, sources: data.sources, places: data.places, highlight: callouts(named, drawn), series: step.reveal, years,
        // No status before the step that reveals what it is judged on; axes that hold every step's figures, so marks enter without the scale moving.
        statuses: step.reveal.includes("actual") || step.reveal.includes("pace"),
        scaleFrom: MARK_SERIES,
        shareScales: true,
        scaleWith: everyRow,
        // The caption's figures are drawn or, like the plan's five-year target beside a yearly count, cited: the source line names each document.
        cited: caption.flatMap((p) => (typeof p === "string" ? [] : [p.observation.source_id]))
      });
      // A briefing shows the step's own chart, so its slide draws the same rows and figures and its words can name them as slots.
      return {number: i + 1, title, caption, notes: fillText(text.steps[i].notes, context), source: {chart: chart.id, text: deckTextOfStep(text.steps[i], context, chart)}, chart};
    })
  };
}
