import {ticks as d3ticks} from "d3";
import {formatNumber, formatNumbersAlike} from "../i18n/format-number.ts";
import type {Lang} from "../i18n/locale.ts";
import type {ChartRow} from "../model/chart-model.ts";
import {textWidth} from "./wrap-text.ts";

export interface Tick {
  value: number;
  x: number;
  label: string;
  /** How the label hangs from its tick: centred, or from the edge when centring would leave the chart. */
  anchor: "start" | "middle" | "end";
}

/** An axis's tick labels in the row's unit, in one notation: 85%, 15.8 (years), 0.5万 1万 1.5万 / 160,000. */
export function tickLabels(values: number[], unit: string, lang: Lang): string[] {
  if (unit === "%") return values.map((value) => `${formatNumber(value, lang)}%`);
  return formatNumbersAlike(values, lang);
}

const GAP = 10;

/**
 * A row's ticks: as many as fit without two labels touching (six at most,
 * two at least), each label inside the chart: the first and last hang from
 * their edge instead of being cut.
 */
export function rowTicks(row: ChartRow, {x, bounds, lang, font}: {x: (v: number) => number; bounds: {left: number; right: number}; lang: Lang; font: number}): Tick[] {
  const [d0, d1] = row.domain;
  let best: Tick[] = [];
  for (let count = 6; count >= 2; count--) {
    const values = d3ticks(d0, d1, count);
    const labels = tickLabels(values, row.unit, lang);
    const ticks = values.map((value, i): Tick => {
      const label = labels[i];
      const w = textWidth(label, font) * 1.08;
      const at = x(value);
      const anchor = at - w / 2 < bounds.left ? "start" : at + w / 2 > bounds.right ? "end" : "middle";
      return {value, x: at, label, anchor};
    });
    const box = (t: Tick) => {
      const w = textWidth(t.label, font) * 1.08;
      return t.anchor === "start" ? [t.x, t.x + w] : t.anchor === "end" ? [t.x - w, t.x] : [t.x - w / 2, t.x + w / 2];
    };
    const clear = ticks.every((t, i) => i === 0 || box(ticks[i - 1])[1] + GAP <= box(t)[0]);
    if (clear) return ticks;
    best = [ticks[0], ticks[ticks.length - 1]];
  }
  return best;
}
