import {statusIconMarkup} from "../charts/status-keys.ts";
import {escapeHtml as e} from "../formats/escape-html.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Messages} from "../i18n/messages.ts";
import {TRACKER_DEFAULT, trackerView, type TrackerModel} from "../model/tracker-model.ts";
import type {TrackerCell} from "../model/tracker-rows.ts";
import {trackerRowId} from "../model/summary-model.ts";
import type {StaticLinks} from "./static-links.ts";

/**
 * The tracker as a plain static table, for the first paint and for readers
 * without JavaScript: the markup of src/components/tracker-table.ts without
 * its controls (their place is held, unseen, so nothing moves when the live
 * table takes over; without scripts it takes no room). Every string escaped.
 * Minimal on purpose: the static page is to render tracker-table.ts itself
 * (@lit-labs/ssr), and then this file goes.
 */
export function staticTracker(model: TrackerModel, m: Messages, links: StaticLinks): string {
  const view = trackerView(model, TRACKER_DEFAULT, m);
  const c = m.tracker.columns;
  const none = `<span class="val" aria-hidden="true">—</span><span class="visually-hidden">${e(m.chart.missing)}</span>`;
  const figure = (cell: TrackerCell | undefined, note = "") =>
    cell ? `<span class="val">${e(cell.text)} <span class="yr">${e(interpolate(m.seriesYear.actual, {year: cell.year}))}</span>${note ? ` <span class="note">${e(note)}</span>` : ""}</span>` : none;
  const sortable = new Set(["target", "area", "status"]);
  const header = (k: keyof typeof c) =>
    `<th role="columnheader" scope="col" class="col-${k}${sortable.has(k) ? " sortable" : ""}">${sortable.has(k) ? `<span class="sort">${e(c[k])}<span aria-hidden="true">${k === "status" ? " ▲" : ""}</span></span>` : e(c[k])}</th>`;
  const option = (label: string, count: number) => `<option>${e(interpolate(m.tracker.option, {label, count}))}</option>`;
  const select = (key: "area" | "status") => `<label class="tracker-filter">${e(m.tracker[key])} <select disabled>${option(m.tracker.any, view.total)}${view.options[key].map((o) => option(o.label, o.count)).join("")}</select></label>`;
  const columns = ["target", "area", "baseline", "latest", "goal", "status", "sentence"] as const;
  return `<section id="tracker" class="tracker" aria-labelledby="tracker-h">
<h2 id="tracker-h">${e(model.heading)}</h2>
<p>${e(model.intro)}</p>
<div class="tracker-controls pre-reserve" aria-hidden="true">${select("area")}${select("status")}</div>
<p class="tracker-count pre-reserve" aria-hidden="true">${e(interpolate(m.tracker.shown, {shown: view.shown, total: view.total, column: m.tracker.sortNames.status, direction: m.tracker.asc}))}</p>
<div class="tracker-wrap" role="region" tabindex="0" aria-labelledby="tracker-caption"><div class="tracker-sort-reserve pre-reserve" aria-hidden="true"></div><table class="tracker-table" role="table">
<caption id="tracker-caption">${e(model.caption)}</caption>
<thead role="rowgroup"><tr role="row" data-label="${e(m.tracker.sortRow)}">${columns.map(header).join("")}</tr></thead>
${view.groups
  .map((g) => `<tbody role="rowgroup" class="group-${g.id}"><tr role="row" class="group"><th role="rowheader" scope="rowgroup" colspan="${columns.length}" id="tracker-${g.id}">${e(g.label)}</th></tr>
${g.rows
  .map((r) => `<tr role="row" id="${e(trackerRowId(r.id))}" data-target="${e(r.id)}" data-status="${r.status}" data-area="${r.area}"><th role="rowheader" scope="row" class="col-target"><a href="${e(links.indicator(r.indicatorId))}">${e(r.name)}</a></th><td role="cell" class="col-area" data-label="${e(c.area)}">${e(m.domains[r.area])}</td><td role="cell" class="col-baseline${r.baseline ? "" : " empty"}" data-label="${e(c.baseline)}">${figure(r.baseline)}</td><td role="cell" class="col-latest${r.latest ? "" : " empty"}" data-label="${e(c.latest)}">${figure(r.latest, r.latest?.note)}</td><td role="cell" class="col-goal" data-label="${e(c.goal)}">${figure(r.target)}</td><td role="cell" class="col-status" data-label="${e(c.status)}"><span class="verdict status-${r.status}">${statusIconMarkup(r.status)}<span>${e(m.status[r.status])}</span></span></td><td role="cell" class="col-sentence" data-label="${e(c.sentence)}">${e(r.sentence)}</td></tr>`)
  .join("\n")}
</tbody>`)
  .join("\n")}
</table></div>
</section>`;
}
