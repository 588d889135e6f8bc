import {css, html, nothing, type TemplateResult} from "lit";
import {marked} from "./marked.ts";
import type {Lang} from "../i18n/locale.ts";
import type {StepModel} from "../model/story-steps.ts";
import "./bj-chart-figure.ts";
import "./slide-chart-styles.ts";
import {caption} from "./story-caption.ts";

/**
 * One slide as the room sees it: the title (a finding), the caption with its
 * figures set apart, and the chart, which takes the height they leave. The
 * same template draws the room's slide, the speaker's current and next
 * slides (scaled, bj-slide-frame) and the deck editor's preview. Text is
 * sized from the slide's container (`cq` units), so a slide drawn in a small
 * frame is the room's slide, smaller: the title and caption are the largest
 * text, the chart's labels next (the chart is drawn so its text is the
 * slide's 1em: bj-chart-figure's `fit-text`).
 */
export function slideView(step: StepModel, {lang, heading = true, moves = false, links = false, embedded = false}: {lang: Lang; heading?: boolean; moves?: boolean; links?: boolean; embedded?: boolean}): TemplateResult {
  const text = step.lang ?? lang;
  const title = heading ? html`<h1 id="step-h" class="slide-title" tabindex="-1">${marked(step.title, text)}</h1>` : html`<p class="slide-title">${marked(step.title, text)}</p>`;
  const chart = step.chart;
  return html`<section class="slide ${chart ? "" : "text-only"}" aria-roledescription=${heading ? "slide" : nothing} aria-labelledby=${heading ? "step-h" : nothing} lang=${step.lang ?? nothing}>
    ${title}
    ${step.caption.length ? html`<p class="caption">${caption(step.caption, {links, lang: text})}</p>` : nothing}
    ${chart ? html`<div class="chart">${embedded
      ? // In a frame the chart takes the column's width and its own height (the slide is as tall as its content).
        html`<bj-chart-figure id="chart-${chart.id}" heading-level="2" preview eager ?moves=${moves} .chart=${chart} .lang=${lang}></bj-chart-figure>`
      : html`<bj-chart-figure id="chart-${chart.id}" heading-level="2" room fit-text eager ?moves=${moves} .chart=${chart} .lang=${lang}></bj-chart-figure>`}</div>` : nothing}
  </section>`;
}

/** The slide's own styles (each element that draws slides adopts them); the container that sizes it is the element's. */
export const slideStyles = css`
  .slide { box-sizing: border-box; height: 100%; min-height: 0; width: 100%; max-width: 120em; margin: 0 auto; display: grid; grid-template-rows: auto auto minmax(0, 1fr); align-content: start; gap: 0.35em;
    font-size: clamp(16px, min(1.9cqw, 2.7cqh), 48px); line-height: 1.35; }
  .slide-title { font-size: 1.75em; line-height: 1.15; font-weight: 700; margin: 0; text-wrap: balance; }
  /* As the page's headings: a Chinese title breaks at its punctuation, never inside a word (就 | 近). */
  .slide-title:lang(zh) { word-break: keep-all; overflow-wrap: anywhere; }
  .caption { font-size: 1.25em; line-height: 1.35; margin: 0; max-width: 46em; text-wrap: pretty; }
  /* A figure reads as one unit: never broken across lines, set apart as the chart's call-outs are. */
  .figure, .keep { white-space: nowrap; }
  .figure { font-weight: 700; background: var(--mark); color: var(--fg); padding: 0 0.15em; border-radius: 2px; }
  button.figure { font: inherit; font-weight: 700; min-height: 0; min-width: 0; border: 0; cursor: pointer; text-decoration: underline dotted 0.08em; text-underline-offset: 0.2em; }
  .chart { min-height: 0; }
  .slide.text-only { grid-template-rows: auto auto; align-content: center; gap: 0.8em; }
  .slide.text-only .slide-title { font-size: 2.4em; }
  .slide.text-only .caption { font-size: 1.6em; max-width: 36em; }
  [tabindex="-1"]:focus { outline: none; }
`;
