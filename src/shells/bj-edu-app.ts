import {Task} from "@lit/task";
import {html, LitElement, nothing} from "lit";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {explainerModel, type ExplainerModel} from "../model/explainer-model.ts";
import {notFoundMessage} from "../model/indicator-detail-notice.ts";
import {loadDataset, type Dataset} from "../model/load-dataset.ts";
import {interpolate} from "../model/narrative.ts";
import {pageData, type PageData} from "../model/page-data.ts";
import {provenance, type Provenance} from "../model/provenance.ts";
import type {Observation} from "../schema/dataset.ts";
import {DataFileError} from "../model/validate-data.ts";
import {htmlLang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {parseUrlState, serializeUrlState, type UrlState} from "../model/url-state.ts";
import type {StateChange} from "../components/bj-data-view.ts";
import "../components/bj-explainer.ts";
import "../components/bj-provenance-panel.ts";
import {lazyModule, loadModule} from "../app/lazy-module.ts";
import {stashPrerendered} from "../app/prerendered.ts";

/** Lets the browser paint and handle input before the next piece of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Views other than the explainer, and downloads, load when first used.
const loadDataView = () => import("../views/data-view.ts");
const loadSourceView = () => import("../views/source-view.ts");
const loadIndicatorView = () => import("../views/indicator-view.ts");
const loadDownloads = () => import("../views/downloads.ts");
const loadStoryView = () => import("../views/story-view.ts");
const loadEmbedDialog = () => import("../components/bj-embed-dialog.ts");

/** Keeps the presenter's windows (the story and its speaker notes) on the same step. */
const STORY_CHANNEL = "bj-edu-story";

/**
 * The top-level element. It owns the state (the URL state and the open
 * figure) and the loading of the data, derives what to show with pure
 * functions from src/data, and hands it down. Children report through events.
 */
export class BjEduApp extends LitElement {
  static properties = {state: {state: true}, selected: {state: true}, notice: {state: true}, hydrated: {state: true}, embedding: {state: true}};
  declare state: UrlState;
  declare selected: string | null;
  declare notice: string;
  /** False while the build's static page is still what the reader sees. */
  declare hydrated: boolean;
  /** The chart whose embed dialog is open. */
  declare embedding: ChartWithTable | null;

  /** The fragment still to scroll to, once the view that holds it has drawn. */
  private pendingHash = location.hash;
  private derived?: {dataset: Dataset; data: PageData; lang: string; model: ExplainerModel};

  constructor() {
    super();
    this.state = parseUrlState(location.search);
    this.selected = null;
    this.notice = "";
    this.hydrated = !document.getElementById("prerendered");
    this.embedding = null;
  }

  private embedDialogShown = false;

  /** The embed dialog: loaded when a chart's "embed" button is first used, then kept (closing gives focus back). */
  private embedDialog() {
    if (!this.embedding && !this.embedDialogShown) return nothing;
    if (!lazyModule(this, "embed-dialog", loadEmbedDialog)) return nothing;
    this.embedDialogShown = true;
    return html`<bj-embed-dialog .chart=${this.embedding} .lang=${this.state.lang} .site=${new URL("./", document.baseURI).href} @close-embed=${() => (this.embedding = null)}></bj-embed-dialog>`;
  }

  // Light DOM: page-level ids must be reachable by URL fragments.
  protected createRenderRoot() {
    // Render above the static page (an error and its retry button show on the first screen, not
    // after the static page's last line), before a marker that stays when the static page goes.
    const anchor = document.createComment("");
    this.prepend(anchor);
    this.renderOptions.renderBefore = anchor;
    return this;
  }

  private data = new Task(this, {
    task: async (_args, {signal}) => {
      const dataset = await loadDataset({signal});
      performance.mark("bj:data-loaded");
      // Parsing, deriving and drawing each get a task of their own, so none blocks a slow phone for long.
      await nextTask();
      // Source ids are known now: read the URL again against them.
      this.state = parseUrlState(location.search, {sources: dataset.sources.array("id") as string[]});
      this.derive(dataset);
      await nextTask();
      return dataset;
    },
    args: () => []
  });

  connectedCallback() {
    super.connectedCallback();
    addEventListener("popstate", this.onPopState);
  }

  disconnectedCallback() {
    removeEventListener("popstate", this.onPopState);
    super.disconnectedCallback();
  }

  private get sourceIds() {
    return this.data.value ? (this.data.value.sources.array("id") as string[]) : undefined;
  }

  private onPopState = () => {
    this.state = parseUrlState(location.search, {sources: this.sourceIds});
    this.selected = null;
    this.pendingHash = location.hash;
  };

  /** Links within the page (`?…`) change the state without reloading the data. */
  private onLinkClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((el): el is Element => el instanceof Element && el.localName === "a");
    const href = link?.getAttribute("href");
    if (!href || !href.startsWith("?") || link!.hasAttribute("download")) return;
    event.preventDefault();
    const url = new URL(href, location.href);
    history.pushState(null, "", url);
    this.state = parseUrlState(url.search, {sources: this.sourceIds});
    this.selected = null;
    this.pendingHash = url.hash;
    if (!url.hash) scrollTo(0, 0);
  };

  private navigate(state: UrlState, {push = true} = {}) {
    const url = new URL(location.href);
    url.search = serializeUrlState(state);
    url.hash = "";
    // No entry for a URL that is already the current one (committing a search that typing has
    // already written): Back would do nothing visible.
    if (push && url.href !== location.href) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    this.state = state;
  }

  protected willUpdate() {
    const {lang} = this.state;
    document.documentElement.lang = htmlLang(lang);
    document.title = messagesFor(lang).title;
    const dataset = this.data.value;
    if (dataset) this.derive(dataset);
  }

  /** The rows, summaries and page model for the loaded data and the current language. */
  private derive(dataset: Dataset) {
    const {lang} = this.state;
    if (this.derived?.dataset !== dataset || this.derived.lang !== lang) {
      const data = this.derived?.dataset === dataset ? this.derived.data : pageData(dataset);
      const model = explainerModel(data, lang);
      this.derived = {dataset, data, lang, model};
      performance.mark("bj:model");
    }
  }

  protected updated() {
    if (!this.hydrated && this.data.value) void this.hydrate();
    void this.scrollToFragment();
  }

  /**
   * Swaps the static page for the live one in a single frame, once the live
   * one has drawn: its charts adopt the static page's SVG, so nothing jumps.
   */
  private async hydrate() {
    const view = this.querySelector<LitElement>(".app-root > bj-explainer, .app-root > bj-source-view, .app-root > bj-data-view, .app-root > bj-indicator-detail, .app-root > bj-story");
    await view?.updateComplete;
    await (view as Partial<{fullyRendered: Promise<void>}> | null)?.fullyRendered;
    await Promise.all([...(view?.querySelectorAll<LitElement>("bj-chart-figure, bj-narrative, bj-lang-toggle") ?? [])].map((e) => e.updateComplete));
    performance.mark("bj:rendered");
    const prerendered = document.getElementById("prerendered");
    if (!prerendered) {
      this.hydrated = true;
      return;
    }
    stashPrerendered(prerendered);
    // In stages, each a task of its own: first what is on screen (the masthead and the
    // scoreboard) in place of the static copy, then the rest of the live page, then the
    // static page leaves the document.
    this.classList.add("revealing");
    prerendered.hidden = true;
    this.hydrated = true;
    await this.updateComplete;
    await nextTask();
    this.classList.remove("revealing");
    // Taking a large hidden tree out of the document is work too: a section per task.
    for (const part of [...prerendered.querySelectorAll(":scope > .page > *, :scope > .page")]) {
      await nextTask();
      part.remove();
    }
    prerendered.remove();
    performance.mark("bj:hydrated");
  }

  /** After a view change, honour the fragment (a quote in the source view, a chart in the explainer). */
  private async scrollToFragment() {
    const hash = this.pendingHash;
    if (!hash || !this.data.value) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      id = hash.slice(1);
    }
    // The target is drawn by the children, which render after this element: wait for them, and
    // for two frames so that charts redrawn at their real width have their final height.
    const view = this.querySelector<LitElement>("bj-explainer, bj-source-view, bj-data-view, bj-indicator-detail, bj-story");
    await view?.updateComplete;
    await (view as Partial<{fullyRendered: Promise<void>}> | null)?.fullyRendered;
    await Promise.all([...(view?.querySelectorAll<LitElement>("bj-chart-figure, bj-narrative") ?? [])].map((e) => e.updateComplete));
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    const target = document.getElementById(id);
    // A view that loads on first use may not be there yet: the fragment stays pending until it is.
    if (!target || this.pendingHash !== hash) return;
    this.pendingHash = "";
    target.scrollIntoView({block: "center"});
  }

  private get rows(): Observation[] {
    return this.derived?.data.observations ?? [];
  }

  private provenanceItem(): Provenance | null {
    const data = this.derived!.data;
    const o = this.selected ? data.byId.get(this.selected) : undefined;
    return o ? provenance(data, o, this.state.lang, messagesFor(this.state.lang)) : null;
  }

  private channel?: BroadcastChannel;

  /** The channel to the other windows of this story, opened when a story is first shown. */
  private storyChannel(): BroadcastChannel | undefined {
    if (!this.channel && typeof BroadcastChannel !== "undefined") {
      this.channel = new BroadcastChannel(STORY_CHANNEL);
      this.channel.onmessage = (event: MessageEvent) => {
        const message = event.data as {type?: unknown; story?: unknown; step?: unknown};
        // Only a step of the story shown here, and only a whole number: anything else is ignored.
        if (message?.type !== "step" || message.story !== this.state.story || !Number.isInteger(message.step)) return;
        if ((message.step as number) < 1 || (message.step as number) > 99) return;
        this.navigate({...this.state, step: message.step as number}, {push: false});
      };
    }
    return this.channel;
  }

  private onStoryStep = (event: Event) => {
    const step = (event as CustomEvent<number>).detail;
    this.navigate({...this.state, step}, {push: false});
    this.storyChannel()?.postMessage({type: "step", story: this.state.story, step});
  };

  private onStoryNotes = () => {
    const url = new URL(location.href);
    url.search = serializeUrlState({...this.state, notes: true});
    url.hash = "";
    window.open(url, "bj-edu-notes", "popup,width=720,height=760");
  };

  private onStateChange = (event: Event) => {
    const {filters, sort, push} = (event as CustomEvent<StateChange>).detail;
    this.navigate({...this.state, filters: {...this.state.filters, ...filters}, sort: sort ?? this.state.sort}, {push});
  };

  private async selectedRows(): Promise<Observation[]> {
    const {dataRows, dataViewModel} = await loadModule("data-view", loadDataView);
    const {lang} = this.state;
    const data = this.derived!.data;
    return dataViewModel(dataRows(data.observations, data.sources, lang), this.state, {lang, messages: messagesFor(lang), sources: data.sources, table: data.table}).rows;
  }

  private onDownloadData = async (event: Event) => {
    const kind = (event as CustomEvent<"csv" | "json" | "zip">).detail;
    try {
      const {downloadData} = await loadModule("downloads", loadDownloads);
      await downloadData(kind, kind === "zip" ? this.rows : await this.selectedRows(), this.derived!.data, this.state.filters);
    } catch (error) {
      this.notice = interpolate(messagesFor(this.state.lang).downloads.failed, {problem: (error as Error).message});
    }
  };

  private onDownloadChart = async (event: Event) => {
    const {chart, format, svg} = (event as CustomEvent<{chart: ChartWithTable; format: "csv" | "svg" | "png"; svg: SVGSVGElement}>).detail;
    try {
      const {downloadChart} = await loadModule("downloads", loadDownloads);
      await downloadChart(chart, format, svg, this.rows, this.state.lang);
    } catch (error) {
      this.notice = interpolate(messagesFor(this.state.lang).downloads.failed, {problem: (error as Error).message});
    }
  };

  private view() {
    const {model, data} = this.derived!;
    const {state} = this;
    const m = messagesFor(state.lang);
    const back = serializeUrlState({...state, view: "explainer", indicator: null, doc: null}) || "?";
    const loading = html`<p class="page" role="status">${m.loading}</p>`;
    if (state.story) {
      const view = lazyModule(this, "story-view", loadStoryView);
      if (!view) return loading;
      const story = view.findStory(data, state.story);
      if (!story) return html`<p class="page notice" role="alert">${interpolate(m.story.notFound, {id: state.story})}</p><bj-explainer .model=${model}></bj-explainer>`;
      this.storyChannel();
      const storyModel = view.storyModel(story, model, data);
      const step = view.clampStep(state.step, storyModel.steps.length);
      return html`<bj-story .model=${storyModel} .step=${step} .lang=${state.lang} .notes=${state.notes} .backHref=${serializeUrlState({...state, story: null, step: 1, notes: false}) || "?"}></bj-story>`;
    }
    if (state.view === "source") {
      const view = lazyModule(this, "source-view", loadSourceView);
      return view ? html`<bj-source-view .docs=${view.sourceDocs(data, model)} .current=${state.doc ?? ""} .lang=${state.lang} .backHref=${back}></bj-source-view>` : loading;
    }
    if (state.view === "data") {
      const view = lazyModule(this, "data-view", loadDataView);
      if (!view) return loading;
      const rows = view.dataRows(data.observations, data.sources, state.lang);
      const citations = view.citations(data, state.lang, new URL(location.pathname, location.origin).toString(), __APP_VERSION__, __BUILD_DATE__);
      return html`<bj-data-view .model=${view.dataViewModel(rows, state, {lang: state.lang, messages: m, sources: data.sources, table: data.table})} .state=${state} .lang=${state.lang} .citations=${citations}></bj-data-view>`;
    }
    const summary = state.indicator ? data.summaries.get(state.indicator) : undefined;
    if (summary) {
      const view = lazyModule(this, "indicator-view", loadIndicatorView);
      if (!view) return loading;
      const detail = view.indicatorDetail(summary, data, {lang: state.lang, messages: m});
      return html`<bj-indicator-detail .detail=${detail} .lang=${state.lang} .backHref=${back}></bj-indicator-detail>`;
    }
    return html`${state.indicator ? html`<p class="page notice" role="alert">${notFoundMessage(m, state.indicator)}</p>` : nothing}
      <bj-explainer .model=${model}></bj-explainer>`;
  }

  render() {
    const {lang} = this.state;
    const m = messagesFor(lang);
    return this.data.render({
      // The static page stands in while the data loads; without one, say so.
      pending: () => (this.hydrated ? html`<p class="state" role="status">${m.loading}</p>` : nothing),
      error: (error) => html`<div class="state" role="alert">
        <h1>${m.error.title}</h1>
        <p>${interpolate(m.error.detail, error instanceof DataFileError
          ? {file: error.file, problem: interpolate(m.error.problems[error.detail.code], error.detail as unknown as Record<string, string | number>)}
          : {file: "—", problem: m.error.problems.other})}</p>
        <button @click=${() => this.data.run()}>${m.error.retry}</button>
      </div>`,
      complete: () => {
        const item = this.provenanceItem();
        const sourceHref = item ? `?view=source&doc=${item.sourceId}${lang === "en" ? "&lang=en" : ""}#q-${item.id}` : "";
        return html`<div class="app-root" ?hidden=${!this.hydrated}
          @click=${this.onLinkClick}
          @lang-change=${(e: CustomEvent<"zh" | "en">) => this.navigate({...this.state, lang: e.detail})}
          @open-provenance=${(e: CustomEvent<string>) => (this.selected = e.detail)}
          @close-provenance=${() => (this.selected = null)}
          @state-change=${this.onStateChange}
          @download-data=${this.onDownloadData}
          @download-chart=${this.onDownloadChart}
          @story-step=${this.onStoryStep}
          @story-notes=${this.onStoryNotes}
          @embed-chart=${(e: CustomEvent<{chart: ChartWithTable}>) => (this.embedding = e.detail.chart)}>
          ${this.notice ? html`<p class="page notice" role="alert">${this.notice}</p>` : nothing}
          ${this.view()}
          <bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${sourceHref}></bj-provenance-panel>
          ${this.embedDialog()}
        </div>`;
      }
    });
  }
}

customElements.define("bj-edu-app", BjEduApp);
