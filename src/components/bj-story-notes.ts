import {html, LitElement, nothing, type PropertyValues} from "lit";
import {emit} from "../app/events.ts";
import {FitFont} from "../app/fit-font.ts";
import {PresenterClock} from "../app/presenter-clock.ts";
import {PresenterKeys} from "../app/presenter-keys.ts";
import {briefingMessages} from "../i18n/briefing.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {formatDuration, pacing, parseMinutes} from "../model/pacing.ts";
import type {PresenterCommand} from "../model/story-keys.ts";
import type {StoryModel} from "../model/story-steps.ts";
import "./bj-slide-frame.ts";
import {marked} from "./marked.ts";
import {paragraphs} from "./story-caption.ts";
import {notesStyles} from "./notes-styles.ts";
import {overviewStyles, overviewView} from "./story-overview.ts";
import {sharedStyles} from "./shared-styles.ts";

/**
 * The speaker's window (reveal.js's speaker view, PowerPoint's presenter
 * view): what the room sees now and the next slide, both drawn as the room
 * sees them and scaled; the notes in large type; a timer that pauses and
 * resets, with an optional target duration and the pace against it; the
 * clock in the page's language. Its keys and buttons drive the room (the
 * windows share the step, the blank screen and leaving).
 */
export class BjStoryNotes extends LitElement {
  static properties = {model: {attribute: false}, step: {type: Number}, lang: {}, backHref: {}, blank: {type: Boolean}, overview: {state: true}};
  declare model: StoryModel;
  declare step: number;
  declare lang: Lang;
  declare backHref: string;
  /** The room's screen is blank. */
  declare blank: boolean;
  declare overview: boolean;

  private readonly clock = new PresenterClock(this, {story: () => this.model.id, lang: () => this.lang});
  /** The notes in the largest type their pane holds. */
  private readonly fit = new FitFont(this, {box: () => this.renderRoot.querySelector<HTMLElement>(".notes"), min: 16, max: 30});
  private readonly keys = new PresenterKeys(this, {state: () => ({step: this.step, total: this.model.steps.length, enabled: !this.overview}), run: (c) => this.run(c)});

  constructor() {
    super();
    this.blank = false;
    this.overview = false;
  }

  static styles = [sharedStyles, notesStyles, overviewStyles];

  private go(step: number) {
    const next = Math.min(Math.max(1, step), this.model.steps.length);
    if (next !== this.step) emit(this, "story-step", next);
  }

  private run(command: PresenterCommand) {
    if (command.do === "go") this.go(command.step);
    else if (command.do === "blank") emit(this, "story-blank", !this.blank);
    else if (command.do === "overview") this.overview = true;
    else if (command.do === "fullscreen") void (document.fullscreenElement ? document.exitFullscreen() : this.requestFullscreen()).catch(() => undefined);
  }

  protected updated(changed: PropertyValues<this>) {
    if (changed.has("step") || changed.has("model") || changed.has("lang")) this.fit.fit();
    if (changed.has("step") && changed.get("step") !== undefined) this.renderRoot.querySelector<HTMLElement>("#notes-h")?.focus({preventScroll: true});
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>("dialog.overview");
    if (dialog && this.overview && !dialog.open) dialog.showModal();
    if (dialog && !this.overview && dialog.open) dialog.close();
  }

  private timer() {
    const s = briefingMessages(this.lang).speaker;
    const m = messagesFor(this.lang).story;
    const target = this.clock.target;
    const pace = target ? pacing({elapsedMs: this.clock.elapsedMs, targetMs: target, step: this.step, total: this.model.steps.length}) : null;
    const time = formatDuration(Math.abs(pace?.deltaMs ?? 0));
    const paceText = pace && {"on-pace": s.onPace, ahead: interpolate(s.ahead, {time}), behind: interpolate(s.behind, {time}), over: interpolate(s.over, {time: formatDuration(-pace.remainingMs)})}[pace.state];
    const onTarget = (event: Event) => (this.clock.target = parseMinutes((event.target as HTMLInputElement).value));
    return html`<div class="timer">
      <span class="reading" role="timer" aria-live="off">${m.elapsed}<strong>${formatDuration(this.clock.elapsedMs)}</strong></span>
      <button aria-label=${this.clock.running ? s.pause : s.resume} @click=${() => (this.clock.running ? this.clock.pause() : this.clock.resume())}>${this.clock.running ? s.pauseShort : s.resumeShort}</button>
      <button aria-label=${s.reset} @click=${() => this.clock.reset()}>${s.resetShort}</button>
      <label class="target">${s.target}<input type="number" min="1" max="480" step="1" inputmode="decimal" .value=${target ? String(Math.round(target / 60000)) : ""} @change=${onTarget}></label>
      ${pace ? html`<span class="pace ${pace.state}" role="status">${paceText}<small>${interpolate(s.remaining, {time: formatDuration(Math.max(0, pace.remainingMs))})}</small></span>` : nothing}
    </div>`;
  }

  render() {
    const m = messagesFor(this.lang);
    const s = briefingMessages(this.lang).speaker;
    const {steps} = this.model;
    const current = steps[this.step - 1];
    const next = steps[this.step] ?? null;
    const stepOf = interpolate(m.story.stepOf, {step: this.step, total: steps.length});
    return html`<main class="speaker">
        <section class="now" aria-labelledby="now-h">
          <h2 id="now-h">${s.now} · ${stepOf}${this.keys.typed ? html`<span class="typed" role="status">${interpolate(s.typed, {n: this.keys.typed})}</span>` : nothing}</h2>
          <div class="picture">
            <bj-slide-frame .step=${current} .lang=${this.lang}></bj-slide-frame>
            ${this.blank ? html`<p class="blanked" role="status">${s.blanked}</p>` : nothing}
          </div>
        </section>
        <div class="bar">
          ${this.timer()}
          <span class="clock">${m.story.clock}<strong>${this.clock.now}</strong></span>
        </div>
        <div class="controls">
          <button aria-pressed=${this.blank ? "true" : "false"} @click=${() => emit(this, "story-blank", !this.blank)}>${this.blank ? s.unblank : s.blank}</button>
          <button @click=${() => (this.overview = true)}>${s.overview}</button>
          <button @click=${() => this.go(this.step - 1)} ?disabled=${this.step === 1}>${m.story.previous}</button>
          <button @click=${() => this.go(this.step + 1)} ?disabled=${this.step === steps.length}>${m.story.next}</button>
          <a class="exit" href=${this.backHref} @click=${() => emit(this, "story-leave")}>${m.story.exit}</a>
          <p class="keys">${s.keys}</p>
        </div>
        <div class="side">
          <section class="next" aria-labelledby="next-h"><h2 id="next-h">${s.next}</h2>${next
            ? html`<bj-slide-frame .step=${next} .lang=${this.lang}></bj-slide-frame><p class="next-title" lang=${next.lang ?? nothing}>${marked(interpolate(s.preview, {n: next.number, title: next.title}), next.lang ?? this.lang)}</p>`
            : html`<p class="end">${s.end}</p>`}</section>
          <section class="notes" aria-labelledby="notes-h">
            <h1 id="notes-h" tabindex="-1">${s.notes} · <span class="nobr">${stepOf}</span><span class="visually-hidden">${m.sep}${current.title}</span></h1>
            ${current.warnings?.length ? html`<div class="warnings" role="note"><strong>${s.check}</strong><ul>${current.warnings.map((w) => html`<li>${w}</li>`)}</ul></div>` : nothing}
            <div class="notes-text" lang=${current.lang ?? nothing}>${paragraphs(current.notes, current.lang ?? this.lang)}</div>
          </section>
        </div>
        <p class="visually-hidden" aria-live="polite">${interpolate(m.story.announce, {step: this.step, total: steps.length, title: current.title})}</p>
      </main>
      <dialog class="overview" aria-labelledby="overview-h" @close=${() => (this.overview = false)}>
        <h2 id="overview-h">${s.overviewHeading}</h2>
        ${this.overview ? overviewView(steps, this.step, (n) => ((this.overview = false), this.go(n))) : nothing}
        <p><button @click=${() => (this.overview = false)}>${s.close}</button></p>
      </dialog>`;
  }
}

customElements.define("bj-story-notes", BjStoryNotes);

declare global {
  interface HTMLElementTagNameMap {
    "bj-story-notes": BjStoryNotes;
  }
}
