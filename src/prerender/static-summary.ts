import type {Messages} from "../i18n/messages.ts";
import type {FirstScreenSummary, StatusGroup} from "../model/summary-model.ts";
import {escapeHtml as e} from "../formats/escape-html.ts";
import {statusIconMarkup} from "../charts/status-keys.ts";

/** The first screen's news of src/components/status-summary.ts as static HTML: same classes, same boxes, every string escaped. */
export function staticSummary({finding, groups, rest, more}: FirstScreenSummary, m: Messages): string {
  const targets = (group: StatusGroup) =>
    `<ul class="targets">${group.targets.map((t) => `<li><a href="${e(t.href)}">${e(t.name)}</a><span class="sentence">${e(t.sentence)}</span></li>`).join("")}</ul>`;
  const head = (group: StatusGroup) =>
    `<span class="head status-${group.status}">${statusIconMarkup(group.status)}<span>${e(group.label)}</span><span class="count">${group.targets.length}</span></span>`;
  return `<div class="status-summary"><p class="finding">${e(finding)}</p><ul class="groups" aria-label="${e(m.summary.label)}">${groups
    .map((g) => `<li class="group">${head(g)}${targets(g)}</li>`)
    .join("")}</ul>${rest ? `<p class="rest">${e(rest)}</p>` : ""}<p class="more"><a href="${e(more.href)}">${e(more.text)}</a></p></div>`;
}
