import {LitElement, type PropertyValues} from "lit";
import {emit} from "../app/events.ts";
import {cancelIdle, whenIdle} from "../app/idle.ts";
import {lazyModule, loadModule} from "../app/lazy-module.ts";
import {isOfflineCopy} from "../app/offline-copy.ts";
import {loadChartHeights} from "../charts/load-chart-heights.ts";
import type {ExplainerView} from "../model/page-parts.ts";
import {explainerPage, restBlocks} from "./explainer-page.ts";

/**
 * What follows the tracker is drawn by templates of its own, loaded beside its part (the first
 * view does not carry them), with the layout its charts keep their space by.
 */
const loadRest = () => Promise.all([import("./explainer-rest.ts"), loadModule("chart-heights", loadChartHeights)]).then(([rest]) => rest);

/**
 * The explainer page: the answer first (status summary), the scoreboard, the tracker,
 * chapters, comparisons, method, the way to every figure, downloads. It
 * renders the model it is given and nothing else. The scoreboard and what follows the tracker
 * come in their own part: until it is there, pending blocks stand in (the swap
 * from the static page moves the static copies into them), and the one below the tracker
 * says when it comes near the screen (`need-rest`).
 */
export class BjExplainer extends LitElement {
  static properties = {model: {attribute: false}, langHref: {}, restError: {attribute: false}, shown: {state: true}};
  declare model: ExplainerView;
  /** Why what follows the tracker did not load, if it did not: said above its static text, with a retry. */
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
  private idle?: number;

  constructor() {
    super();
    this.shown = 0;
  }

  /** Resolves when everything the model holds is drawn (the first screen, and the rest if it is there). */
  get fullyRendered(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (this.hasUpdated && !this.isUpdatePending && this.settled) this.flush();
    });
  }

  private flush() {
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  private get blocks(): number {
    const templates = this.restTemplates;
    return restBlocks(this.model, templates?.status === "ready" ? templates.module : undefined);
  }

  /** Whether everything the model holds is drawn, or will not be (its templates failed to load: the static text stays). */
  private get settled(): boolean {
    if (!this.model.chapters) return true;
    const templates = this.restTemplates?.status;
    return templates === "failed" || (templates === "ready" && this.shown >= this.blocks);
  }

  /** The rest's templates as a render sees them (asked for with the rest's part): until they are here the static copy stays, so nothing jumps under the reader. */
  private get restTemplates() {
    return this.model.chapters ? lazyModule(this, "explainer-rest", loadRest) : undefined;
  }

  /** The model as far as it can be drawn: without the rest until its templates are here. */
  private get view(): ExplainerView {
    return this.model.chapters && this.restTemplates?.status !== "ready" ? {...this.model, chapters: undefined} : this.model;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    // A new model (the other language) starts the rest from its first block.
    if (changed.has("model") && changed.get("model")?.chapters !== this.model.chapters) this.shown = 0;
  }

  protected updated() {
    this.watchPlaceholder();
    // A block per task, once the rest's templates are here (they ask for an update when they arrive).
    if (this.settled) this.flush();
    else if (this.restTemplates?.status === "ready") setTimeout(() => (this.shown += 1), 0);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.near?.disconnect();
    cancelIdle(this.idle);
  }

  /**
   * Asks for the rest once its pending block is within a screen of the viewport, or once the page is
   * idle after its first screen, whichever comes first: the first view does not carry it, and the
   * scoreboard is live by the time a reader scrolls to it.
   */
  private watchPlaceholder() {
    // The tracker's pending block: the scoreboard's, above it, is near from the start, and its static drawing stands until then.
    const pending = this.querySelector('.rest-pending[data-part="tracker"]');
    this.near?.disconnect();
    cancelIdle(this.idle);
    // After a failed load, only the reader's retry asks again: never a loop of requests to a failing server.
    if (!pending || this.restError || this.restTemplates?.status === "failed") return;
    const ask = () => {
      this.near?.disconnect();
      cancelIdle(this.idle);
      emit(this, "need-rest");
      // The rest's templates load beside its part.
      void loadModule("explainer-rest", loadRest).catch(() => {});
    };
    this.near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && ask(), {rootMargin: "100% 0px"});
    this.near.observe(pending);
    this.idle = whenIdle(ask);
  }

  // Light DOM so that #chart-… fragments can be linked to from the source view.
  protected createRenderRoot() {
    return this;
  }

  render() {
    const templates = this.restTemplates;
    return explainerPage(this.view, {
      restTemplates: templates?.status === "ready" ? templates.module : undefined,
      langHref: this.langHref,
      shown: this.shown,
      // The part, or the templates that draw it, failed to load: the static text stays under a retry.
      restError: this.restError ?? (templates?.status === "failed" ? templates.error : undefined),
      // The reader's retry loads again what failed: the part (the shell's) and the templates.
      onRetry: () => {
        emit(this, "need-rest");
        if (this.model.chapters) lazyModule(this, "explainer-rest", loadRest, {retry: true});
        this.requestUpdate();
      },
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
