import type {ChartMark, ChartModel} from "../model/chart-model.ts";
import {MARK_SERIES} from "../model/chart-model.ts";
import {wrapText} from "./wrap-text.ts";

export const FONT = 13;
const LABEL_LINE = 17;
const NOTE_LINE = 16;
export const LANE = 26; // Lanes 26px apart keep 24px targets from overlapping (WCAG 2.5.8).
const GAP = 14;
export const MARGIN = {left: 14, right: 18, bottom: 32};

export interface PlacedMark extends ChartMark {
  y: number;
  href: string;
  side: "left" | "right";
}

export interface ChartLayout {
  width: number;
  height: number;
  labels: Array<{y: number; text: string; kind: "label" | "note"}>;
  rules: number[];
  marks: PlacedMark[];
}

/**
 * Where everything of a chart goes, in pixels: row labels (wrapped), one lane
 * per figure, row rules, and the total height. It needs no Plot, so a page can
 * reserve a chart's exact space before the chart library has loaded.
 */
export function chartLayout(model: ChartModel, width: number): ChartLayout {
  const [x0, x1] = model.domain;
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const labels: ChartLayout["labels"] = [];
  const rules: number[] = [];
  const marks: PlacedMark[] = [];
  let y = 4;
  model.rows.forEach((row, i) => {
    if (i > 0) rules.push(y - GAP / 2);
    for (const line of wrapText(row.label, plotWidth, FONT)) labels.push({y: (y += LABEL_LINE) - 4, text: line, kind: "label"});
    if (row.note) for (const line of wrapText(row.note, plotWidth, FONT - 1)) labels.push({y: (y += NOTE_LINE) - 3, text: line, kind: "note"});
    const ordered = [...row.marks].sort((a, b) => MARK_SERIES.indexOf(a.series) - MARK_SERIES.indexOf(b.series));
    for (const mark of ordered) {
      const side = (mark.value - x0) / (x1 - x0) > 0.55 ? "left" : "right";
      marks.push({...mark, y: y + LANE / 2 + 2, href: mark.href ?? `#q-${encodeURIComponent(mark.id)}`, side});
      y += LANE;
    }
    y += GAP;
  });
  return {width, height: y + 36, labels, rules, marks};
}
