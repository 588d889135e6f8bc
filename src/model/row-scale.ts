import {nice} from "d3";

/** Units whose figures are rates or levels on a scale of their own: zoomed to the figures, never stretched from zero. */
const LEVELS = new Set(["%", "年"]);

/**
 * The smallest span a zoomed scale shows: 10 points of a rate, 2 years. Two
 * points apart then look like two points, not like half the chart, and a
 * single figure still gets room.
 */
const MIN_SPAN: Record<string, number> = {"%": 10, "年": 2};

/**
 * A row's scale. Counts start at zero (their size is the news). Rates and
 * levels zoom to the range that holds their figures, padded and rounded
 * (15.85% against 16% must be visible), but start at zero again when the
 * figures already fill most of that span; a rate never leaves 0–100.
 */
export function rowDomain(unit: string, values: readonly number[]): {domain: [number, number]; zoomed: boolean} {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(...finite, Infinity);
  const hi = Math.max(...finite, -Infinity);
  if (!finite.length) return {domain: [0, 1], zoomed: false};
  if (!LEVELS.has(unit)) {
    const [, top] = nice(0, hi > 0 ? hi * 1.08 : 1, 5);
    return {domain: [0, top], zoomed: false};
  }
  const pad = Math.max((hi - lo) * 0.25, (MIN_SPAN[unit] ?? 1) / 2);
  let [a, b] = nice(lo - pad, hi + pad, 4);
  if (unit === "%") [a, b] = [Math.max(0, a), Math.min(100, b)];
  // Zooming pays only when the figures would crowd a corner of a scale from zero.
  if (a <= b * 0.35) a = 0;
  return {domain: [a, b], zoomed: a > 0};
}
