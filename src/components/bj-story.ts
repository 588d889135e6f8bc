import {html, LitElement, nothing, type PropertyValues} from "lit";
import {emit} from "../app/events.ts";
import {popupClosed, popupOpened} from "../app/popups.ts";
import {PresenterKeys} from "../app/presenter-keys.ts";
import {briefingMessages} from "../i18n/briefing.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {PresenterCommand} from "../model/story-keys.ts";
import type {StoryModel} from "../model/story-steps.ts";
import {deckTextOf} from "../model/deck-text.ts";
import "./bj-story-handout.ts";
import "./bj-story-notes.ts";
import {handoutForm, handoutFormStyles, type HandoutOptions} from "./handout-form.ts";
import {overviewStyles, overviewView} from "./story-overview.ts";
import {storyStyles} from "./story-styles.ts";
import {sharedStyles} from "./shared-styles.ts";
import {slideStyles, slideView} from "./slide-view.ts";

/**
 * A story (the built-in one, or a presenter's deck), presented: one slide at
 * a time, filling the screen, and when printed a handout of every step. Keys
 * (PresenterKeys), buttons and the menu move the step, blank the room, go
 * full screen, open the speaker view and the overview. The page owns the step
 * (it is in the URL) and is told through `story-step`; the room's blank
 * screen is `blank`, set here or by the speaker's window (`story-blank`
 * tells the page). With `notes`, it is the speaker's window (bj-story-notes).
 */
export class BjStory extends LitElement {
  static properties = {model: {attribute: false}, step: {type: Number}, lang: {}, notes: {type: Boolean}, backHref: {}, blank: {type: Boolean}, embedded: {type: Boolean, reflect: true}, menuOpen: {state: true}, overview: {state: true}, printing: {state: true}, handout: {state: true}};
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
  /** The room's screen is blank (B or .). */
  declare blank: boolean;
  declare menuOpen: boolean;
  declare overview: boolean;
  /** The handout's print dialog is open. */
  declare printing: boolean;
  /** What the handout prints on its cover and how many steps a page: typed before printing, kept nowhere but here. */
  declare handout: HandoutOptions;

  private readonly keys = new PresenterKeys(this, {
    state: () => ({step: this.step, total: this.model.steps.length, enabled: !this.notes && !this.printing && !this.overview}),
    run: (command) => this.run(command)
  });

  constructor() {
    super();
    this.notes = false;
    this.embedded = false;
    this.blank = false;
    this.menuOpen = false;
    this.overview = false;
    this.printing = false;
    this.handout = {perPage: 1, presenter: "", occasion: "", date: ""};
  }

  static styles = [sharedStyles, slideStyles, storyStyles, overviewStyles, handoutFormStyles];

  private go(step: number) {
    const next = Math.min(Math.max(1, step), this.model.steps.length);
    if (next !== this.step) emit(this, "story-step", next);
  }

  private setBlank(blank: boolean) {
    this.blank = blank;
    emit(this, "story-blank", blank);
  }

  private run(command: PresenterCommand) {
    // A blank room comes back only by B (or .) again, as in reveal.js: a stray key does not show a slide.
    if (this.blank && command.do !== "blank") return;
    if (command.do === "go") this.go(command.step);
    else if (command.do === "blank") this.setBlank(!this.blank);
    else if (command.do === "fullscreen") void this.fullscreen();
    else if (command.do === "speaker") emit(this, "story-notes");
    else if (command.do === "overview") this.overview = true;
    else if (command.do === "close") this.menuOpen = false;
  }

  protected updated(changed: PropertyValues<this>) {
    const list = this.renderRoot.querySelector("#story-menu");
    // In an embed, the frame grows to hold the open menu (report-height.ts).
    if (list) (this.menuOpen ? popupOpened : popupClosed)(list);
    if (changed.has("step") && changed.get("step") !== undefined) {
      // Focus follows the slide for screen readers and keyboards; a heading shows no ring for it (slide-view).
      this.renderRoot.querySelector<HTMLElement>(".slide h1")?.focus({preventScroll: true});
    }
    for (const [name, open] of [["overview", this.overview], ["print", this.printing]] as const) {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>(`dialog.${name}`);
      if (dialog && open && !dialog.open) dialog.showModal();
      if (dialog && !open && dialog.open) dialog.close();
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

  private async print(options: HandoutOptions) {
    this.handout = options;
    this.printing = false;
    await this.updateComplete;
    await this.renderRoot.querySelector<LitElement>("bj-story-handout")?.updateComplete;
    print();
  }

  /** The room's menu; in an embed without full screen (a frame may not take it) and without "leave" (the credit leads to the explainer). */
  private menu() {
    const m = messagesFor(this.lang).story;
    const b = briefingMessages(this.lang);
    const current = this.model.steps[this.step - 1];
    const item = (label: string, key: string, act: () => void) => html`<li><button @click=${() => ((this.menuOpen = false), act())}><span>${label}</span>${key ? html`<kbd>${key}</kbd>` : nothing}</button></li>`;
    return html`<div class="menu">
      <button aria-expanded=${this.menuOpen ? "true" : "false"} aria-controls="story-menu" @click=${() => (this.menuOpen = !this.menuOpen)}>⋯ ${m.more}</button>
      <ul id="story-menu" ?hidden=${!this.menuOpen}>
        ${this.embedded ? nothing : item(m.fullscreen, "F", () => void this.fullscreen())}
        ${item(m.notes, "S", () => emit(this, "story-notes"))}
        ${item(b.speaker.overview.replace(/\s*[(（]O[)）]$/, ""), "O", () => (this.overview = true))}
        ${item(b.speaker.blank.replace(/\s*[(（]B[)）]$/, ""), "B", () => this.setBlank(true))}
        ${item(m.print, "", () => (this.printing = true))}
        ${current?.source ? item(messagesFor(this.lang).chart.addToBriefing, "", () => emit(this, "add-to-deck", {...current.source!, text: {lang: current.lang ?? this.lang, ...(current.source!.text ?? deckTextOf(current))}})) : nothing}
        ${this.embedded ? nothing : html`<li><a class="exit" href=${this.backHref} @click=${() => emit(this, "story-leave")}>${m.exit}</a></li>`}
      </ul>
    </div>`;
  }

  render() {
    const m = messagesFor(this.lang);
    const b = briefingMessages(this.lang);
    const {steps} = this.model;
    const total = steps.length;
    if (this.notes) return html`<bj-story-notes .model=${this.model} .step=${this.step} .lang=${this.lang} .backHref=${this.backHref} .blank=${this.blank}></bj-story-notes>`;
    const current = steps[this.step - 1];
    return html`<div class="room">
        <header class="bar">
          <div class="progress">
            <progress max=${total} .value=${this.step} aria-label=${m.story.progress}></progress>
            <span>${interpolate(m.story.stepOf, {step: this.step, total})}</span>
          </div>
          ${this.keys.typed ? html`<span class="typed" role="status">${interpolate(b.speaker.typed, {n: this.keys.typed})}</span>` : nothing}
          <button aria-label=${m.story.previous} @click=${() => this.go(this.step - 1)} ?disabled=${this.step === 1}>←</button>
          <button aria-label=${m.story.next} @click=${() => this.go(this.step + 1)} ?disabled=${this.step === total}>→</button>
          ${this.menu()}
        </header>
        <main class="stage">${slideView(current, {lang: this.lang, moves: true, links: true, embedded: this.embedded})}
          <p class="visually-hidden" aria-live="polite">${interpolate(m.story.announce, {step: this.step, total, title: current.title})}</p></main>
      </div>
      ${this.blank ? html`<div class="blank" role="status" aria-label=${b.speaker.blanked} @click=${() => this.setBlank(false)}></div>` : nothing}
      <dialog class="overview" aria-labelledby="overview-h" @close=${() => (this.overview = false)}>
        <h2 id="overview-h">${b.speaker.overviewHeading}</h2>
        ${this.overview ? overviewView(steps, this.step, (n) => ((this.overview = false), this.go(n))) : nothing}
        <p><button @click=${() => (this.overview = false)}>${b.speaker.close}</button></p>
      </dialog>
      <dialog class="print" aria-labelledby="print-h" @close=${() => (this.printing = false)}>
        ${this.printing ? handoutForm(this.handout, {lang: this.lang, print: (o) => void this.print(o), cancel: () => (this.printing = false)}) : nothing}
      </dialog>
      <bj-story-handout .model=${this.model} .lang=${this.lang} .options=${this.handout}></bj-story-handout>`;
  }
}

customElements.define("bj-story", BjStory);

declare global {
  interface HTMLElementTagNameMap {
    "bj-story": BjStory;
  }
}
