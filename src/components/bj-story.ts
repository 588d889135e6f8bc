import {html, LitElement, type PropertyValues} from "lit";
import {emit} from "../app/events.ts";
import {popupClosed, popupOpened} from "../app/popups.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {stepForKey} from "../model/story-keys.ts";
import type {StoryModel} from "../model/story-model.ts";
import "./bj-chart-figure.ts";
import "./bj-story-handout.ts";
import "./bj-story-notes.ts";
import {marked} from "./marked.ts";
import {caption} from "./story-caption.ts";
import {storyStyles} from "./story-styles.ts";
import {sharedStyles} from "./shared-styles.ts";

/** The width a slide's chart is drawn at, then scaled to the slide: 13 px chart text reads at 24 px once the chart is 1000 px wide. */
export const SLIDE_CHART_WIDTH = 540;

/**
 * A story, presented: one slide at a time, filling the screen, and when
 * printed a handout of every step. Keys and buttons move the step; the page
 * owns the step (it is in the URL) and is told through `story-step` events.
 * With `notes`, it is the speaker's window instead (bj-story-notes).
 */
export class BjStory extends LitElement {
  static properties = {model: {attribute: false}, step: {type: Number}, lang: {}, notes: {type: Boolean}, backHref: {}, embedded: {type: Boolean, reflect: true}, menuOpen: {state: true}};
  declare model: StoryModel;
  declare step: number;
  declare lang: Lang;
  declare notes: boolean;
  declare backHref: string;
  /**
   * In an embed: the slide is as tall as its content, never as the frame. A frame sized to its
   * content reports that height to its host, and a slide that filled the frame would grow with it.
   */
  declare embedded: boolean;
  declare menuOpen: boolean;

  constructor() {
    super();
    this.notes = false;
    this.embedded = false;
    this.menuOpen = false;
  }

  static styles = [sharedStyles, storyStyles];

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
    if (event.key === "Escape" && this.menuOpen) return void (this.menuOpen = false);
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
    const list = this.renderRoot.querySelector("#story-menu");
    // In an embed, the frame grows to hold the open menu (report-height.ts).
    if (list) (this.menuOpen ? popupOpened : popupClosed)(list);
    if (changed.has("step") && changed.get("step") !== undefined) {
      // Focus follows the slide for screen readers and keyboards; a heading shows no ring for it (story-styles).
      this.renderRoot.querySelector<HTMLElement>(".slide h1")?.focus({preventScroll: true});
    }
  }

  private async fullscreen() {
    this.menuOpen = false;
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      // Full screen can be refused (an iframe without permission); the story works without it.
    }
  }

  /** The room's menu; in an embed without full screen (a frame may not take it) and without "leave" (the credit leads to the explainer). */
  private menu() {
    const m = messagesFor(this.lang).story;
    return html`<div class="menu">
      <button aria-expanded=${this.menuOpen ? "true" : "false"} aria-controls="story-menu" @click=${() => (this.menuOpen = !this.menuOpen)}>⋯ ${m.more}</button>
      <ul id="story-menu" ?hidden=${!this.menuOpen}>
        ${this.embedded ? "" : html`<li><button @click=${this.fullscreen}>${m.fullscreen}</button></li>`}
        <li><button @click=${() => ((this.menuOpen = false), emit(this, "story-notes"))}>${m.notes}</button></li>
        <li><button @click=${() => ((this.menuOpen = false), print())}>${m.print}</button></li>
        ${this.embedded ? "" : html`<li><a href=${this.backHref}>${m.exit}</a></li>`}
      </ul>
    </div>`;
  }

  render() {
    const m = messagesFor(this.lang);
    const {steps} = this.model;
    const total = steps.length;
    if (this.notes) return html`<bj-story-notes .model=${this.model} .step=${this.step} .lang=${this.lang} .backHref=${this.backHref}></bj-story-notes>`;
    const current = steps[this.step - 1];
    return html`<div class="room">
        <header class="bar">
          <div class="progress">
            <progress max=${total} .value=${this.step} aria-label=${m.story.progress}></progress>
            <span>${interpolate(m.story.stepOf, {step: this.step, total})}</span>
          </div>
          <button aria-label=${m.story.previous} @click=${() => this.go(this.step - 1)} ?disabled=${this.step === 1}>←</button>
          <button aria-label=${m.story.next} @click=${() => this.go(this.step + 1)} ?disabled=${this.step === total}>→</button>
          ${this.menu()}
        </header>
        <main class="stage"><section class="slide" aria-roledescription="slide" aria-labelledby="step-h">
          <h1 id="step-h" tabindex="-1">${marked(current.title, this.lang)}</h1>
          <p class="caption">${caption(current.caption, this.lang)}</p>
          <div class="chart"><bj-chart-figure id="chart-${current.chart.id}" heading-level="2" ?room=${!this.embedded} ?preview=${this.embedded} moves eager .chart=${current.chart} .lang=${this.lang} .designWidth=${this.embedded ? undefined : SLIDE_CHART_WIDTH}></bj-chart-figure></div>
        </section>
        <p class="visually-hidden" aria-live="polite">${interpolate(m.story.announce, {step: this.step, total, title: current.title})}</p></main>
      </div>
      <bj-story-handout .model=${this.model} .lang=${this.lang}></bj-story-handout>`;
  }
}

customElements.define("bj-story", BjStory);

declare global {
  interface HTMLElementTagNameMap {
    "bj-story": BjStory;
  }
}
