import type {ChartModel} from "../model/chart-model.ts";
import type {ChartKind} from "../schema/content.ts";
import {chartLayout, type LayoutOptions} from "./chart-layout.ts";

/** The height a line chart takes at a width: wide enough to read a slope on a phone, never taller than a screen. */
export function lineChartHeight(width: number): number {
  return Math.round(Math.min(420, Math.max(220, width * 0.55)));
}

/** Each kind's height at a width, without drawing (and without Plot): the space a figure keeps until its chart is drawn. */
const HEIGHTS: Record<ChartKind, (model: ChartModel, width: number, options: Pick<LayoutOptions, "dense">) => number> = {
  rows: (model, width, {dense}) => chartLayout(model, width, {dense}).height,
  line: (_model, width) => lineChartHeight(width)
};

export function chartHeight(model: ChartModel, width: number, options: Pick<LayoutOptions, "dense"> = {}): number {
  return HEIGHTS[model.kind ?? "rows"](model, width, options);
}
