import {css, html, LitElement, nothing} from "lit";
import {cssString} from "../formats/css-string.ts";
import {formatDate} from "../formats/date-parts.ts";
import {briefingMessages} from "../i18n/briefing.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {StepModel, StoryModel} from "../model/story-steps.ts";
import "./bj-chart-figure.ts";
import "./slide-chart-styles.ts";
import type {HandoutOptions} from "./handout-form.ts";
import {marked} from "./marked.ts";
import {caption, paragraphs} from "./story-caption.ts";
import {sharedStyles} from "./shared-styles.ts";

/** The width a handout's chart is drawn at: printed about 680 px wide, so its labels and ticks are 8 pt or more, larger with one step a page. */
const CHART_WIDTH = {1: 560, 2: 760} as const;

/**
 * What a presenter hands out, printed: a cover (the title, the bottom line,
 * presenter, occasion and date as typed before printing, the data's version,
 * the site's address when it has one, and every step's finding), then each
 * step with its chart, caption and notes, so every caveat goes home with its
 * verdict: one step a page, or two (each chart across the half page, its caption and notes side by side below). The page's
 * running footer carries the title and page numbers (page.css). Hidden on screen.
 */
export class BjStoryHandout extends LitElement {
  static properties = {model: {attribute: false}, lang: {}, options: {attribute: false}, printedOn: {state: true}};
  declare model: StoryModel;
  declare lang: Lang;
  declare options: HandoutOptions;
  declare printedOn: string;

  constructor() {
    super();
    this.printedOn = today();
    this.options = {perPage: 1, presenter: "", occasion: "", date: ""};
  }

  static styles = [
    sharedStyles,
    css`
      :host { display: none; }
      @media print {
        :host { display: block; color: #000; font-size: 10.5pt; line-height: 1.4; }
        .cover { break-after: page; }
        .cover h1 { font-size: 24pt; line-height: 1.2; margin: 0 0 6pt; text-wrap: balance; }
        /* Titles break between phrases, never inside a word: Chinese text only after its punctuation (keep-all), no line starting with one (strict). */
        h1, h2, .cover ol { word-break: keep-all; line-break: strict; }
        .cover .subtitle { font-size: 13pt; margin: 0 0 14pt; color: #333; }
        .cover .bottom-line { font-size: 14pt; line-height: 1.45; margin: 0 0 14pt; padding: 8pt 10pt; border-inline-start: 4pt solid #000; }
        .cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 10pt; margin: 0 0 14pt; }
        .cover dt { font-weight: 700; }
        .cover dd { margin: 0; }
        .cover ol { margin: 0 0 14pt; padding-inline-start: 1.4em; font-size: 11.5pt; }
        .cover ol li { margin: 0 0 4pt; }
        .cover h2 { font-size: 12pt; margin: 0 0 6pt; }
        .meta { font-size: 9.5pt; color: #333; margin: 0 0 3pt; }
        section.step { break-inside: avoid; box-sizing: border-box; }
        /* One step a page is a notes page: the slide at the top, its notes at the foot (vh is the page's printable area). */
        .per-1 section.step { break-before: page; min-height: calc(100vh - 2pt); display: flex; flex-direction: column; }
        .per-1 section.step:first-of-type { break-before: auto; }
        .per-1 .notes { margin-top: auto; }
        /* Two a page: steps follow one another, never split, never three to a page (each a third of it or more). */
        .per-2 section.step { display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: auto auto 1fr; grid-template-areas: "head head" "chart chart" "caption notes"; gap: 0 14pt; align-items: start; min-height: 34vh; }
        .per-2 section.step { margin-bottom: 12pt; }
        .per-2 .label { margin: 0 0 2pt; }
        .per-2 h2 { margin: 0 0 3pt; }
        .per-2 .caption { margin: 0 0 4pt; }
        .per-2 section.step.text-only { grid-template-areas: "head head" "caption notes"; grid-template-rows: auto 1fr; }
        .per-2 .head { grid-area: head; }
        .per-2 bj-chart-figure { grid-area: chart; margin: 0 0 4pt; }
        .per-2 .caption { grid-area: caption; }
        .per-2 .notes { grid-area: notes; }

        .label { font-size: 9pt; margin: 0 0 3pt; color: #333; }
        h2 { font-size: 15pt; line-height: 1.25; margin: 0 0 5pt; }
        .per-2 h2 { font-size: 12pt; }
        .caption { font-size: 11.5pt; line-height: 1.45; margin: 0 0 8pt; }
        .per-2 .caption { font-size: 10pt; }
        .figure { font-weight: 700; white-space: nowrap; }
        .notes { margin: 8pt 0 0; padding: 6pt 0 0; border-top: 0.75pt solid #999; }
        .notes h3 { font-size: 9.5pt; text-transform: uppercase; letter-spacing: 0.04em; margin: 0 0 3pt; color: #333; }
        .notes p { margin: 0 0 4pt; font-size: 10pt; }
        .per-2 .notes { margin: 0; padding: 0; border: 0; }
        .per-2 .notes p { font-size: 8.5pt; line-height: 1.3; margin: 0 0 1pt; }
        .per-2 .notes h3 { margin: 0 0 1pt; }
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
    document.documentElement.style.removeProperty("--handout-title");
    super.disconnectedCallback();
  }

  /** The running footer's title lives on the page (@page margin boxes read the document's custom properties, not this element's). */
  protected updated() {
    document.documentElement.style.setProperty("--handout-title", cssString(this.model.title));
  }

  private step(step: StepModel, total: number) {
    const b = briefingMessages(this.lang).handout;
    const m = messagesFor(this.lang).story.handout;
    const per = this.options.perPage;
    const head = html`<div class="head">
      <p class="label">${interpolate(m.step, {step: step.number, total})}</p>
      <h2 id="handout-${step.number}">${marked(step.title, step.lang ?? this.lang)}</h2>
    </div>`;
    return html`<section class="step ${step.chart ? "" : "text-only"}" aria-labelledby="handout-${step.number}" lang=${step.lang ?? nothing}>
      ${head}
      ${step.caption.length ? html`<p class="caption">${caption(step.caption, {lang: step.lang ?? this.lang})}</p>` : nothing}
      ${step.chart ? html`<bj-chart-figure untitled preview dense eager .chart=${step.chart} .lang=${this.lang} design-width=${CHART_WIDTH[per]} hide-embed></bj-chart-figure>` : nothing}
      ${step.notes ? html`<div class="notes"><h3>${b.notes}</h3>${paragraphs(step.notes, step.lang ?? this.lang)}</div>` : nothing}
    </section>`;
  }

  render() {
    const m = messagesFor(this.lang).story;
    const b = briefingMessages(this.lang).handout;
    const {title, cover, steps} = this.model;
    const {presenter, occasion, date, perPage} = this.options;
    // The story's news in one sentence where it gives one, else its first step's caption (a deck's).
    const bottomLine = cover.bottomLine ?? steps[0]?.caption;
    return html`<div class="per-${perPage}">
      <div class="cover">
        <h1>${marked(title, this.lang)}</h1>
        <p class="subtitle">${cover.subtitle}</p>
        ${bottomLine?.length ? html`<p class="bottom-line" aria-label=${b.bottomLine}>${caption(bottomLine, {lang: this.lang})}</p>` : nothing}
        ${presenter || occasion || date ? html`<dl>
          ${presenter ? html`<dt>${b.presenter}</dt><dd>${presenter}</dd>` : nothing}
          ${occasion ? html`<dt>${b.occasion}</dt><dd>${occasion}</dd>` : nothing}
          ${date ? html`<dt>${b.date}</dt><dd>${date}</dd>` : nothing}
        </dl>` : nothing}
        <ol>${steps.map((s) => html`<li lang=${s.lang ?? nothing}>${marked(s.title, s.lang ?? this.lang)}</li>`)}</ol>
        <p class="meta">${cover.data}</p>
        ${cover.url ? html`<p class="meta">${interpolate(b.online, {url: cover.url})}</p>` : nothing}
        <p class="meta">${interpolate(m.handout.printed, {date: formatDate(this.printedOn, this.lang)})}</p>
      </div>
      ${steps.map((step) => this.step(step, steps.length))}
    </div>`;
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
