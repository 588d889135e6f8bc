import {css, html, LitElement, nothing} from "lit";
import {formatDate} from "../formats/date-parts.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {StoryModel} from "../model/story-model.ts";
import "./bj-chart-figure.ts";
import {caption} from "./story-caption.ts";
import {sharedStyles} from "./shared-styles.ts";

/** The width a handout's chart is drawn at; printed about 680 px wide, its 13 px labels come out above 8 pt. */
const HANDOUT_CHART_WIDTH = 600;

/**
 * What a presenter hands out: printed, a cover (title, what it is part of,
 * where it lives online, the data's version, the day it was printed), then
 * one step per page: its caption, chart and source line. Page numbers and
 * margins come from the page's @page rules (page.css). Hidden on screen.
 */
export class BjStoryHandout extends LitElement {
  static properties = {model: {attribute: false}, lang: {}, printedOn: {state: true}};
  declare model: StoryModel;
  declare lang: Lang;
  declare printedOn: string;

  constructor() {
    super();
    this.printedOn = today();
  }

  static styles = [
    sharedStyles,
    css`
      :host { display: none; }
      @media print {
        :host { display: block; color: #000; }
        .cover { break-after: page; padding-top: 30%; }
        .cover h1 { font-size: 26pt; line-height: 1.2; margin: 0 0 8pt; }
        .cover p { font-size: 12pt; margin: 0 0 6pt; }
        .cover .subtitle { font-size: 15pt; }
        section.step { break-before: page; break-inside: avoid; }
        section.step:first-of-type { break-before: auto; }
        .label { font-size: 10pt; margin: 0 0 4pt; color: #333; }
        h2 { font-size: 18pt; line-height: 1.25; margin: 0 0 6pt; }
        .caption { font-size: 12pt; line-height: 1.45; margin: 0 0 10pt; }
        .caption strong { font-weight: 700; }
        bj-chart-figure { margin: 0; }
      }
    `
  ];

  private readonly onBeforePrint = () => (this.printedOn = today());

  connectedCallback() {
    super.connectedCallback();
    addEventListener("beforeprint", this.onBeforePrint);
  }

  disconnectedCallback() {
    removeEventListener("beforeprint", this.onBeforePrint);
    super.disconnectedCallback();
  }

  render() {
    const m = messagesFor(this.lang).story;
    const {title, cover, steps} = this.model;
    return html`<div class="cover">
        <h1>${title}</h1>
        <p class="subtitle">${cover.subtitle}</p>
        ${cover.url ? html`<p>${interpolate(m.handout.at, {url: cover.url})}</p>` : nothing}
        <p>${cover.data}</p>
        <p>${interpolate(m.handout.printed, {date: formatDate(this.printedOn, this.lang)})}</p>
      </div>
      ${steps.map((step) => html`<section class="step" aria-labelledby="handout-${step.number}">
        <p class="label">${interpolate(m.handout.step, {step: step.number, total: steps.length})}</p>
        <h2 id="handout-${step.number}">${step.title}</h2>
        <p class="caption">${caption(step.caption, this.lang)}</p>
        <bj-chart-figure untitled eager .chart=${step.chart} .lang=${this.lang} design-width=${HANDOUT_CHART_WIDTH} hide-embed></bj-chart-figure>
      </section>`)}`;
  }
}

/** Today as YYYY-MM-DD, in the reader's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

customElements.define("bj-story-handout", BjStoryHandout);

declare global {
  interface HTMLElementTagNameMap {
    "bj-story-handout": BjStoryHandout;
  }
}
