import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import {unitName, type ChartWithTable} from "./chart-rows.ts";

/**
 * The lines under an exported chart (src/charts/export-chart.ts), from the
 * chart's own rows: the unit (once, or each row's when they differ; nothing
 * when the subtitle already says it) and the years its figures are for.
 */
export function exportLines(chart: ChartWithTable, lang: Lang, messages: Messages): {unitLine: string; dateLine: string} {
  const p = messages.punctuation;
  const units = [...new Set(chart.rows.map((r) => r.unit))];
  const one = units.length === 1 ? interpolate(messages.chart.subtitleUnit, {unit: unitName(units[0], lang, messages)}) : "";
  const each = chart.rows.map((r) => `${r.label}${p.open}${unitName(r.unit, lang, messages)}${p.close}`).join(p.items);
  const unitLine = one ? (chart.subtitle.includes(one) ? "" : one) : interpolate(messages.downloads.unitsByRow, {units: each});
  const years = [...new Set(chart.table.map((r) => r.year))].sort().join(p.list);
  return {unitLine, dateLine: interpolate(messages.downloads.dateLine, {years})};
}
