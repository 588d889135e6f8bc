import {html, nothing, type TemplateResult} from "lit";
import type {Messages} from "../i18n/messages.ts";
import type {StatusGroup} from "../model/summary-model.ts";
import {statusIcon} from "./status-icon.ts";
import type {Lang} from "../i18n/locale.ts";
import {marked} from "./marked.ts";

/**
 * The first screen's answer: the finding in one line, then every tracked
 * target by status (shape, colour and word together, never colour alone),
 * each a link to its chart. Targets with no comparable figure are counted and
 * folded, so they do not bury the news. Light DOM, styled by page.css.
 */
export function statusSummary({finding, groups}: {finding: string; groups: readonly StatusGroup[]}, m: Messages, lang: Lang): TemplateResult {
  const targets = (group: StatusGroup) =>
    html`<ul class="targets">${group.targets.map((t) => html`<li>${t.chart ? html`<a href="#chart-${t.chart}">${marked(t.name, lang)}</a>` : marked(t.name, lang)}</li>`)}</ul>`;
  const head = (group: StatusGroup) =>
    html`<span class="head status-${group.status}">${statusIcon(group.status)}<span>${group.label}</span><span class="count">${group.targets.length}</span></span>`;
  return html`<div class="status-summary">
    <p class="finding">${marked(finding, lang)}</p>
    <ul class="groups" aria-label=${m.summary.label}>
      ${groups.map((group) =>
        group.status === "no-data"
          ? html`<li class="group"><details><summary>${head(group)}</summary>${targets(group)}</details></li>`
          : html`<li class="group">${head(group)}${targets(group)}</li>`
      )}
    </ul>${nothing}
  </div>`;
}
