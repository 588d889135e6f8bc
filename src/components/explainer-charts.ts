import {html, nothing, type TemplateResult} from "lit";
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {ExplainerModel} from "../model/explainer-model.ts";
import "./bj-chart-figure.ts";
import {marked} from "./marked.ts";

/**
 * The explainer's charts as templates: the scoreboard and each chart figure. They come with what
 * follows the tracker (explainer-rest.ts), so the first view carries no chart code; until then the
 * static page's drawing of the scoreboard stands where it is.
 */

/** What a chart figure shows before it draws (the build's drawing, on the server), by chart. */
export type Drawing = ((chart: ChartWithTable) => unknown) | undefined;

export const figure = (c: ChartWithTable, lang: ExplainerModel["lang"], drawing: Drawing, {eager = false} = {}) =>
  html`<bj-chart-figure id="chart-${c.id}" .chart=${c} .lang=${lang} .prerendered=${drawing?.(c)} ?eager=${eager}></bj-chart-figure>`;

/**
 * The plan's main targets: those with a figure to compare in one chart, the others named with what is
 * missing. Its chart is the static page's drawing until it nears the screen, then drawn at its column's width.
 */
export function scoreboardSection({scoreboard, lang}: Pick<ExplainerModel, "scoreboard" | "lang">, drawing?: Drawing): TemplateResult {
  const {pending} = scoreboard;
  return html`<section id="scoreboard" aria-labelledby="scoreboard-h">
    <h2 id="scoreboard-h">${marked(scoreboard.heading, lang)}</h2>
    <p>${marked(scoreboard.intro, lang)}</p>
    ${figure(scoreboard.chart, lang, drawing)}
    ${pending.targets.length
      ? html`<h3 id="pending-h">${marked(pending.title, lang)}</h3>
          <p>${marked(pending.intro, lang)}</p>
          <ul class="pending" aria-labelledby="pending-h">
            ${pending.targets.map((t) => html`<li><strong>${marked(t.name, lang)}</strong><span class="pending-target">${marked(t.figure, lang)}</span>${t.why ? html`<span class="muted">${marked(t.why, lang)}</span>` : nothing}</li>`)}
          </ul>`
      : nothing}
  </section>`;
}
