import {LitElement, type PropertyValues} from "lit";
import {loadChartHeights} from "../app/chart-drawing.ts";
import {emit} from "../app/events.ts";
import {lazyModule, loadModule} from "../app/lazy-module.ts";
import {isOfflineCopy} from "../app/offline-copy.ts";
import type {ExplainerView} from "../model/page-parts.ts";
import {explainerPage, restBlocks} from "./explainer-page.ts";

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
    return restBlocks(this.view);
  }

  /** The model as far as it can be drawn: the rest comes in once its charts can hold their space (the static copy stays until then), so nothing jumps under the reader. */
  private get view(): ExplainerView {
    const heights = this.model.chapters ? lazyModule(this, "chart-heights", loadChartHeights) : undefined;
    return heights?.status === "loading" ? {...this.model, chapters: undefined} : this.model;
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
      if (!entries.some((e) => e.isIntersecting)) return;
      emit(this, "need-rest");
      // The chapters' charts keep their space with their layout: it loads beside their part.
      void loadModule("chart-heights", loadChartHeights).catch(() => {});
    }, {rootMargin: "100% 0px"});
    this.near.observe(pending);
  }

  // Light DOM so that #chart-… fragments can be linked to from the source view.
  protected createRenderRoot() {
    return this;
  }

  render() {
    return explainerPage(this.view, {
      langHref: this.langHref,
      shown: this.shown,
      restError: this.restError,
      onRetry: () => emit(this, "need-rest"),
      offline: isOfflineCopy()
    });
  }
}

customElements.define("bj-explainer", BjExplainer);

declare global {
  interface HTMLElementTagNameMap {
    "bj-explainer": BjExplainer;
  }
}
