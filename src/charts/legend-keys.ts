import type {MarkSeries} from "../model/chart-model.ts";

/** One shape of a legend key: a line, a circle or a path, and its attributes. */
export type KeyShape =
  | {shape: "line"; x1: number; x2: number; y1: number; y2: number; width: number; dash?: string}
  | {shape: "circle"; cx: number; cy: number; r: number}
  | {shape: "path"; d: string; fill: boolean; width?: number};

/**
 * Each series' key, on an 18×18 box: the same shape the chart draws for it,
 * so a reader matches key to mark (and a forced-colours reader still tells
 * them apart: shapes, not fills alone). Data, so the live legend (Lit) and
 * the static page (a string) draw the same keys.
 */
export const LEGEND_KEYS: Record<MarkSeries, readonly KeyShape[]> = {
  baseline: [{shape: "circle", cx: 9, cy: 9, r: 5.5}],
  actual: [{shape: "path", d: "M9 2 L16 9 L9 16 L2 9 Z", fill: true}],
  target: [{shape: "line", x1: 5, x2: 5, y1: 2, y2: 16, width: 3}, {shape: "path", d: "M5 9 H15 M11 5 L15 9 L11 13", fill: false, width: 2}],
  annual: [{shape: "line", x1: 9, x2: 9, y1: 2, y2: 16, width: 3}],
  district: [{shape: "line", x1: 9, x2: 9, y1: 2, y2: 16, width: 3}],
  pace: [{shape: "line", x1: 9, x2: 9, y1: 2, y2: 16, width: 3, dash: "3 2"}]
};

/** A key as SVG markup (for the static page, whose every other string is escaped: these are constants). */
export function keyMarkup(series: MarkSeries): string {
  return LEGEND_KEYS[series]
    .map((k) => {
      if (k.shape === "circle") return `<circle cx="${k.cx}" cy="${k.cy}" r="${k.r}" fill="currentColor"/>`;
      if (k.shape === "line") return `<line x1="${k.x1}" x2="${k.x2}" y1="${k.y1}" y2="${k.y2}" stroke="currentColor" stroke-width="${k.width}"${k.dash ? ` stroke-dasharray="${k.dash}"` : ""}/>`;
      return k.fill ? `<path d="${k.d}" fill="currentColor"/>` : `<path d="${k.d}" stroke="currentColor" stroke-width="${k.width ?? 2}" fill="none"/>`;
    })
    .join("");
}
