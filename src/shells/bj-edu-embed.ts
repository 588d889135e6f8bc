import {css, html, LitElement, type TemplateResult} from "lit";
import {DownloadController} from "../app/download-controller.ts";
import {lazyModule} from "../app/lazy-module.ts";
import {Parts, type Part} from "../app/parts.ts";
import {MessagesController, textFailed} from "../app/messages-controller.ts";
import {stashPrerendered} from "../app/prerendered.ts";
import {followToExplainer} from "../app/retarget-links.ts";
import {openSpeakerView} from "../app/speaker-window.ts";
import type {BjChartFigure} from "../components/bj-chart-figure.ts";
import "../components/bj-data-error.ts";
import {embeddedChart, outbound} from "../components/embedded-chart.ts";
import {sharedStyles} from "../components/shared-styles.ts";
import {asLang, htmlLang} from "../i18n/locale.ts";
import {hasMessages, messagesFor} from "../i18n/messages.ts";
import {DataFileError} from "../model/data-file-error.ts";
import {embedNotice} from "../model/embed-notice.ts";
import {explainerHref, parseEmbedQuery, type EmbedQuery} from "../model/embed-query.ts";
import {linkTo} from "../model/url-state.ts";
import {PAGE_FILES} from "../model/page-parts.ts";

const loadStoryView = () => import("../views/story-view.ts");

/** Resolves once a chart figure has drawn its chart (Plot loads on first use). */
async function drawn(figure: BjChartFigure): Promise<void> {
  while (!figure.drawn) {
    await figure.updateComplete;
    if (!figure.drawn) await new Promise((done) => setTimeout(done, 50));
  }
}

/** A part that does not exist (the server answers 404): the id names no chart or story. */
const missing = (part: Part<unknown>) => part.status === "failed" && part.error instanceof DataFileError && part.error.detail.code === "status" && part.error.detail.status === 404;

/**
 * An embed page: one chart of the explainer or a story, without the page
 * around it: the chart figure with its source line, and a link to the
 * explainer. Either a chart's own page, which the build writes with the chart
 * drawn in (frame/<lang>/<id>.html: `<bj-edu-embed chart lang site>`, the
 * static copy shown until the live chart takes its place), or embed.html,
 * which reads `?chart=<id>&lang=zh|en` or `?story=<id>`. An unknown or missing
 * chart gets a notice. Links inside lead to the explainer, in the host's tab.
 */
export class BjEduEmbed extends LitElement {
  static properties = {selected: {state: true}, step: {state: true}};
  declare selected: string | null;
  /** The story's step, kept here: the embed's URL belongs to the host. */
  declare step: number;

  /** What to show: the chart a chart's page names in its attributes, or what embed.html's address asks for. */
  get query(): EmbedQuery {
    const chart = this.getAttribute("chart");
    // A chart's page names its chart and language; its address may still ask for a theme.
    return (this.asking ??= chart ? {...parseEmbedQuery(location.search), lang: asLang(this.getAttribute("lang")), view: {kind: "chart", chart}} : parseEmbedQuery(location.search));
  }

  private asking?: EmbedQuery;
  /** The explainer: the site's folder (`site`, from a chart's page), or the page next to this one. */
  private get explainer(): URL {
    return new URL(this.getAttribute("site") ?? "./", location.href);
  }
  private data?: Parts;
  /** The parts of the site's data/ (next to the explainer, wherever this page sits). */
  private get parts(): Parts {
    return (this.data ??= new Parts(this, {base: new URL("data/", this.explainer)}));
  }
  private readonly messages = new MessagesController(this, () => this.query.lang);
  private readonly downloads = new DownloadController(this, {lang: () => this.query.lang, about: () => undefined});
  /** Settles once the first chart is drawn, or once the page shows that there is none to draw. */
  readonly ready: Promise<void>;
  private settle!: () => void;
  private watching = false;

  constructor() {
    super();
    this.selected = null;
    this.step = this.query.view.kind === "story" ? this.query.view.step : 1;
    this.ready = new Promise((resolve) => (this.settle = resolve));
  }

  static styles = [
    sharedStyles,
    css`
      :host { display: block; padding: 0.25rem 0.75rem 0.5rem; }
      bj-chart-figure { margin: 0; }
      bj-story { min-height: 0; padding: 0.25rem 0; }
      .credit { margin: 0.5rem 0 0; font-size: 0.875rem; color: var(--muted); }
      .notice { border: 1px solid var(--s-behind); border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; font-size: 1rem; font-weight: 400; }
    `
  ];

  connectedCallback() {
    super.connectedCallback();
    const root = document.documentElement;
    root.lang = htmlLang(this.query.lang);
    // The publisher's colours: light unless the link asks for dark, or for the reader's setting (auto).
    if (this.query.theme === "auto") delete root.dataset.theme;
    else root.dataset.theme = this.query.theme;
    // The build's static copy (a chart's page) stays in view through the slot until the live chart has
    // drawn (adopting its drawing); embed.html's is for readers without JavaScript only.
    const copy = this.querySelector(":scope > [data-static]");
    if (copy?.querySelector("bj-chart-figure")) {
      stashPrerendered(copy);
      void this.ready.then(() => copy.remove());
    } else copy?.remove();
  }

  /** The part the query names: one chart, or one story. */
  private asked() {
    const {view, lang} = this.query;
    if (view.kind === "none") return undefined;
    // The site's lists first (a small file): a chart or story it does not have is never fetched (no 404 in the host's console).
    const index = this.parts.index(lang);
    if (index.status !== "ready") return index;
    const known = view.kind === "chart" ? index.value.charts.some((c) => c.id === view.chart) : index.value.stories.some((s) => s.id === view.story);
    if (!known) return {status: "failed" as const, error: new DataFileError(PAGE_FILES.index(lang), {code: "status", status: 404})};
    return view.kind === "chart" ? this.parts.chart(lang, view.chart) : this.parts.story(lang, view.story);
  }

  protected updated() {
    if (this.watching || !hasMessages(this.query.lang)) return;
    const part = this.asked();
    if (!part || part.status === "failed") return (this.watching = true), this.settle();
    if (part.status !== "ready") return;
    const figure = this.renderRoot.querySelector<BjChartFigure>("bj-chart-figure");
    const story = this.renderRoot.querySelector<LitElement>("bj-story");
    document.title = figure ? `${figure.chart.title} · ${messagesFor(this.query.lang).title}` : messagesFor(this.query.lang).title;
    if (!figure && !story) return;
    this.watching = true;
    void (async () => {
      await story?.updateComplete;
      const first = figure ?? story?.renderRoot.querySelector<BjChartFigure>("section.slide bj-chart-figure");
      // No waiting for a frame: a browser may not draw frames for an iframe that is off screen.
      if (first) await drawn(first);
      this.settle();
    })();
  }

  /** The speaker view opens as the explainer's (the explainer keeps the steps in line). */
  private onStoryNotes = (story: string) => {
    openSpeakerView(new URL(linkTo(this.query.lang, {story, step: this.step, notes: true}), this.explainer));
  };

  /** The open quote, once its file has loaded. */
  private item(quoteFiles: number) {
    return this.selected ? (this.parts.provenance(this.query.lang, this.selected, quoteFiles) ?? null) : null;
  }

  /** A story, drawn by story mode's element (loaded with it). */
  private story(part: Extract<ReturnType<Parts["story"]>, {status: "ready"}>["value"], storyId: string): TemplateResult {
    const {lang} = this.query;
    const stories = lazyModule(this, "story", loadStoryView);
    const back = explainerHref(this.explainer, lang);
    const story = stories.status === "ready" ? stories.module.storyElement(part.story, {lang, step: this.step, notes: false, back, embedded: true}) : html`<p role="status">${messagesFor(lang).loading}</p>`;
    return html`<div @story-step=${(e: CustomEvent<number>) => (this.step = e.detail)} @story-notes=${() => this.onStoryNotes(storyId)}>${story}</div>`;
  }

  render() {
    const {view, lang} = this.query;
    if (!this.messages.ready()) return this.messages.error ? textFailed(() => this.requestUpdate()) : html`<slot></slot>`;
    const m = messagesFor(lang);
    const explainerLink = html`<p>${outbound(explainerHref(this.explainer, lang), m.embed.openExplainer, m)}</p>`;
    // The notice is the page's one heading: an embed page with nothing to show still says what it is.
    const none = (what: "chart" | "story", asked: string | null) => html`<main><h1 class="notice">${embedNotice({kind: "none", what, asked}, m)}</h1>${explainerLink}</main>`;
    if (view.kind === "none") return none(view.what, view.asked);
    const part = this.asked()!;
    // A chart's page shows its static copy meanwhile.
    if (part.status === "loading") return this.querySelector(":scope > [data-static]") ? html`<slot></slot>` : html`<p role="status">${m.loading}</p>`;
    if (missing(part)) return none(view.kind, view.kind === "chart" ? view.chart : view.story);
    if (part.status === "failed") {
      return html`<bj-data-error .error=${part.error} .lang=${lang} @retry=${() => (this.parts.index(lang).status === "failed" ? this.parts.index(lang, {retry: true}) : view.kind === "chart" ? this.parts.chart(lang, view.chart, {retry: true}) : this.parts.story(lang, view.story, {retry: true}), this.requestUpdate())}>${explainerLink}</bj-data-error>`;
    }
    const value = part.value;
    const shown = "chart" in value
      ? {content: value.chart, credit: explainerHref(this.explainer, lang, {chart: value.chart.id})}
      : {content: this.story(value, value.story.id), credit: explainerHref(this.explainer, lang, {story: value.story.id})};
    return html`<main @click=${(e: MouseEvent) => followToExplainer(e, this.explainer)}
        @open-provenance=${(e: CustomEvent<string>) => (this.selected = e.detail)} @close-provenance=${() => (this.selected = null)}>
      ${embeddedChart({lang, ...shown, item: this.item(value.quoteFiles), notice: this.downloads.notice, explainer: this.explainer})}
    </main>`;
  }
}

customElements.define("bj-edu-embed", BjEduEmbed);

declare global {
  interface HTMLElementTagNameMap {
    "bj-edu-embed": BjEduEmbed;
  }
}
