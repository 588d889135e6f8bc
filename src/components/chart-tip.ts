import {html, nothing} from "lit";
import {styleMap} from "lit/directives/style-map.js";
import type {TipAnchor} from "../app/chart-tips.ts";
import type {ChartMark} from "../model/chart-model.ts";
import type {Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import {marked} from "./marked.ts";

/**
 * A sighted reader's read-out of one mark: the figure, its series, source and
 * status. Hidden from assistive technology, which hears the same from the
 * mark's own name. Positioned with styleMap (CSSOM), which a strict
 * style-src allows where a style attribute would not be.
 */
export function chartTip(mark: ChartMark, anchor: TipAnchor, {m, lang}: {m: Messages; lang: Lang}, onLeave: (event: PointerEvent) => void) {
  return html`<div class="tip" aria-hidden="true" style=${styleMap({top: `${anchor.y + 6}px`, left: `${anchor.x}px`})} @pointerleave=${onLeave}>
    <strong>${marked(mark.tip.figure, lang)}</strong><span>${mark.tip.series}</span>
    <span>${m.chart.tipSource}${m.sep}${marked(mark.tip.source, lang)}</span>${mark.tip.status ? html`<span>${m.chart.tipStatus}${m.sep}${mark.tip.status}</span>` : nothing}
  </div>`;
}
