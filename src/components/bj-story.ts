import {css, html, LitElement, type PropertyValues} from "lit";
import {emit} from "../app/events.ts";
import {chartLayout} from "../charts/chart-layout.ts";
import {interpolate} from "../model/narrative.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {stepForKey} from "../model/story-keys.ts";
import type {StoryModel} from "../model/story-model.ts";
import "./bj-chart-figure.ts";
import {sharedStyles} from "./shared-styles.ts";

/** The width a step's chart is drawn at, then scaled to the screen. */
const DESIGN_WIDTH = 760;

/**
 * A story, presented: one step at a time on screen, every step when printed.
 * Keys and buttons move the step; the page owns the step (it is in the URL)
 * and is told through `story-step` events. With `notes`, it is the speaker's
 * window: the current step's notes and what comes next.
 */
export class BjStory extends LitElement {
  static properties = {model: {attribute: false}, step: {type: Number}, lang: {}, notes: {type: Boolean}, backHref: {}};
  declare model: StoryModel;
  declare step: number;
  declare lang: Lang;
  declare notes: boolean;
  declare backHref: string;

  constructor() {
    super();
    this.notes = false;
  }

  static styles = [
    sharedStyles,
    css`
      :host { display: block; min-height: 100vh; background: var(--bg); box-sizing: border-box; padding: clamp(0.75rem, 2vw, 2rem); }
      .bar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; justify-content: space-between; }
      .bar .controls { display: flex; flex-wrap: wrap; gap: 0.5rem; }
      .progress { display: flex; align-items: center; gap: 0.75rem; font-size: clamp(1rem, 1.4vw, 1.5rem); }
      progress { width: clamp(6rem, 20vw, 16rem); height: 0.6rem; accent-color: var(--c-target); }
      h1 { font-size: clamp(1.5rem, 3.2vw, 3rem); line-height: 1.2; margin: 1rem 0 0.5rem; }
      .caption { font-size: clamp(1.2rem, 2.1vw, 2.1rem); line-height: 1.5; max-width: 60rem; margin: 0 0 1rem; }
      .caption strong { color: var(--fg); background: var(--mark); padding: 0 0.15em; border-radius: 2px; }
      .step { max-width: 72rem; margin: 0 auto; }
      bj-chart-figure { font-size: clamp(1rem, 1.2vw, 1.25rem); }
      .keys { color: var(--muted); font-size: 0.9rem; }
      a.exit { display: inline-flex; align-items: center; min-height: 44px; padding: 0 0.9rem; border: 1px solid var(--rule); border-radius: 4px; text-decoration: none; }
      .notes-text { font-size: clamp(1.25rem, 2.4vw, 2rem); line-height: 1.5; }
      @media (prefers-reduced-motion: no-preference) {
        .step:not([hidden]) { animation: appear 280ms ease-out; }
      }
      @keyframes appear { from { opacity: 0; transform: translateY(0.5rem); } }
      @media print {
        :host { min-height: 0; padding: 0; }
        .bar, .keys, .announce { display: none; }
        .step[hidden] { display: block; }
        .step { break-after: page; page-break-after: always; }
        .step:last-of-type { break-after: auto; page-break-after: auto; }
        h1 { font-size: 20pt; }
        .caption { font-size: 14pt; }
        /* One page per step: a tall chart is narrowed until its drawing is at most 16cm high. */
        bj-chart-figure { max-width: calc(16cm / var(--chart-aspect, 1)); margin-inline: auto; }
      }
    `
  ];

  private go(step: number) {
    const next = Math.min(Math.max(1, step), this.model.steps.length);
    if (next !== this.step) emit(this, "story-step", next);
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as Element | undefined;
    // A focused button or field keeps its own keys (Space and Enter press the button once).
    if (target && /^(input|textarea|select|button|a)$/.test(target.localName) && (event.key === " " || event.key === "Enter")) return;
    if (target && /^(input|textarea|select)$/.test(target.localName)) return;
    const next = stepForKey(event.key, this.step, this.model.steps.length);
    if (next === null) return;
    event.preventDefault();
    this.go(next);
  };

  connectedCallback() {
    super.connectedCallback();
    addEventListener("keydown", this.onKey);
  }

  disconnectedCallback() {
    removeEventListener("keydown", this.onKey);
    super.disconnectedCallback();
  }

  protected updated(changed: PropertyValues<this>) {
    if (changed.has("step") && changed.get("step") !== undefined) {
      // Move focus to the new step's heading so screen readers and keyboards follow it.
      this.renderRoot.querySelector<HTMLElement>(".step:not([hidden]) h1")?.focus({preventScroll: true});
    }
  }

  private async fullscreen() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      // Full screen can be refused (an iframe without permission); the story works without it.
    }
  }

  private openNotes() {
    emit(this, "story-notes");
  }

  render() {
    const m = messagesFor(this.lang);
    const {steps} = this.model;
    const total = steps.length;
    const current = steps[this.step - 1];
    const stepOf = interpolate(m.story.stepOf, {step: this.step, total});
    const bar = html`<div class="bar">
      <div class="progress">
        <progress max=${total} .value=${this.step} aria-label=${m.story.progress}></progress>
        <span>${stepOf}</span>
      </div>
      <div class="controls">
        <button @click=${() => this.go(this.step - 1)} ?disabled=${this.step === 1}>${m.story.previous}</button>
        <button @click=${() => this.go(this.step + 1)} ?disabled=${this.step === total}>${m.story.next}</button>
        ${this.notes ? "" : html`<button @click=${this.fullscreen}>${m.story.fullscreen}</button>
          <button @click=${this.openNotes}>${m.story.notes}</button>`}
        <a class="exit" href=${this.backHref}>${m.story.exit}</a>
      </div>
    </div>
    <p class="announce visually-hidden" aria-live="polite">${interpolate(m.story.announce, {step: this.step, total, title: current.title})}</p>`;

    if (this.notes) {
      const next = steps[this.step];
      return html`${bar}
        <section class="step" aria-labelledby="notes-h">
          <h1 id="notes-h" tabindex="-1">${m.story.notesHeading} · ${stepOf}${m.sep}${current.title}</h1>
          <p class="notes-text">${current.notes}</p>
          <p class="caption">${current.caption.map((p) => (typeof p === "string" ? p : html`<strong>${p.text}</strong>`))}</p>
          <p>${next ? interpolate(m.story.nextUp, {title: next.title}) : m.story.last}</p>
          <p class="keys">${m.story.keys}</p>
        </section>`;
    }

    return html`${bar}
      ${steps.map((step) => html`<section class="step" aria-roledescription="slide" aria-labelledby="step-${step.number}-h" ?hidden=${step.number !== this.step}>
        <h1 id="step-${step.number}-h" tabindex="-1">${step.title}</h1>
        <p class="caption">${step.caption.map((p) => (typeof p === "string" ? p : html`<strong>${p.text}</strong>`))}</p>
        <bj-chart-figure id="chart-${step.chart.id}" .chart=${step.chart} .lang=${this.lang} eager design-width=${DESIGN_WIDTH}
          style="--chart-aspect: ${chartLayout(step.chart, DESIGN_WIDTH).height / DESIGN_WIDTH}"></bj-chart-figure>
      </section>`)}
      <p class="keys">${m.story.keys}</p>`;
  }
}

customElements.define("bj-story", BjStory);

declare global {
  interface HTMLElementTagNameMap {
    "bj-story": BjStory;
  }
}
