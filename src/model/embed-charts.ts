import type {ChartWithTable} from "./chart-rows.ts";
import type {ExplainerModel} from "./explainer-model.ts";

/** Every chart of the explainer, in page order. */
export function explainerCharts(model: ExplainerModel): ChartWithTable[] {
  return [...model.scoreboard.charts, ...model.chapters.flatMap((chapter) => chapter.charts), ...model.comparisons.notComparableCharts];
}

/** The explainer's chart with this id, or undefined. */
export function chartById(model: ExplainerModel, id: string): ChartWithTable | undefined {
  return explainerCharts(model).find((chart) => chart.id === id);
}
