import type {MarkSeries} from "./chart-model.ts";

/**
 * A story is data: an ordered list of steps, each a saved view (which chart,
 * which series are revealed, which indicators are called out). Captions and
 * speaker notes live in src/i18n under the story's id, one per step.
 */
export interface StoryStep {
  id: string;
  /** An explainer chart id (scoreboard-percent, school-places, preschool-rates…). */
  chart: string;
  /** The figures shown: steps reveal baseline, then targets, then actuals. */
  reveal: readonly MarkSeries[];
  /** Indicators whose figures the caption talks about. */
  highlight?: readonly string[];
}

export interface Story {
  id: string;
  steps: readonly StoryStep[];
}

export const STORIES: readonly Story[] = [
  {
    id: "plan",
    steps: [
      {id: "baseline", chart: "scoreboard-percent", reveal: ["baseline"], highlight: ["nearby-enrolment-rate", "education-share-of-public-spending"]},
      {id: "targets", chart: "scoreboard-percent", reveal: ["baseline", "target"], highlight: ["preschool-enrolment-rate", "compulsory-teacher-degree-share"]},
      {id: "actuals", chart: "scoreboard-percent", reveal: ["baseline", "target", "actual"], highlight: ["preschool-enrolment-rate", "nearby-enrolment-rate", "public-kindergarten-coverage"]},
      {id: "places", chart: "school-places", reveal: ["target", "annual", "actual"], highlight: ["school-places-added"]},
      {id: "behind", chart: "schools-built", reveal: ["target", "actual"], highlight: ["schools-built-or-expanded"]},
      {id: "dongcheng", chart: "preschool-rates", reveal: ["target", "actual", "district"], highlight: ["preschool-enrolment-rate"]}
    ]
  }
];

export function findStory(id: string | null): Story | undefined {
  return STORIES.find((s) => s.id === id);
}
