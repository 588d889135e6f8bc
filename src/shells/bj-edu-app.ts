import {html, LitElement, nothing, type TemplateResult} from "lit";
import {DownloadController} from "../app/download-controller.ts";
import type {BjEventMap} from "../app/events.ts";
import {Hydration, landOn} from "../app/hydration.ts";
import {LoadingNotice} from "../app/loading-notice.ts";
import {lazyModule} from "../app/lazy-module.ts";
import {Parts} from "../app/parts.ts";
import {Router} from "../app/router.ts";
import {site} from "../app/site.ts";
import "../components/bj-data-error.ts";
import "../components/bj-explainer.ts";
import {htmlLang, type Lang} from "../i18n/locale.ts";
import {hasMessages, messagesFor} from "../i18n/messages.ts";
import {MessagesController, textFailed} from "../app/messages-controller.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {notFoundMessage} from "../model/indicator-detail-notice.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {ExplainerView, FirstScreen, PartsIndex} from "../model/page-parts.ts";
import type {Deck} from "../model/deck-schema.ts";
import type {Provenance} from "../model/provenance.ts";
import {linkTo, type UrlState} from "../model/url-state.ts";
import {PAGE_FILES} from "../model/page-parts.ts";
import type {Presenting} from "../views/presenting.ts";
import type {LazyView, ViewContext} from "../views/view-context.ts";

// Views other than the explainer load on first use, each a chunk of its own.
const VIEWS = {
  story: () => import("../views/story-view.ts"),
  source: () => import("../views/source-view.ts"),
  data: () => import("../views/data-view.ts"),
  indicator: () => import("../views/indicator-view.ts"),
  deck: () => import("../views/deck-view.ts")
} satisfies Record<string, () => Promise<LazyView>>;
const loadEmbedDialog = () => import("../components/bj-embed-dialog.ts");
// The quote panel loads with the first quote a reader opens: the first view does not carry it.
const loadProvenancePanel = () => import("../components/bj-provenance-panel.ts");

type ViewKey = "explainer" | keyof typeof VIEWS;

/** Which view a state names. */
function viewKey(state: UrlState): ViewKey {
  return state.story ? "story" : state.view === "source" || state.view === "data" || state.view === "deck" ? state.view : state.indicator ? "indicator" : "explainer";
}

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
  private explainerView?: {first: FirstScreen; rest: unknown; view: ExplainerView};
  private readonly router: Router = new Router(this, () => (this.index ? {sources: this.index.sources.map((s) => s.id), scopes: this.index.places.map((p) => p.id)} : undefined));
  private readonly hydration = new Hydration(this);
  private readonly loading = new LoadingNotice(this);
  /** A presentation across the presenter's windows, made when story mode (or a deck's) has loaded: it comes with it. */
  private presenting?: Presenting;
  private readonly downloads = new DownloadController(this, {
    lang: () => this.router.state.lang,
    about: () => this.index,
    selection: async () => (this.context ? (await VIEWS.data()).selection(this.context) : undefined),
    state: () => this.router.state
  });
  private reread = false;
  private embedDialogShown = false;
  private provenanceShown = false;

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

  /** The presentation shown (a story, a deck presented): its id for the speaker's channel and its number of steps, once its view has loaded. */
  private presentation(): {id: string; total: number} | null {
    const key = viewKey(this.router.state);
    if ((key !== "story" && key !== "deck") || !this.context) return null;
    const lazy = lazyModule<LazyView>(this, key, VIEWS[key]);
    return lazy.status === "ready" ? (lazy.module.presentation?.(this.context) ?? null) : null;
  }

  /** The view's own window title, once it knows it (a presentation's room and speaker windows differ). */
  private viewTitle(): string | undefined {
    const key = viewKey(this.router.state);
    if (key === "explainer" || !this.context) return undefined;
    const lazy = lazyModule<LazyView>(this, key, VIEWS[key]);
    return lazy.status === "ready" ? lazy.module.title?.(this.context) : undefined;
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
    "add-to-deck": (e) => void this.addToDeck(e.detail),
    "deck-change": (e) => void this.changeDeck(e.detail.deck, e.detail.push),
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
      return html`<p class="page notice" role="alert">${interpolate(m.story.notFound, {id: state.story!})}</p>${this.explainerOf(state.lang)}`;
    }
    if (key === "explainer") {
      return html`${state.indicator ? html`<p class="page notice" role="alert">${notFoundMessage(m, state.indicator)}</p>` : nothing}${this.explainerOf(state.lang)}`;
    }
    const lazy = lazyModule<LazyView>(this, key, VIEWS[key]);
    if (lazy.status === "loading") return html`<p class="page" role="status">${m.loading}</p>`;
    if (lazy.status === "failed") {
      return html`<bj-data-error class="page" heading .error=${lazy.error} .lang=${state.lang} @retry=${(e: Event) => (e.stopPropagation(), lazyModule(this, key, VIEWS[key], {retry: true}))}></bj-data-error>`;
    }
    const presenting = key === "story" || (key === "deck" && state.present) ? lazy.module.Presenting : undefined;
    if (presenting) (this.presenting ??= new presenting(this, {router: this.router, presentation: () => this.presentation()})).open();
    return lazy.module.render(context, {blank: this.presenting?.blank ?? false});
  }

  /** "Add to a briefing": the chart goes on the end of the deck in the address (or a new one), and the editor opens on it. */
  private async addToDeck(detail: BjEventMap["add-to-deck"]["detail"]) {
    const context = this.context ?? (await this.parts.ready("index", PAGE_FILES.index(this.router.state.lang)), this.context);
    if (!context) return;
    try {
      const deck = await VIEWS.deck();
      this.router.navigate(await deck.addToDeck({...context, state: this.router.state}, detail));
      scrollTo(0, 0);
    } catch (error) {
      this.downloads.notice = String((error as Error)?.message ?? error);
      this.requestUpdate();
    }
  }

  private async changeDeck(deck: Deck, push: boolean) {
    const {encodeDeck} = await import("../model/deck-codec.ts");
    this.router.navigate({...this.router.state, deck: encodeDeck(deck)}, {push});
  }

  /** While a presenter picks charts for a deck (it stays in the address), the way back to it. */
  private deckInProgress() {
    if (!this.router.state.deck) return nothing;
    const lazy = lazyModule(this, "deck", VIEWS.deck);
    return lazy.status === "ready" ? lazy.module.inProgress(this.router.state) : nothing;
  }

  private explainer(model: ExplainerView, restError?: unknown): TemplateResult {
    return html`<bj-explainer .model=${model} .langHref=${this.router.otherLanguageHref} .restError=${restError}></bj-explainer>`;
  }

  /** The explainer as a fallback under a notice (an unknown story or indicator): from its first screen's part. */
  private explainerOf(lang: Lang): TemplateResult {
    const first = this.parts.first(lang);
    return first.status === "ready" ? this.explainer(this.explainerParts(first.value, lang), this.parts.restError(lang)) : html``;
  }

  /** The explainer from its parts (the whole dataset is not needed for it): one object per part, so the element redraws only when one arrives. */
  private explainerParts(first: FirstScreen, lang: Lang): ExplainerView {
    const rest = this.parts.rest(lang);
    const known = this.explainerView;
    if (known?.first === first && known.rest === rest) return known.view;
    const view: ExplainerView = {...first, ...rest, messages: messagesFor(lang)};
    this.explainerView = {first, rest, view};
    return view;
  }

  private provenancePanel(lang: Lang, item: Provenance | null) {
    if (!item && !this.provenanceShown) return nothing;
    if (lazyModule(this, "provenance-panel", loadProvenancePanel).status !== "ready") return nothing;
    this.provenanceShown = true;
    return html`<bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${item ? linkTo(lang, {view: "source", doc: item.sourceId, hash: `q-${item.id}`}) : ""}></bj-provenance-panel>`;
  }

  private embedDialog(lang: "zh" | "en") {
    if (!this.embedding && !this.embedDialogShown) return nothing;
    if (lazyModule(this, "embed-dialog", loadEmbedDialog).status !== "ready") return nothing;
    this.embedDialogShown = true;
    return html`<bj-embed-dialog .chart=${this.embedding} .lang=${lang} .site=${new URL(site("./"), document.baseURI).href} @close-embed=${() => (this.embedding = null)}></bj-embed-dialog>`;
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
      ${this.provenancePanel(lang, item)}
      ${this.embedDialog(lang)}
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
      return this.root(lang, html`${this.deckInProgress()}${this.explainer(this.explainerParts(first.value, lang), this.parts.restError(lang))}`, item);
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
