import {css, html, LitElement, type TemplateResult} from "lit";
import {DataController} from "../app/data-controller.ts";
import {DownloadController} from "../app/download-controller.ts";
import {lazyModule} from "../app/lazy-module.ts";
import {followToExplainer} from "../app/retarget-links.ts";
import type {BjChartFigure} from "../components/bj-chart-figure.ts";
import "../components/bj-data-error.ts";
import {embeddedChart, outbound} from "../components/embedded-chart.ts";
import {sharedStyles} from "../components/shared-styles.ts";
import {htmlLang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {embedNotice} from "../model/embed-notice.ts";
import {explainerHref, parseEmbedQuery, type EmbedQuery} from "../model/embed-query.ts";
import type {PageModel} from "../model/page-model.ts";
import {DEFAULT_STATE, linkTo} from "../model/url-state.ts";

const loadStoryView = () => import("../views/story-view.ts");

/** Resolves once a chart figure has drawn its chart (Plot loads on first use). */
async function drawn(figure: BjChartFigure): Promise<void> {
  while (!figure.drawn) {
    await figure.updateComplete;
    if (!figure.drawn) await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * embed.html: one chart of the explainer (`?chart=<id>&lang=zh|en`) or a story
 * (`?story=<id>`), without the page around it: the chart figure with its source
 * line, and a link to the explainer. An unknown or missing chart gets a notice.
 * Links inside lead to the explainer, in the host's tab.
 */
export class BjEduEmbed extends LitElement {
  static properties = {selected: {state: true}, step: {state: true}};
  declare selected: string | null;
  /** The story's step, kept here: the embed's URL belongs to the host. */
  declare step: number;

  readonly query: EmbedQuery = parseEmbedQuery(location.search);
  /** The explainer: the page next to this one. */
  private readonly explainer = new URL("./", location.href);
  private readonly data = new DataController(this, undefined, {lang: () => this.query.lang});
  private readonly downloads = new DownloadController(this, {lang: () => this.query.lang, data: () => this.data.data});
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
    document.title = messagesFor(this.query.lang).title;
    // The build's static scoreboard is for readers without JavaScript; the live embed draws what was asked for.
    this.querySelector(":scope > .pre-embed")?.remove();
  }

  protected updated() {
    if (this.watching) return;
    if (this.query.view.kind === "none" || this.data.task.error) return (this.watching = true), this.settle();
    const model = this.data.model(this.query.lang);
    if (!model) return;
    const figure = this.renderRoot.querySelector<BjChartFigure>("bj-chart-figure");
    const story = this.renderRoot.querySelector<LitElement>("bj-story");
    if (figure) document.title = `${figure.chart.title} · ${model.messages.title}`;
    if (!figure && !story && this.renderRoot.querySelector("[role=status]")) return;
    this.watching = true;
    void (async () => {
      await story?.updateComplete;
      const first = figure ?? story?.renderRoot.querySelector<BjChartFigure>(".step:not([hidden]) bj-chart-figure");
      // No waiting for a frame: a browser may not draw frames for an iframe that is off screen.
      if (first) await drawn(first);
      this.settle();
    })();
  }

  /** The speaker notes open as the explainer's notes window (the explainer keeps the steps in line). */
  private onStoryNotes = (story: string) => {
    window.open(new URL(linkTo(this.query.lang, {story, step: this.step, notes: true}), this.explainer), "bj-edu-notes", "popup,width=720,height=760");
  };

  /** The chart or story asked for, and where its credit leads; a notice and the explainer's top for one that does not exist. */
  private content(model: PageModel): {content: TemplateResult | NonNullable<ReturnType<PageModel["charts"]["get"]>>; credit: string} {
    const {view, lang} = this.query;
    // The notice is the page's one heading: an embed page with nothing to show still says what it is.
    const none = (what: "chart" | "story", asked: string) => ({content: html`<h1 class="notice">${embedNotice({kind: "none", what, asked}, model.messages)}</h1>`, credit: explainerHref(this.explainer, lang)});
    if (view.kind === "chart") {
      const chart = model.charts.get(view.chart);
      return chart ? {content: chart, credit: explainerHref(this.explainer, lang, {chart: view.chart})} : none("chart", view.chart);
    }
    if (view.kind !== "story") return none("chart", "");
    if (!model.data.content.stories.some((s) => s.id === view.story)) return none("story", view.story);
    const stories = lazyModule(this, "story", loadStoryView);
    const story = stories.status === "ready" ? stories.module.render({state: {...DEFAULT_STATE, lang, story: view.story, step: this.step}, model}, {embedded: true}) : html`<p role="status">${model.messages.loading}</p>`;
    return {
      content: html`<div @story-step=${(e: CustomEvent<number>) => (this.step = e.detail)} @story-notes=${() => this.onStoryNotes(view.story)}>${story}</div>`,
      credit: explainerHref(this.explainer, lang, {story: view.story})
    };
  }

  render() {
    const {view, lang} = this.query;
    const m = messagesFor(lang);
    const explainerLink = html`<p>${outbound(explainerHref(this.explainer, lang), m.embed.openExplainer, m)}</p>`;
    if (view.kind === "none") return html`<main><h1 class="notice">${embedNotice(view, m)}</h1>${explainerLink}</main>`;
    return this.data.task.render({
      pending: () => html`<p role="status">${m.loading}</p>`,
      error: (error) => html`<bj-data-error .error=${error} .lang=${lang} @retry=${() => this.data.retry()}>${explainerLink}</bj-data-error>`,
      complete: () => {
        const model = this.data.model(lang)!;
        return html`<main @click=${(e: MouseEvent) => followToExplainer(e, this.explainer)}
            @open-provenance=${(e: CustomEvent<string>) => (this.selected = e.detail)} @close-provenance=${() => (this.selected = null)}>
          ${embeddedChart({model, ...this.content(model), selected: this.selected, notice: this.downloads.notice, explainer: this.explainer})}
        </main>`;
      }
    });
  }
}

customElements.define("bj-edu-embed", BjEduEmbed);

declare global {
  interface HTMLElementTagNameMap {
    "bj-edu-embed": BjEduEmbed;
  }
}
