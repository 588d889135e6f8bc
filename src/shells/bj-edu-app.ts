import {html, LitElement, nothing, type TemplateResult} from "lit";
import {DownloadController} from "../app/download-controller.ts";
import type {BjEventMap} from "../app/events.ts";
import {Hydration, landOn} from "../app/hydration.ts";
import {LoadingNotice} from "../app/loading-notice.ts";
import {lazyModule} from "../app/lazy-module.ts";
import {Parts} from "../app/parts.ts";
import {Router} from "../app/router.ts";
import "../components/bj-data-error.ts";
import "../components/bj-explainer.ts";
import {htmlLang, type Lang} from "../i18n/locale.ts";
import {hasMessages, messagesFor} from "../i18n/messages.ts";
import {MessagesController, textFailed} from "../app/messages-controller.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {notFoundMessage} from "../model/indicator-detail-notice.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {PartsIndex} from "../model/page-parts.ts";
import type {Provenance} from "../model/provenance.ts";
import {PAGE_FILES} from "../model/page-parts.ts";
import type {Presenting} from "../views/presenting.ts";
import type {LazyView, ViewContext} from "../views/view-context.ts";
import {DeckActions} from "../views/deck-actions.ts";
import {ExplainerFromParts} from "../views/explainer-parts.ts";
import {PageDialogs} from "../views/page-dialogs.ts";
import {loadedView, presentationOf, VIEW_LOADERS, viewKey} from "../views/lazy-views.ts";

/**
 * The page: wires the controllers (URL state, data, the swap from the static
 * page, downloads, the presenter's second window) and draws the view the
 * state names. The explainer draws from its own small parts; every other view
 * loads the whole dataset first. Children report through events; this element
 * only routes them.
 */
export class BjEduApp extends LitElement {
  static properties = {selected: {state: true}, embedding: {state: true}};
  /** The observation whose quote is open. */
  declare selected: string | null;
  /** The chart whose embed dialog is open (the dialog stays once loaded, so closing gives focus back). */
  declare embedding: ChartWithTable | null;

  private readonly parts = new Parts(this);
  private readonly messages = new MessagesController(this, () => this.router.state.lang);
  private readonly router: Router = new Router(this, () => (this.index ? {sources: this.index.sources.map((s) => s.id), scopes: this.index.places.map((p) => p.id)} : undefined));
  private readonly hydration = new Hydration(this);
  private readonly loading = new LoadingNotice(this);
  /** A presentation across the presenter's windows, made when story mode (or a deck's) has loaded: it comes with it. */
  private presenting?: Presenting;
  private readonly downloads = new DownloadController(this, {
    lang: () => this.router.state.lang,
    about: () => this.index,
    selection: async () => (this.context ? (await VIEW_LOADERS.data()).selection(this.context) : undefined),
    state: () => this.router.state
  });
  private readonly decks = new DeckActions(this, {
    router: this.router,
    context: async () => this.context ?? (await this.parts.ready("index", PAGE_FILES.index(this.router.state.lang)), this.context),
    failed: (message) => ((this.downloads.notice = message), this.requestUpdate())
  });
  private reread = false;
  private readonly dialogs = new PageDialogs(this);
  private readonly explainer = new ExplainerFromParts(this.parts, () => this.router.otherLanguageHref);

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

  /** What exists in the page's language (every view but the explainer's first screen reads it). */
  private get index(): PartsIndex | undefined {
    return this.parts.peek("index", PAGE_FILES.index(this.router.state.lang));
  }

  private get context(): ViewContext | undefined {
    const index = this.index;
    return index && {state: this.router.state, parts: this.parts, index};
  }

  /** The view's own window title, once it knows it (a presentation's room and speaker windows differ). */
  private viewTitle(): string | undefined {
    const context = this.context;
    return context && loadedView(this, context.state)?.title?.(context);
  }

  protected willUpdate() {
    const {lang} = this.router.state;
    document.documentElement.lang = htmlLang(lang);
    // A language's text may still be loading (it loads before a switch): the title follows once it has.
    if (hasMessages(lang)) document.title = this.viewTitle() ?? messagesFor(lang).title;
    // Source ids are known once the index has loaded: read the URL again against them.
    if (this.index && !this.reread) {
      this.reread = true;
      this.router.reread();
    }
  }

  protected updated() {
    const view = this.querySelector<LitElement>(".app-root > :is(bj-explainer, bj-source-view, bj-data-view, bj-indicator-detail, bj-story)");
    if (!this.querySelector(".app-root")) return;
    void this.hydration.swap(view);
    const hash = this.router.pendingHash;
    if (!hash) return;
    // Land once the live page shows whole (a cold load of #chart-… must not scroll a page still being swapped in).
    void this.hydration.revealed.then(() => landOn(view, hash)).then((landed) => {
      if (landed && this.router.pendingHash === hash) this.router.pendingHash = "";
      // A fragment in what follows the scoreboard: load it, and land once it has drawn.
      else if (!landed && viewKey(this.router.state) === "explainer") this.parts.needRest(this.router.state.lang);
    });
  }

  /** In-page links (`#…`) to what has not loaded yet wait for it; links to other states are the router's. */
  private onClick = (event: MouseEvent) => {
    const link = event.composedPath().find((el): el is HTMLAnchorElement => el instanceof Element && el.localName === "a");
    const href = link?.getAttribute("href");
    if (href?.startsWith("#") && !event.defaultPrevented && event.button === 0 && !document.getElementById(decodeURIComponent(href.slice(1)))) {
      event.preventDefault();
      history.pushState(null, "", href);
      this.router.pendingHash = href;
      this.parts.needRest(this.router.state.lang);
      return;
    }
    this.router.onLinkClick(event);
  };

  private on: {[K in keyof BjEventMap]?: (event: BjEventMap[K]) => void} = {
    // The other language's text first, so the page never draws without it.
    "lang-change": (e) => void this.messages.load(e.detail).then(() => this.router.navigate({...this.router.state, lang: e.detail}), () => this.router.navigate({...this.router.state, lang: e.detail})),
    "open-provenance": (e) => (this.selected = e.detail),
    "close-provenance": () => (this.selected = null),
    "state-change": (e) => {
      const {filters, sort, push} = e.detail;
      const state = this.router.state;
      this.router.navigate({...state, filters: {...state.filters, ...filters}, sort: sort ?? state.sort}, {push});
    },
    "add-to-deck": (e) => void this.decks.add(e.detail),
    "deck-change": (e) => void this.decks.change(e.detail.deck, e.detail.push),
    "embed-chart": (e) => (this.embedding = e.detail.chart),
    retry: () => (this.parts.index(this.router.state.lang, {retry: true}), this.requestUpdate())
  };

  /** The view the state names: the explainer, or one that loads on first use. */
  private view(context: ViewContext): TemplateResult {
    const {state, index} = context;
    const m = messagesFor(state.lang);
    const named = viewKey(state);
    const key = named === "indicator" && !index.indicators.includes(state.indicator!) ? "explainer" : named;
    if (key === "story" && !index.stories.some((s) => s.id === state.story)) {
      return html`<p class="page notice" role="alert">${interpolate(m.story.notFound, {id: state.story!})}</p>${this.explainer.fallback(state.lang)}`;
    }
    if (key === "explainer") {
      return html`${state.indicator ? html`<p class="page notice" role="alert">${notFoundMessage(m, state.indicator)}</p>` : nothing}${this.explainer.fallback(state.lang)}`;
    }
    const lazy = lazyModule<LazyView>(this, key, VIEW_LOADERS[key]);
    if (lazy.status === "loading") return html`<p class="page" role="status">${m.loading}</p>`;
    if (lazy.status === "failed") {
      return html`<bj-data-error class="page" heading .error=${lazy.error} .lang=${state.lang} @retry=${(e: Event) => (e.stopPropagation(), lazyModule(this, key, VIEW_LOADERS[key], {retry: true}))}></bj-data-error>`;
    }
    const presenting = key === "story" || (key === "deck" && state.present) ? lazy.module.Presenting : undefined;
    if (presenting) (this.presenting ??= new presenting(this, {router: this.router, presentation: () => presentationOf(this, this.context)})).open();
    return lazy.module.render(context, {blank: this.presenting?.blank ?? false});
  }

  /** The live page around a view: notices, the view, the quote dialog and the embed dialog; every child's event is routed here. */
  private root(lang: Lang, content: TemplateResult, item: Provenance | null) {
    const notice = this.downloads.notice;
    return html`<div class="app-root" ?hidden=${!this.hydration.hydrated} @click=${this.onClick}
      @lang-change=${this.on["lang-change"]} @open-provenance=${this.on["open-provenance"]} @close-provenance=${this.on["close-provenance"]}
      @state-change=${this.on["state-change"]} @embed-chart=${this.on["embed-chart"]} @add-to-deck=${this.on["add-to-deck"]} @deck-change=${this.on["deck-change"]}
      @need-rest=${() => this.parts.needRest(lang)}>
      ${notice ? html`<p class="page notice" role="alert">${notice}</p>` : nothing}
      ${content}
      ${this.dialogs.provenance(lang, item)}
      ${this.dialogs.embed(lang, this.embedding, () => (this.embedding = null))}
    </div>`;
  }

  render() {
    const {lang} = this.router.state;
    // Until the language's text is there the static page stands in (it is a module of its own, preloaded with the app).
    if (!this.messages.ready()) return this.messages.error ? textFailed(() => this.requestUpdate()) : nothing;
    const m = messagesFor(lang);
    // The static page stands in while a part loads; after half a second, every view says it is loading
    // (the static page is the explainer's, not the data view's or a source's).
    const pending = () => (this.loading.shown(true) ? html`<p class=${this.hydration.hydrated ? "state" : "loading-notice"} role="status">${m.loading}</p>` : nothing);
    const failed = (error: unknown, retry: () => void) =>
      html`<bj-data-error class="state" heading .error=${error} .lang=${lang} @retry=${() => (retry(), this.requestUpdate())}></bj-data-error>`;
    if (viewKey(this.router.state) === "explainer") {
      const first = this.parts.first(lang);
      if (first.status === "loading") return pending();
      this.loading.shown(false);
      if (first.status === "failed") return failed(first.error, () => this.parts.first(lang, {retry: true}));
      const item = this.selected ? (this.parts.provenance(lang, this.selected, first.value.quoteFiles) ?? null) : null;
      return this.root(lang, html`${this.decks.inProgress()}${this.explainer.render(lang, first.value)}`, item);
    }
    // Every other view knows from the index what exists (an unknown indicator or story gets a notice).
    const index = this.parts.index(lang);
    if (index.status === "loading") return pending();
    this.loading.shown(false);
    if (index.status === "failed") return failed(index.error, () => this.parts.index(lang, {retry: true}));
    const context = this.context!;
    const item = this.selected ? (this.parts.provenance(lang, this.selected, index.value.quoteFiles) ?? null) : null;
    return this.root(lang, this.view(context), item);
  }
}

customElements.define("bj-edu-app", BjEduApp);

declare global {
  interface HTMLElementTagNameMap {
    "bj-edu-app": BjEduApp;
  }
}
