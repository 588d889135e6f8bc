import {html, LitElement, nothing, type PropertyValues} from "lit";
import {emit} from "../app/events.ts";
import {saveFile} from "../app/save-file.ts";
import {downloadName, slugify} from "../formats/file-name.ts";
import {briefingMessages} from "../i18n/briefing.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {htmlLang, LANGS, type Lang} from "../i18n/locale.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {deckFile, readDeckBytes} from "../model/deck-codec.ts";
import {acceptFigures, addTextSlide, moveSlide, removeSlide, setDeckTitle, setSlideText, setSlideView} from "../model/deck-edit.ts";
import {deckProblem} from "../model/deck-problem.ts";
import {DECK_LIMITS, deckTitle, emptyDeck, type Deck, type DeckSlide} from "../model/deck-schema.ts";
import {slotFigures} from "../model/deck-text.ts";
import {textProblem} from "../model/deck-validate.ts";
import {slideChart} from "../model/slide-chart.ts";
import type {StoryModel} from "../model/story-steps.ts";
import {messagesFor} from "../i18n/messages.ts";
import "./bj-slide-frame.ts";
import "./bj-story-handout.ts";
import {deckEditorStyles} from "./deck-editor-styles.ts";
import {slideForm, type FieldRef} from "./deck-slide-form.ts";
import {handoutForm, handoutFormStyles, type HandoutOptions} from "./handout-form.ts";
import {sharedStyles} from "./shared-styles.ts";

/** A link longer than this may be refused by some servers (8 kB request lines): the editor suggests the file. */
const LONG_LINK = 6000;

/**
 * The deck editor: the slides in order (reorder, remove, add a chart or a
 * slide of text), the chosen slide's rows, figures and words in each
 * language with its preview (drawn as the room will see it), and the deck's
 * ways out: present, print the handout, save as a file, open one, copy the
 * link. Every change goes up as `deck-change` (the page keeps the deck in its
 * address); a chart is added through `add-to-deck` (the page loads it first).
 */
export class BjDeckEditor extends LitElement {
  static properties = {
    deck: {attribute: false}, charts: {attribute: false}, story: {attribute: false}, available: {attribute: false}, lang: {}, version: {}, payload: {},
    presentHref: {}, explainerHref: {}, link: {}, selected: {state: true}, notice: {state: true}, problems: {state: true}, printing: {state: true}, handout: {state: true}
  };
  declare deck: Deck;
  declare charts: ReadonlyMap<string, ChartWithTable>;
  /** The deck as the story elements draw it (its slides' previews, warnings and handout). */
  declare story: StoryModel;
  declare available: ReadonlyArray<{id: string; title: string}>;
  declare lang: Lang;
  /** The data version shown now. */
  declare version: string | null;
  /** The deck as the address holds it. */
  declare payload: string;
  declare presentHref: string;
  declare explainerHref: string;
  /** The address to share. */
  declare link: string;
  declare selected: number;
  declare notice: {text: string; alert: boolean} | null;
  /** Fields whose text a deck cannot hold, by `slide:lang:field`: why. */
  declare problems: Map<string, string>;
  declare printing: boolean;
  declare handout: HandoutOptions;
  private lastField: {ref: FieldRef; field: HTMLInputElement | HTMLTextAreaElement} | null = null;
  private focusAfter: string | null = null;

  constructor() {
    super();
    this.selected = 0;
    this.notice = null;
    this.problems = new Map();
    this.printing = false;
    this.handout = {perPage: 1, presenter: "", occasion: "", date: ""};
    this.link = "";
  }

  static styles = [sharedStyles, deckEditorStyles, handoutFormStyles];

  private change(deck: Deck, push: boolean) {
    emit(this, "deck-change", {deck, push});
  }

  protected willUpdate(changed: PropertyValues<this>) {
    const before = changed.get("deck") as Deck | undefined;
    // A slide added lands in the editor; one removed leaves the selection in range.
    if (before && this.deck.slides.length > before.slides.length) this.selected = this.deck.slides.length - 1;
    this.selected = Math.max(0, Math.min(this.selected, this.deck.slides.length - 1));
  }

  protected updated() {
    if (this.focusAfter) this.renderRoot.querySelector<HTMLElement>(this.focusAfter)?.focus();
    this.focusAfter = null;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>("dialog.print");
    if (dialog && this.printing && !dialog.open) dialog.showModal();
    if (dialog && !this.printing && dialog.open) dialog.close();
  }

  private text(index: number, {lang, field}: FieldRef, value: string) {
    const key = `${index}:${lang}:${field}`;
    const max = field === "title" ? DECK_LIMITS.title : field === "caption" ? DECK_LIMITS.caption : DECK_LIMITS.notes;
    const code = textProblem(value, {lines: field !== "title", max});
    const problems = new Map(this.problems);
    if (code && code in briefingMessages(this.lang).deck.problem) problems.set(key, interpolate(briefingMessages(this.lang).deck.problem[code as "markup"], {max}));
    else problems.delete(key);
    this.problems = problems;
    if (!code) this.change(setSlideText(this.deck, index, lang, field, value), false);
  }

  /** A figure's slot typed where the caret was in the last field used (or at the end of the page language's caption). */
  private insert(index: number, key: string) {
    const slot = `{${key}}`;
    const last = this.lastField;
    const ref = last?.ref ?? {lang: this.lang, field: "caption" as const};
    const current = this.deck.slides[index].text[ref.lang]?.[ref.field] ?? "";
    const at = last && last.field.isConnected ? (last.field.selectionStart ?? current.length) : current.length;
    this.text(index, ref, current.slice(0, at) + slot + current.slice(at));
    this.focusAfter = `#f-${index}-${ref.lang}-${ref.field}`;
  }

  private async open(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const d = briefingMessages(this.lang);
    // A file too large is refused before it is read.
    const read = file.size > DECK_LIMITS.file ? ({ok: false, problem: {code: "too-large", detail: DECK_LIMITS.file}} as const) : readDeckBytes(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return void (this.notice = {text: deckProblem(read.problem, this.lang, {file: file.name}), alert: true});
    this.notice = {text: interpolate(d.deck.opened, {name: file.name.slice(0, 120)}), alert: false};
    this.selected = 0;
    this.change(read.deck, true);
  }

  private save() {
    const title = deckTitle(this.deck, this.lang);
    saveFile(downloadName({topic: `briefing-${slugify(title, {empty: "untitled"})}`, date: new Date(), ext: "json"}), deckFile(this.deck), "application/json");
  }

  private async copy() {
    const d = briefingMessages(this.lang).deck;
    try {
      await navigator.clipboard.writeText(this.link);
      this.notice = {text: d.copied, alert: false};
    } catch {
      this.renderRoot.querySelector<HTMLInputElement>("#deck-link")?.select();
      this.notice = {text: d.copyFailed, alert: false};
    }
  }

  private async print(options: HandoutOptions) {
    this.handout = options;
    this.printing = false;
    await this.updateComplete;
    await this.renderRoot.querySelector<LitElement>("bj-story-handout")?.updateComplete;
    print();
  }

  private slideList() {
    const d = briefingMessages(this.lang).deck;
    const move = (i: number, to: number, which: string) => ((this.focusAfter = `li:nth-child(${to + 1}) .${which}`), (this.selected = to), this.change(moveSlide(this.deck, i, to), true));
    const label = (s: DeckSlide, i: number) => this.story.steps[i]?.title || (s.chart ? interpolate(d.chartSlide, {title: this.available.find((c) => c.id === s.chart)?.title ?? s.chart}) : d.textSlide);
    return html`<ol class="slides">${this.deck.slides.map((s, i) => html`<li class=${i === this.selected ? "selected" : ""}>
      <button class="pick" aria-current=${i === this.selected ? "true" : "false"} @click=${() => (this.selected = i)}><span class="n">${i + 1}</span> <span>${label(s, i)}</span>${this.story.steps[i]?.warnings ? html` <span class="flag">⚠</span>` : nothing}</button>
      <button class="up" aria-label="${d.moveUp}: ${i + 1}" ?disabled=${i === 0} @click=${() => move(i, i - 1, "up")}>↑</button>
      <button class="down" aria-label="${d.moveDown}: ${i + 1}" ?disabled=${i === this.deck.slides.length - 1} @click=${() => move(i, i + 1, "down")}>↓</button>
      <button class="remove" aria-label="${d.remove}: ${i + 1}" @click=${() => ((this.focusAfter = ".add select"), this.change(removeSlide(this.deck, i), true))}>✕</button>
    </li>`)}</ol>`;
  }

  private adder() {
    const d = briefingMessages(this.lang).deck;
    const full = this.deck.slides.length >= DECK_LIMITS.slides;
    const add = () => {
      const id = this.renderRoot.querySelector<HTMLSelectElement>(".add select")?.value;
      if (id) emit(this, "add-to-deck", {chart: id});
    };
    return html`<div class="add"><label for="add-chart">${d.addChart}</label>
      <select id="add-chart">${this.available.map((c) => html`<option value=${c.id}>${c.title}</option>`)}</select>
      <button ?disabled=${full} @click=${add}>${d.add}</button>
      <button ?disabled=${full} @click=${() => this.change(addTextSlide(this.deck, this.deck.slides.length), true)}>${d.addText}</button></div>`;
  }

  private editing() {
    const d = briefingMessages(this.lang).deck;
    const i = this.selected;
    const slide = this.deck.slides[i];
    if (!slide) return html`<p class="empty">${d.empty}</p>`;
    const chart = slide.chart === null ? undefined : this.charts.get(slide.chart);
    const figures = chart ? slotFigures(slideChart(chart, {id: chart.id, title: "", description: "", messages: messagesFor(this.lang), rows: slide.rows, reveal: slide.reveal})) : new Map();
    const step = this.story.steps[i];
    return html`<h2>${interpolate(d.editing, {n: i + 1})}</h2>
      ${step?.warnings ? html`<div class="warnings" role="note"><ul>${step.warnings.map((w) => html`<li>${w}</li>`)}</ul>
        <button @click=${() => this.change(acceptFigures(this.deck, this.charts, this.version), true)}>${d.accept}</button></div>` : nothing}
      ${slideForm(slide, i, {lang: this.lang, chart, figures, problems: this.problems, on: {
        text: (ref, value) => this.text(i, ref, value),
        focusField: (ref, field) => (this.lastField = {ref, field}),
        view: (view) => chart && this.change(setSlideView(this.deck, i, chart, view), true),
        insert: (key) => this.insert(i, key)
      }})}
      <h3>${d.preview}</h3>
      ${step ? html`<bj-slide-frame .step=${step} .lang=${this.lang}></bj-slide-frame>` : nothing}`;
  }

  render() {
    const d = briefingMessages(this.lang).deck;
    const none = !this.deck.slides.length;
    return html`<main class="editor">
      <h1>${d.heading}</h1>
      <p class="intro">${d.intro}</p>
      <div class="toolbar">
        <a class="button primary" href=${this.presentHref} aria-disabled=${none ? "true" : "false"} @click=${(e: Event) => none && e.preventDefault()}>${d.present}</a>
        <button ?disabled=${none} @click=${() => (this.printing = true)}>${d.print}</button>
        <button @click=${this.save}>${d.save}</button>
        <label class="button open">${d.open}<input type="file" accept=".json,application/json" @change=${this.open}></label>
        <button @click=${this.copy}>${d.copy}</button>
        <button @click=${() => ((this.selected = 0), this.change(emptyDeck(this.version), true))}>${d.clear}</button>
        <a class="button" href=${this.explainerHref}>${d.explainer}</a>
      </div>
      ${this.notice ? html`<p class="notice ${this.notice.alert ? "alert" : ""}" role=${this.notice.alert ? "alert" : "status"}>${this.notice.text}</p>` : nothing}
      <div class="link"><label for="deck-link">${d.link}</label><input id="deck-link" readonly .value=${this.link}>
        ${this.payload.length > LONG_LINK ? html`<p class="hint">${interpolate(d.longLink, {n: this.link.length})}</p>` : nothing}</div>
      <div class="titles">${LANGS.map((l) => html`<label>${interpolate(d.title, {lang: d.langs[l]})}<input lang=${htmlLang(l)} .value=${this.deck.title[l] ?? ""} maxlength=${DECK_LIMITS.title}
        @input=${(e: Event) => {
          const value = (e.target as HTMLInputElement).value;
          if (!textProblem(value, {max: DECK_LIMITS.title})) this.change(setDeckTitle(this.deck, l, value), false);
        }}></label>`)}</div>
      <div class="layout">
        <section class="list" aria-labelledby="slides-h"><h2 id="slides-h">${d.slides}</h2>${none ? html`<p class="empty">${d.empty}</p>` : this.slideList()}${this.adder()}</section>
        <section class="edit" aria-label=${d.edit}>${this.editing()}</section>
      </div>
    </main>
    <dialog class="print" aria-labelledby="print-h" @close=${() => (this.printing = false)}>
      ${this.printing ? handoutForm(this.handout, {lang: this.lang, print: (o) => void this.print(o), cancel: () => (this.printing = false)}) : nothing}
    </dialog>
    ${none ? nothing : html`<bj-story-handout .model=${this.story} .lang=${this.lang} .options=${this.handout}></bj-story-handout>`}`;
  }
}

customElements.define("bj-deck-editor", BjDeckEditor);

declare global {
  interface HTMLElementTagNameMap {
    "bj-deck-editor": BjDeckEditor;
  }
}
