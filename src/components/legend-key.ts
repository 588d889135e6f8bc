import {html, nothing, svg, type SVGTemplateResult, type TemplateResult} from "lit";
import {DEFAULT_LANG, type Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import {marked} from "./marked.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {LEGEND_KEYS} from "../charts/legend-keys.ts";
import type {MarkSeries} from "../model/chart-model.ts";

/** A series' legend key as Lit SVG (the same shapes as the static page's, from src/charts/legend-keys.ts). */
export function legendKey(series: MarkSeries): SVGTemplateResult[] {
  return LEGEND_KEYS[series].map((k) => {
    if (k.shape === "circle") return svg`<circle cx=${k.cx} cy=${k.cy} r=${k.r} fill="currentColor"/>`;
    if (k.shape === "line") return svg`<line x1=${k.x1} x2=${k.x2} y1=${k.y1} y2=${k.y2} stroke="currentColor" stroke-width=${k.width} stroke-dasharray=${k.dash ?? nothing}/>`;
    return k.fill ? svg`<path d=${k.d} fill="currentColor"/>` : svg`<path d=${k.d} stroke="currentColor" stroke-width=${k.width ?? 2} fill="none"/>`;
  });
}

/** A chart's legend: each series drawn with its key (named in full, or `short` on a slide), and the colour of called-out figures when there are some. */
export function chartLegend(chart: ChartWithTable, m: Messages, {short = false, lang = DEFAULT_LANG}: {short?: boolean; lang?: Lang} = {}): TemplateResult {
  const ringed = chart.rows.some((r) => r.marks.some((k) => k.highlight));
  return html`<ul class="legend" aria-label=${m.chart.legend}>
    ${chart.legend.map((l) => html`<li class="series-${l.series}"><svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">${legendKey(l.series)}</svg><span>${marked(short ? l.short : l.label, lang)}</span></li>`)}
    ${ringed ? html`<li class="ring"><svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><rect x="1" y="4" width="16" height="10" rx="2" fill="var(--mark, #fde68a)"/></svg><span>${m.chart.ring}</span></li>` : nothing}
  </ul>`;
}
