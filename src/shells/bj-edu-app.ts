import {html, LitElement, nothing, type TemplateResult} from "lit";
import {DataController} from "../app/data-controller.ts";
import {DownloadController} from "../app/download-controller.ts";
import type {BjEventMap} from "../app/events.ts";
import {Hydration, landOn} from "../app/hydration.ts";
import {LoadingNotice} from "../app/loading-notice.ts";
import {lazyModule} from "../app/lazy-module.ts";
import {PresenterChannel} from "../app/presenter-channel.ts";
import {Router} from "../app/router.ts";
import "../components/bj-data-error.ts";
import "../components/bj-explainer.ts";
import "../components/bj-provenance-panel.ts";
import {htmlLang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {notFoundMessage} from "../model/indicator-detail-notice.ts";
import {interpolate} from "../model/narrative.ts";
import {provenanceOf, type PageModel} from "../model/page-model.ts";
import {hrefFor, linkTo} from "../model/url-state.ts";
import type {LazyView, ViewContext} from "../views/view-context.ts";

// Views other than the explainer load on first use, each a chunk of its own.
const VIEWS = {
  story: () => import("../views/story-view.ts"),
  source: () => import("../views/source-view.ts"),
  data: () => import("../views/data-view.ts"),
  indicator: () => import("../views/indicator-view.ts")
} satisfies Record<string, () => Promise<LazyView>>;
const loadEmbedDialog = () => import("../components/bj-embed-dialog.ts");

/**
 * The page: wires the controllers (URL state, data, the swap from the static
 * page, downloads, the presenter's second window) and draws the view the
 * state names. Children report through events; this element only routes them.
 */
export class BjEduApp extends LitElement {
  static properties = {selected: {state: true}, embedding: {state: true}};
  /** The observation whose quote is open. */
  declare selected: string | null;
  /** The chart whose embed dialog is open (the dialog stays once loaded, so closing gives focus back). */
  declare embedding: ChartWithTable | null;

  private readonly data = new DataController(this);
  private readonly router = new Router(this, () => (this.data.data ? [...this.data.data.sources.keys()] : undefined));
  private readonly hydration = new Hydration(this);
  private readonly loading = new LoadingNotice(this);
  private readonly presenter = new PresenterChannel(
    () => ({story: this.router.state.story, total: this.model ? this.storyStepsLoaded() : 0, step: this.router.state.step}),
    (step) => this.router.navigate({...this.router.state, step}, {push: false})
  );
  private readonly downloads = new DownloadController(this, {
    lang: () => this.router.state.lang,
    data: () => this.data.data,
    selection: async () => (await VIEWS.data()).selection(this.context!),
    state: () => this.router.state
  });
  private reread = false;
  private embedDialogShown = false;

  constructor() {
    super();
    this.selected = null;
    this.embedding = null;
  }

  // Light DOM: page-level ids must be reachable by URL fragments. The live page renders above the
  // static one (an error and its retry show on the first screen), before a marker that stays.
  protected createRenderRoot() {
    const anchor = document.createComment("");
    this.prepend(anchor);
    this.renderOptions.renderBefore = anchor;
    return this;
  }

  private get model(): PageModel | undefined {
    return this.data.model(this.router.state.lang);
  }

  private get context(): ViewContext | undefined {
    const model = this.model;
    return model && {state: this.router.state, model};
  }

  private storyStepsLoaded(): number {
    const lazy = lazyModule(this, "story", VIEWS.story);
    return lazy.status === "ready" && this.context ? lazy.module.stepsOf(this.context) : 0;
  }

  protected willUpdate() {
    const {lang} = this.router.state;
    document.documentElement.lang = htmlLang(lang);
    document.title = messagesFor(lang).title;
    // Source ids are known once the data has loaded: read the URL again against them.
    if (this.data.data && !this.reread) {
      this.reread = true;
      this.router.reread();
    }
  }

  protected updated() {
    const view = this.querySelector<LitElement>(".app-root > :is(bj-explainer, bj-source-view, bj-data-view, bj-indicator-detail, bj-story)");
    if (this.model) void this.hydration.swap(view);
    const hash = this.router.pendingHash;
    if (hash && this.model) void this.hydration.revealed.then(() => landOn(view, hash)).then((landed) => landed && this.router.pendingHash === hash && (this.router.pendingHash = ""));
  }

  private on: {[K in keyof BjEventMap]?: (event: BjEventMap[K]) => void} = {
    "lang-change": (e) => this.router.navigate({...this.router.state, lang: e.detail}),
    "open-provenance": (e) => (this.selected = e.detail),
    "close-provenance": () => (this.selected = null),
    "state-change": (e) => {
      const {filters, sort, push} = e.detail;
      const state = this.router.state;
      this.router.navigate({...state, filters: {...state.filters, ...filters}, sort: sort ?? state.sort}, {push});
    },
    "story-step": (e) => {
      this.router.navigate({...this.router.state, step: e.detail}, {push: false});
      if (this.router.state.story) this.presenter.post(this.router.state.story, e.detail);
    },
    "story-notes": () => window.open(this.router.urlFor({...this.router.state, notes: true}), "bj-edu-notes", "popup,width=720,height=760"),
    "embed-chart": (e) => (this.embedding = e.detail.chart),
    retry: () => this.data.retry()
  };

  /** The view the state names: the explainer, or one that loads on first use. */
  private view(context: ViewContext): TemplateResult {
    const {state, model} = context;
    const m = model.messages;
    const key = state.story ? "story" : state.view === "source" || state.view === "data" ? state.view : state.indicator && model.data.summaries.has(state.indicator) ? "indicator" : null;
    if (key === "story" && !model.data.content.stories.some((s) => s.id === state.story)) {
      return html`<p class="page notice" role="alert">${interpolate(m.story.notFound, {id: state.story!})}</p><bj-explainer .model=${model.explainer}></bj-explainer>`;
    }
    if (!key) {
      return html`${state.indicator ? html`<p class="page notice" role="alert">${notFoundMessage(m, state.indicator)}</p>` : nothing}
        <bj-explainer .model=${model.explainer} .langHref=${hrefFor(state, {lang: state.lang === "zh" ? "en" : "zh"})}></bj-explainer>`;
    }
    const lazy = lazyModule<LazyView>(this, key, VIEWS[key]);
    if (lazy.status === "loading") return html`<p class="page" role="status">${m.loading}</p>`;
    if (lazy.status === "failed") {
      return html`<bj-data-error class="page" heading .error=${lazy.error} .lang=${state.lang} @retry=${(e: Event) => (e.stopPropagation(), lazyModule(this, key, VIEWS[key], {retry: true}))}></bj-data-error>`;
    }
    if (key === "story") this.presenter.open();
    return lazy.module.render(context);
  }

  private embedDialog(lang: "zh" | "en") {
    if (!this.embedding && !this.embedDialogShown) return nothing;
    if (lazyModule(this, "embed-dialog", loadEmbedDialog).status !== "ready") return nothing;
    this.embedDialogShown = true;
    return html`<bj-embed-dialog .chart=${this.embedding} .lang=${lang} .site=${new URL("./", document.baseURI).href} @close-embed=${() => (this.embedding = null)}></bj-embed-dialog>`;
  }

  render() {
    const {lang} = this.router.state;
    const m = messagesFor(lang);
    return this.data.task.render({
      // The static page stands in while the data loads; after half a second, every view says it is loading
      // (the static page is the explainer's, not the data view's or a source's).
      pending: () => (this.loading.shown(true) ? html`<p class=${this.hydration.hydrated ? "state" : "loading-notice"} role="status">${m.loading}</p>` : nothing),
      error: (error) => (this.loading.shown(false), html`<bj-data-error class="state" heading .error=${error} .lang=${lang} @retry=${this.on.retry}></bj-data-error>`),
      complete: () => {
        this.loading.shown(false);
        const context = this.context!;
        const item = provenanceOf(context.model, this.selected);
        const notice = this.downloads.notice;
        return html`<div class="app-root" ?hidden=${!this.hydration.hydrated} @click=${this.router.onLinkClick}
          @lang-change=${this.on["lang-change"]} @open-provenance=${this.on["open-provenance"]} @close-provenance=${this.on["close-provenance"]}
          @state-change=${this.on["state-change"]} @story-step=${this.on["story-step"]} @story-notes=${this.on["story-notes"]} @embed-chart=${this.on["embed-chart"]}>
          ${notice ? html`<p class="page notice" role="alert">${notice}</p>` : nothing}
          ${this.view(context)}
          <bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${item ? linkTo(lang, {view: "source", doc: item.sourceId, hash: `q-${item.id}`}) : ""}></bj-provenance-panel>
          ${this.embedDialog(lang)}
        </div>`;
      }
    });
  }
}

customElements.define("bj-edu-app", BjEduApp);

declare global {
  interface HTMLElementTagNameMap {
    "bj-edu-app": BjEduApp;
  }
}
