import type {StoryContent} from "../schema/content.ts";
import {MARK_SERIES} from "./chart-model.ts";
import {chartRows, type ChartWithTable} from "./chart-rows.ts";
import type {ExplainerModel} from "./explainer-model.ts";
import {fillTemplate, fillText, type Piece} from "./narrative.ts";
import type {PageData} from "./page-data.ts";
import {linkTo} from "./url-state.ts";

export interface StepModel {
  number: number;
  title: string;
  caption: Piece[];
  notes: string;
  chart: ChartWithTable;
}

export interface StoryModel {
  id: string;
  title: string;
  /** The handout's cover: what the story is part of, where it lives online (null when the build was not told the site's address), which data it shows. */
  cover: {subtitle: string; url: string | null; data: string};
  steps: StepModel[];
}

/** The story with this id in the content, or undefined. */
export function findStory(data: Pick<PageData, "content">, id: string | null): StoryContent | undefined {
  return data.content.stories.find((s) => s.id === id);
}

/**
 * A story's steps, ready to show: each step's chart holds the step's rows (its
 * own list, or its explainer chart's), only the revealed series, and the
 * called-out indicators ringed; captions and notes filled from the data.
 */
export function storyModel(story: StoryContent, explainer: ExplainerModel, data: Pick<PageData, "summaries" | "sources" | "content">): StoryModel {
  const {lang, messages, years} = explainer;
  const text = story[lang];
  if (text.steps.length !== story.steps.length) throw new Error(`story ${story.id} has ${story.steps.length} steps but its text has ${text.steps.length}`);
  const context = {lang, messages, summaries: data.summaries, years, verdicts: story.verdicts};
  const charts = new Map([explainer.scoreboard.chart, ...explainer.chapters.flatMap((c) => c.charts)].map((c) => [c.id, c]));
  return {
    id: story.id,
    title: text.title,
    cover: {subtitle: messages.title, url: data.content.site?.url ? new URL(linkTo(lang, {story: story.id}), data.content.site.url).href : null, data: explainer.byline.data},
    steps: story.steps.map((step, i) => {
      const base = charts.get(step.chart);
      if (!base) throw new Error(`story ${story.id} step ${step.id}: no chart ${step.chart}`);
      const members = (step.indicators ?? base.rows.map((r) => r.key)).map((id) => {
        const summary = data.summaries.get(id);
        if (!summary) throw new Error(`story ${story.id} step ${step.id}: no indicator ${id}`);
        return summary;
      });
      const highlight = new Set(
        members
          .filter((s) => step.highlight?.includes(s.indicator.id))
          .flatMap((s) => step.reveal.map((series) => (series === "pace" ? s.paces?.summary.target : s[series])?.observation_id).filter((id): id is string => !!id))
      );
      return {
        number: i + 1,
        title: fillText(text.steps[i].title, context),
        caption: fillTemplate(text.steps[i].caption, context),
        notes: fillText(text.steps[i].notes, context),
        chart: chartRows(members, {
          id: `story-${story.id}-${step.id}`, title: fillText(text.steps[i].title, context), description: fillText(text.steps[i].caption, context), lang, messages, sources: data.sources, highlight, series: step.reveal, years,
          // No status before the step that reveals what it is judged on; axes that hold every step's figures, so marks enter without the scale moving.
          statuses: step.reveal.includes("actual") || step.reveal.includes("pace"),
          scaleFrom: MARK_SERIES
        })
      };
    })
  };
}
