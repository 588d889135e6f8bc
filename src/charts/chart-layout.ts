import type {ChartMark, ChartModel, ChartRow} from "../model/chart-model.ts";
import {MARK_SERIES} from "../model/chart-model.ts";
import {rowTicks, type Tick} from "./row-ticks.ts";
import {fitLabel, type FittedLabel} from "./fit-label.ts";
import {wrapText} from "./wrap-text.ts";
import {markHref} from "./mark-href.ts";

export const FONT = 13;
const LABEL_LINE = 17;
const NOTE_LINE = 16;
/** Lanes at least 26 px apart keep the 24 px targets of two marks from overlapping (WCAG 2.5.8). */
export const LANE = 26;
const MARK_LINE = 16;
const AXIS = 24;
const GAP = 18;
/**
 * Room the text may use at the edges; marks sit a target's half-width further in, so a target never leaves the chart.
 * The right keeps a gutter: the last tick's label and a label beside a mark near the end stop short of the edge
 * (at 6 px, a phone's "96%" and a called-out label's box touched it: the estimates run a few pixels short).
 */
export const MARGIN = {left: 4, right: 12};
export const HIT = 12;
/** An arrow for "or more" (以上, 超过): this long, and never past the plot's edge. */
export const ARROW = 20;
/** The band of an "about" (左右) figure: this share either side of it. */
export const TOLERANCE = 0.05;

export interface PlacedMark extends ChartMark {
  x: number;
  y: number;
  href: string;
  /** Where the shape reaches to the right and left of x (arrow, band, ring), in pixels. */
  reach: {left: number; right: number};
  /** Half the width of an "about" figure's band, in pixels (0 for others). */
  band: number;
  fitted: FittedLabel;
}

export interface PlacedRow {
  row: ChartRow;
  top: number;
  /** Row label and note lines, each with its baseline. */
  lines: Array<{y: number; text: string; kind: "label" | "note"}>;
  axisY: number;
  ticks: Tick[];
  /** The row's scale in pixels. */
  x: (value: number) => number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: {left: number; right: number};
  rows: PlacedRow[];
  marks: PlacedMark[];
}

/** How far a mark's shape reaches either side of its position. */
function reachOf(m: ChartMark, x: (v: number) => number, right: number): {left: number; right: number} {
  const base = m.highlight ? 11 : 7;
  if (m.comparator === "approx") {
    const half = Math.max(Math.abs(x(m.value * (1 + TOLERANCE)) - x(m.value)), 3);
    return {left: Math.max(base, half), right: Math.max(base, half)};
  }
  if (m.series !== "baseline" && m.series !== "actual" && (m.comparator === "ge" || m.comparator === "gt")) {
    const end = m.upper != null ? x(m.upper) : x(m.value) + ARROW;
    return {left: base, right: Math.max(base, Math.min(end, right) - x(m.value) + 5)};
  }
  if (m.series !== "baseline" && m.series !== "actual" && (m.comparator === "le" || m.comparator === "lt")) return {left: ARROW + 5, right: base};
  return {left: base, right: base};
}

export interface LayoutOptions {
  linkBase?: string | URL;
  /**
   * Lanes and rows closer together: a chart always drawn larger than its
   * design size (a slide's, at least 16/13 of it), whose marks' targets stay
   * 24 px or more on screen and whose rows must fit a slide's height.
   */
  dense?: boolean;
}

/** A slide's spacing: lanes of 22 px (27 px or more on screen) and 10 px between rows. */
const DENSE = {lane: 22, gap: 10};

/**
 * Where everything of a chart goes, in pixels, at a width: per row, its label
 * and status note (wrapped), one lane per figure with its label placed where
 * it fits (or wrapped), and an axis of its own with ticks that do not touch.
 * Pure, and needs no Plot: a page can reserve a chart's exact space before
 * the chart library has loaded, and the build draws the same in Node.
 */
export function chartLayout(model: ChartModel, width: number, {linkBase, dense = false}: LayoutOptions = {}): ChartLayout {
  const [laneMin, gap] = dense ? [DENSE.lane, DENSE.gap] : [LANE, GAP];
  const plot = {left: MARGIN.left + HIT, right: width - MARGIN.right - HIT};
  const bounds = {left: MARGIN.left, right: width - MARGIN.right};
  const rows: PlacedRow[] = [];
  const marks: PlacedMark[] = [];
  let y = 2;
  for (const row of model.rows) {
    const top = y;
    const [d0, d1] = row.domain;
    const x = (v: number) => plot.left + ((v - d0) / (d1 - d0 || 1)) * (plot.right - plot.left);
    const lines: PlacedRow["lines"] = [];
    for (const text of wrapText(row.label, bounds.right - bounds.left, FONT, {bold: true})) lines.push({y: (y += LABEL_LINE) - 4, text, kind: "label"});
    // The note starts after the status key drawn before its first line.
    if (row.note) for (const text of wrapText(row.note, bounds.right - bounds.left - 14, FONT - 1)) lines.push({y: (y += NOTE_LINE) - 3, text, kind: "note"});
    y += 4;
    const ordered = [...row.marks].sort((a, b) => MARK_SERIES.indexOf(a.series) - MARK_SERIES.indexOf(b.series));
    for (const mark of ordered) {
      const mx = x(mark.value);
      const reach = reachOf(mark, x, plot.right);
      const label = fitLabel(mark.label, {x: mx, reach, bounds, font: FONT, callout: mark.highlight});
      const lane = Math.max(laneMin, label.lines.length * MARK_LINE + (dense ? 6 : 8));
      const band = mark.comparator === "approx" ? Math.max(Math.abs(x(mark.value * (1 + TOLERANCE)) - mx), 3) : 0;
      marks.push({...mark, x: mx, y: y + lane / 2, href: markHref(mark, model.lang, linkBase), reach, band, fitted: label});
      y += lane;
    }
    const ticks = rowTicks(row, {x, bounds, lang: model.lang, font: FONT - 1});
    rows.push({row, top, lines, axisY: y + 6, ticks, x});
    y += AXIS + gap;
  }
  return {width, height: y - gap + 6, plot, rows, marks};
}
