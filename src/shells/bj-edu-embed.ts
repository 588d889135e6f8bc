import {Task} from "@lit/task";
import {css, html, LitElement, nothing} from "lit";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {loadDataset} from "../model/load-dataset.ts";
import {interpolate} from "../model/narrative.ts";
import {DataFileError} from "../model/validate-data.ts";
import {chartById} from "../model/embed-charts.ts";
import {embedData, embedNotice, embedProvenance, sourceHref, type EmbedData} from "../model/embed-data.ts";
import {explainerHref, parseEmbedQuery, type EmbedQuery} from "../model/embed-query.ts";
import {followToExplainer} from "../app/retarget-links.ts";
import {htmlLang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {BjChartFigure} from "../components/bj-chart-figure.ts";
import "../components/bj-chart-figure.ts";
import "../components/bj-provenance-panel.ts";
import {lazyModule, loadModule} from "../app/lazy-module.ts";
import {sharedStyles} from "../components/shared-styles.ts";

const loadDownloads = () => import("../views/downloads.ts");
const loadStoryView = () => import("../views/story-view.ts");

/** Resolves once a chart figure has drawn its chart (Plot loads on first use). */
async function drawn(figure: BjChartFigure): Promise<void> {
  for (;;) {
    await figure.updateComplete;
    if (figure.drawn) return;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * embed.html: one chart of the explainer (`?chart=<id>&lang=zh|en`) or a story
 * (`?story=<id>`), without the page around it: the chart figure with its source
 * line, and a link to the explainer. An unknown or missing chart gets a notice.
 * Links inside lead to the explainer, in the host's tab.
 */
export class BjEduEmbed extends LitElement {
  static properties = {selected: {state: true}, step: {state: true}, notice: {state: true}};
  declare selected: string | null;
  declare step: number;
  declare notice: string;

  readonly query: EmbedQuery = parseEmbedQuery(location.search);
  /** The explainer: the page next to this one. */
  private readonly explainer = new URL("./", location.href);
  /** Settles once the first chart is drawn, or once the page shows that there is none to draw. */
  readonly ready: Promise<void>;
  private settle!: () => void;
  private watching = false;

  constructor() {
    super();
    this.selected = null;
    this.notice = "";
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
      .notice { border: 1px solid var(--s-behind); border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
    `
  ];

  private data = new Task(this, {
    task: async (_args, {signal}) => (this.query.view.kind === "none" ? null : embedData(await loadDataset({signal}), this.query.lang)),
    args: () => []
  });

  connectedCallback() {
    super.connectedCallback();
    const m = messagesFor(this.query.lang);
    document.documentElement.lang = htmlLang(this.query.lang);
    document.title = m.title;
  }

  private get chart(): ChartWithTable | undefined {
    const {view} = this.query;
    return view.kind === "chart" && this.data.value ? chartById(this.data.value.model, view.chart) : undefined;
  }

  protected updated() {
    if (this.watching) return;
    const {view} = this.query;
    if (view.kind === "none" || this.data.error) {
      this.watching = true;
      this.settle();
      return;
    }
    if (!this.data.value) return;
    const chart = this.chart;
    if (chart) document.title = `${chart.title} · ${messagesFor(this.query.lang).title}`;
    const figure = this.renderRoot.querySelector<BjChartFigure>("bj-chart-figure");
    const story = this.renderRoot.querySelector<LitElement>("bj-story");
    if (!figure && !story) return;
    this.watching = true;
    void (async () => {
      await story?.updateComplete;
      const first = figure ?? story!.renderRoot.querySelector<BjChartFigure>(".step:not([hidden]) bj-chart-figure");
      // No waiting for a frame: a browser may not draw frames for an iframe that is off screen.
      if (first) await drawn(first);
      this.settle();
    })();
  }

  private onClick = (event: MouseEvent) => followToExplainer(event, this.explainer, "_top");

  private onDownloadChart = async (event: Event) => {
    event.stopPropagation();
    const {chart, format, svg} = (event as CustomEvent<{chart: ChartWithTable; format: "csv" | "svg" | "png"; svg: SVGSVGElement}>).detail;
    try {
      const {downloadChart} = await loadModule("downloads", loadDownloads);
      await downloadChart(chart, format, svg, this.data.value!.data.observations, this.query.lang);
    } catch (error) {
      this.notice = interpolate(messagesFor(this.query.lang).downloads.failed, {problem: (error as Error).message});
    }
  };

  /** The speaker notes open as the explainer's notes window (the explainer keeps the steps in line). */
  private onStoryNotes = () => {
    const {view, lang} = this.query;
    if (view.kind !== "story") return;
    const url = new URL(`./?story=${encodeURIComponent(view.story)}&step=${this.step}&notes=1${lang === "en" ? "&lang=en" : ""}`, this.explainer);
    window.open(url, "bj-edu-notes", "popup,width=720,height=760");
  };

  private credit(data: EmbedData) {
    const {view, lang} = this.query;
    const m = messagesFor(lang);
    // Only a chart or story that exists is linked to; an unknown one leads to the explainer's top.
    const target = view.kind === "chart" && chartById(data.model, view.chart) ? {chart: view.chart} : view.kind === "story" && data.data.content.stories.some((s) => s.id === view.story) ? {story: view.story} : undefined;
    const href = explainerHref(lang, target);
    return html`<p class="credit">${m.embed.credit} <a href=${href} target="_top">${data.model.messages.title}</a></p>`;
  }

  private content(data: EmbedData) {
    const {view, lang} = this.query;
    const m = messagesFor(lang);
    if (view.kind === "story") {
      const stories = lazyModule(this, "story-view", loadStoryView);
      if (!stories) return html`<p role="status">${m.loading}</p>`;
      const story = stories.findStory(data.data, view.story);
      if (!story) return html`<p class="notice">${embedNotice({kind: "none", what: "story", asked: view.story}, m)}</p>`;
      const model = stories.storyModel(story, data.model, data.data);
      return html`<bj-story .model=${model} .step=${stories.clampStep(this.step, model.steps.length)} .lang=${lang} .notes=${false} .backHref=${explainerHref(lang)}
        @story-step=${(e: CustomEvent<number>) => (this.step = e.detail)} @story-notes=${this.onStoryNotes}></bj-story>`;
    }
    const chart = this.chart;
    if (!chart) return html`<p class="notice">${embedNotice({kind: "none", what: "chart", asked: view.kind === "chart" ? view.chart : null}, m)}</p>`;
    return html`<bj-chart-figure hide-embed .chart=${chart} .lang=${lang}></bj-chart-figure>`;
  }

  render() {
    const {view, lang} = this.query;
    const m = messagesFor(lang);
    if (view.kind === "none") {
      return html`<main>
        <p class="notice">${embedNotice(view, m)}</p>
        <p><a href=${explainerHref(lang)} target="_top">${m.embed.openExplainer}</a></p>
      </main>`;
    }
    return this.data.render({
      pending: () => html`<p role="status">${m.loading}</p>`,
      error: (error) => html`<div role="alert">
        <p><strong>${m.error.title}</strong></p>
        <p>${interpolate(m.error.detail, error instanceof DataFileError
          ? {file: error.file, problem: interpolate(m.error.problems[error.detail.code], error.detail as unknown as Record<string, string | number>)}
          : {file: "—", problem: m.error.problems.other})}</p>
        <button @click=${() => this.data.run()}>${m.error.retry}</button>
        <p><a href=${explainerHref(lang)} target="_top">${m.embed.openExplainer}</a></p>
      </div>`,
      complete: (data) => {
        if (!data) return nothing;
        const item = embedProvenance(data, this.selected);
        return html`<main @click=${this.onClick}
            @open-provenance=${(e: CustomEvent<string>) => (this.selected = e.detail)}
            @close-provenance=${() => (this.selected = null)}
            @download-chart=${this.onDownloadChart}>
          ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
          ${this.content(data)}
          ${this.credit(data)}
          <bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${item ? sourceHref(item, lang) : ""}></bj-provenance-panel>
        </main>`;
      }
    });
  }
}

customElements.define("bj-edu-embed", BjEduEmbed);
