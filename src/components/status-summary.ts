import {html, nothing, type TemplateResult} from "lit";
import type {Messages} from "../i18n/messages.ts";
import type {FirstScreenSummary, StatusGroup} from "../model/summary-model.ts";
import {statusIcon} from "./status-icon.ts";
import type {Lang} from "../i18n/locale.ts";
import {marked} from "./marked.ts";

/**
 * The first screen's news: how many of the plan's headline targets can be
 * checked, then each target with a figure by verdict (shape, colour and word
 * together, never colour alone) with the sentence that says what it shows,
 * the number with none, and the way to the tracker. Light DOM, styled by
 * page.css; the build renders the same template into the static page.
 */
export function statusSummary({finding, groups, aside, rest, more}: FirstScreenSummary, m: Messages, lang: Lang): TemplateResult {
  const head = (group: StatusGroup) =>
    html`<span class="head status-${group.status}">${statusIcon(group.status)}<span>${group.label}</span><span class="count">${group.targets.length}</span></span>`;
  const list = (groups: StatusGroup[], label?: string) => html`<ul class="groups" aria-label=${label ?? nothing}>
      ${groups.map((group) => html`<li class="group">${head(group)}
        <ul class="targets">${group.targets.map((t) => html`<li><a href=${t.href}>${marked(t.name, lang)}</a><span class="sentence">${marked(t.sentence, lang)}</span></li>`)}</ul>
      </li>`)}
    </ul>`;
  // The targets whose figure cannot be checked come after their own sentence (which names them; no label repeats it), apart from those the finding counts.
  return html`<div class="status-summary">
    <p class="finding">${marked(finding, lang)}</p>
    ${list(groups, m.summary.label)}
    ${aside ? html`<p class="aside">${marked(aside.text, lang)}</p>${list(aside.groups)}` : nothing}
    ${rest ? html`<p class="rest">${marked(rest, lang)}</p>` : nothing}
    <p class="more"><a href=${more.href}>${marked(more.text, lang)}</a></p>
  </div>`;
}
