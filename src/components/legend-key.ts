import {nothing, svg, type SVGTemplateResult} from "lit";
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
