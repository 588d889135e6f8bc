import type {Messages} from "../i18n/messages.ts";
import type {StatusGroup} from "../model/summary-model.ts";
import {escapeHtml as e} from "../formats/escape-html.ts";
import {statusIconMarkup} from "../charts/status-keys.ts";

/** The status summary of src/components/status-summary.ts as static HTML: same classes, same boxes, every string escaped. */
export function staticSummary({finding, groups}: {finding: string; groups: readonly StatusGroup[]}, m: Messages): string {
  const targets = (group: StatusGroup) =>
    `<ul class="targets">${group.targets.map((t) => `<li>${t.chart ? `<a href="#chart-${e(t.chart)}">${e(t.name)}</a>` : e(t.name)}</li>`).join("")}</ul>`;
  const head = (group: StatusGroup) =>
    `<span class="head status-${group.status}">${statusIconMarkup(group.status)}<span>${e(group.label)}</span><span class="count">${group.targets.length}</span></span>`;
  return `<div class="status-summary"><p class="finding">${e(finding)}</p><ul class="groups" aria-label="${e(m.summary.label)}">${groups
    .map((g) => (g.status === "no-data" ? `<li class="group"><details><summary>${head(g)}</summary>${targets(g)}</details></li>` : `<li class="group">${head(g)}${targets(g)}</li>`))
    .join("")}</ul></div>`;
}
