import {css, html, LitElement, nothing} from "lit";
import {emit} from "../app/events.ts";
import {PresenterClock} from "../app/presenter-clock.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {StoryModel} from "../model/story-model.ts";
import "./bj-chart-figure.ts";
import {caption} from "./story-caption.ts";
import {sharedStyles} from "./shared-styles.ts";

/**
 * The speaker's window: the step's notes in large type, the elapsed time and
 * the clock, what the room sees now and a preview of the next slide. Its
 * buttons and keys drive the slides (the windows share the step).
 */
export class BjStoryNotes extends LitElement {
  static properties = {model: {attribute: false}, step: {type: Number}, lang: {}, backHref: {}};
  declare model: StoryModel;
  declare step: number;
  declare lang: Lang;
  declare backHref: string;

  private readonly clock = new PresenterClock(this, () => this.model.id);

  static styles = [
    sharedStyles,
    css`
      :host { display: block; box-sizing: border-box; min-height: 100vh; padding: 1rem clamp(1rem, 3vw, 2rem); background: var(--bg); color: var(--fg); font-size: clamp(16px, 1.6vw, 22px); }
      .top { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; }
      .time { display: flex; gap: 1.5rem; font-variant-numeric: tabular-nums; margin-inline-end: auto; }
      .time strong { display: block; font-size: 2em; line-height: 1.1; }
      .controls { display: flex; flex-wrap: wrap; gap: 0.5rem; }
      a.exit { display: inline-flex; align-items: center; min-height: 44px; padding: 0 0.9rem; border: 1px solid var(--rule); border-radius: 4px; text-decoration: none; }
      .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr); gap: 1.5rem; margin-top: 1rem; }
      @media (max-width: 44rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
      h1 { font-size: 1.4em; line-height: 1.25; margin: 0 0 0.5rem; }
      h1:focus { outline: none; }
      .notes-text { font-size: 1.5em; line-height: 1.5; margin: 0 0 1rem; }
      .caption { color: var(--muted); }
      .next { border: 1px solid var(--rule); border-radius: 6px; padding: 0.75rem; }
      .next h2 { font-size: 1em; margin: 0 0 0.25rem; color: var(--muted); }
      .next p.title { font-weight: 700; margin: 0 0 0.5rem; }
      .keys { color: var(--muted); font-size: 0.9em; grid-column: 1 / -1; }
    `
  ];

  private go(step: number) {
    const next = Math.min(Math.max(1, step), this.model.steps.length);
    if (next !== this.step) emit(this, "story-step", next);
  }

  render() {
    const m = messagesFor(this.lang);
    const {steps} = this.model;
    const current = steps[this.step - 1];
    const next = steps[this.step];
    const stepOf = interpolate(m.story.stepOf, {step: this.step, total: steps.length});
    return html`<header class="top">
        <div class="time" role="timer" aria-live="off">
          <span>${m.story.elapsed}<strong>${this.clock.elapsed}</strong></span>
          <span>${m.story.clock}<strong>${this.clock.now}</strong></span>
        </div>
        <div class="controls">
          <button @click=${() => this.clock.restart()}>${m.story.resetTimer}</button>
          <button @click=${() => this.go(this.step - 1)} ?disabled=${this.step === 1}>${m.story.previous}</button>
          <button @click=${() => this.go(this.step + 1)} ?disabled=${this.step === steps.length}>${m.story.next}</button>
          <a class="exit" href=${this.backHref}>${m.story.exit}</a>
        </div>
      </header>
      <main class="layout">
        <section aria-labelledby="notes-h">
          <h1 id="notes-h" tabindex="-1">${m.story.notesHeading} · ${stepOf}${m.sep}${current.title}</h1>
          <p class="notes-text">${current.notes}</p>
          <p class="caption">${caption(current.caption, this.lang)}</p>
          <p class="visually-hidden" aria-live="polite">${interpolate(m.story.announce, {step: this.step, total: steps.length, title: current.title})}</p>
        </section>
        <aside class="next" aria-labelledby="next-h">
          <h2 id="next-h">${m.story.preview}</h2>
          ${next
            ? html`<p class="title">${next.title}</p><bj-chart-figure preview eager .chart=${next.chart} .lang=${this.lang} design-width="540"></bj-chart-figure>`
            : html`<p>${m.story.last}</p>`}
        </aside>
        <p class="keys">${m.story.keys}</p>
      </main>${nothing}`;
  }
}

customElements.define("bj-story-notes", BjStoryNotes);

declare global {
  interface HTMLElementTagNameMap {
    "bj-story-notes": BjStoryNotes;
  }
}
