import type {ChartModel} from "../model/chart-model.ts";
import type {ChartKind} from "../schema/content.ts";
import {indicatorChart, type IndicatorChartOptions} from "./indicator-chart.ts";
import {lineChart} from "./line-chart.ts";

/** The builder of each kind of chart (src/schema/content.ts): a new kind is a builder here, and its height in chart-heights.ts. */
const BUILDERS: Record<ChartKind, (model: ChartModel, options?: IndicatorChartOptions) => SVGSVGElement> = {
  rows: indicatorChart,
  line: lineChart
};

/** A chart drawn by the builder of its kind, in the browser or in Node. */
export function drawChart(model: ChartModel, options: IndicatorChartOptions = {}): SVGSVGElement {
  return BUILDERS[model.kind ?? "rows"](model, options);
}
