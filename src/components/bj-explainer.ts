import {html, LitElement, nothing, type PropertyValues} from "lit";
import {keyed} from "lit/directives/keyed.js";
import {emit} from "../app/events.ts";
import "./bj-data-error.ts";
import type {ExplainerView} from "../model/explainer-parts.ts";
import {linkTo} from "../model/url-state.ts";
import {chapterSection, comparisonsSection, firstScreen, footer, masthead, methodSection, scoreboardSection, trackerSection} from "./explainer-sections.ts";

/**
 * The explainer page: the answer first (status summary), the tracker, the scoreboard,
 * chapters, comparisons, method, the way to every figure, downloads. It
 * renders the model it is given and nothing else. What follows the scoreboard
 * comes in its own part: until it is there, a placeholder stands in (the swap
 * from the static page moves the static copy of the chapters into it), and
 * says when it comes near the screen (`need-rest`).
 */
export class BjExplainer extends LitElement {
  static properties = {model: {attribute: false}, langHref: {}, restError: {attribute: false}, shown: {state: true}};
  declare model: ExplainerView;
  /** Why what follows the scoreboard did not load, if it did not: said above its static text, with a retry. */
  declare restError: unknown;
  /** The same page in the other language. */
  declare langHref: string;
  /**
   * How many blocks of the rest (each chapter, comparisons, method) are drawn:
   * the rest is built a block per task, so no task blocks a phone.
   */
  declare shown: number;

  private waiting: Array<() => void> = [];
  private near?: IntersectionObserver;

  constructor() {
    super();
    this.shown = 0;
  }

  /** Resolves when everything the model holds is drawn (the first screen, and the rest if it is there). */
  get fullyRendered(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (this.hasUpdated && !this.isUpdatePending && this.shown >= this.blocks) this.flush();
    });
  }

  private flush() {
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  private get blocks(): number {
    return this.model.chapters ? this.model.chapters.length + 2 : 0;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    // A new model (the other language) starts the rest from its first block.
    if (changed.has("model") && changed.get("model")?.chapters !== this.model.chapters) this.shown = 0;
  }

  protected updated() {
    this.watchPlaceholder();
    if (this.shown < this.blocks) setTimeout(() => (this.shown += 1), 0);
    else this.flush();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.near?.disconnect();
  }

  /** Asks for the rest once its placeholder is within a screen of the viewport. */
  private watchPlaceholder() {
    const pending = this.querySelector(".rest-pending");
    this.near?.disconnect();
    // After a failed load, only the reader's retry asks again: never a loop of requests to a failing server.
    if (!pending || this.restError) return;
    this.near = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) emit(this, "need-rest");
    }, {rootMargin: "100% 0px"});
    this.near.observe(pending);
  }

  // Light DOM so that #chart-… fragments can be linked to from the source view.
  protected createRenderRoot() {
    return this;
  }

  private allFigures() {
    const m = this.model.messages;
    return html`<section id="all-figures" aria-labelledby="all-figures-h">
      <h2 id="all-figures-h">${m.allFigures.heading}</h2>
      <p>${m.allFigures.intro}</p>
      <p><a href=${linkTo(this.model.lang, {view: "data"})}>${m.dataView.open}</a></p>
    </section>`;
  }

  private rest() {
    const {chapters, comparisons, method} = this.model;
    // Keyed by language: the static copy moved in at the swap is in the page's first language only.
    if (!chapters || !comparisons || !method) return keyed(this.model.lang, html`<div class="rest-pending"></div>`);
    const model = {...this.model, chapters, comparisons, method};
    const after = this.shown - chapters.length;
    return html`<div id="chapters">${chapters.slice(0, this.shown).map((chapter) => chapterSection(chapter, model))}</div>
      ${after >= 1 ? comparisonsSection(model) : nothing}
      ${after >= 2 ? html`${methodSection(model)}${this.allFigures()}` : nothing}`;
  }

  render() {
    const model = this.model;
    return html`
      <div class="page">
        ${masthead(model, this.langHref ?? linkTo(model.lang === "zh" ? "en" : "zh"))}
        <main id="main" tabindex="-1">
          ${firstScreen(model)}
          ${trackerSection(model)}
          ${scoreboardSection(model)}
          ${this.restError && !this.model.chapters ? html`<bj-data-error class="state" .error=${this.restError} .lang=${this.model.lang} @retry=${() => emit(this, "need-rest")}></bj-data-error>` : nothing}
          ${this.rest()}
        </main>
        ${this.model.chapters && this.shown >= this.blocks ? footer(model) : nothing}
      </div>
    `;
  }
}

customElements.define("bj-explainer", BjExplainer);

declare global {
  interface HTMLElementTagNameMap {
    "bj-explainer": BjExplainer;
  }
}
