import {Task} from "@lit/task";
import {css, html, LitElement, nothing, unsafeCSS} from "lit";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {loadDataset, type Dataset} from "../model/load-dataset.ts";
import {interpolate} from "../model/narrative.ts";
import {DataFileError} from "../model/validate-data.ts";
import {chartById} from "../model/embed-charts.ts";
import {embedData, embedNotice, embedProvenance, sourceHref, type EmbedData} from "../model/embed-data.ts";
import {explainerHref} from "../model/embed-query.ts";
import {followToExplainer} from "../app/retarget-links.ts";
import {htmlLang, type Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
// The page's colours, as the element's own: `:root` becomes `:host`. A host page can override
// any of them (`bj-edu-chart { --bg: … }`).
import theme from "../styles/theme.css?inline";
import "../components/bj-chart-figure.ts";
import "../components/bj-provenance-panel.ts";
import {loadModule} from "../app/lazy-module.ts";
import {sharedStyles} from "../components/shared-styles.ts";

const loadDownloads = () => import("../views/downloads.ts");

/** Where this module was loaded from: the explainer's folder, which holds data/ too. */
const SITE = new URL(/* @vite-ignore */ "./", import.meta.url);

/** One load per data folder, however many charts a page shows. */
const datasets = new Map<string, Promise<Dataset>>();

function dataset(base: string): Promise<Dataset> {
  let loading = datasets.get(base);
  if (!loading) {
    loading = loadDataset({base});
    datasets.set(base, loading);
    // A failed load can be tried again.
    loading.catch(() => datasets.delete(base));
  }
  return loading;
}

/**
 * `<bj-edu-chart chart="scoreboard-percent" lang="en">`: one chart of the
 * explainer on any page, drawn in its shadow DOM by the same builders, with
 * its source line and a link to the explainer. It loads the data from `data/`
 * next to this module, or from its `data-base` attribute. Published as one ES
 * module, dist/bj-edu-chart.js (vite.component.config.ts).
 */
export class BjEduChart extends LitElement {
  static properties = {chart: {}, lang: {}, dataBase: {attribute: "data-base"}, selected: {state: true}, notice: {state: true}};
  declare chart: string | null;
  declare lang: string;
  declare dataBase: string | null;
  declare selected: string | null;
  declare notice: string;

  private derived?: EmbedData;

  constructor() {
    super();
    this.chart = null;
    this.dataBase = null;
    this.selected = null;
    this.notice = "";
  }

  static styles = [
    unsafeCSS(theme.replace(/:root\b/g, ":host")),
    sharedStyles,
    css`
      :host { display: block; font-family: var(--font); line-height: 1.6; background: var(--bg); color: var(--fg); padding: 0.25rem 0.75rem 0.5rem; overflow-wrap: anywhere; }
      :host([hidden]) { display: none; }
      bj-chart-figure { margin: 0; }
      .credit { margin: 0.5rem 0 0; font-size: 0.875rem; color: var(--muted); }
      .notice { border: 1px solid var(--s-behind); border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
    `
  ];

  private get language(): Lang {
    return this.lang === "en" ? "en" : "zh";
  }

  /** The data folder: `data-base` (relative to the page), else `data/` next to this module. */
  private get base(): string {
    return this.dataBase ? new URL(this.dataBase, document.baseURI).href : new URL("data/", SITE).href;
  }

  private data = new Task(this, {
    task: ([base]) => dataset(base),
    args: () => [this.base] as const
  });

  private loaded?: Dataset;

  private model(loaded: Dataset): EmbedData {
    if (this.loaded !== loaded || this.derived?.lang !== this.language) this.derived = embedData(loaded, this.language);
    this.loaded = loaded;
    return this.derived!;
  }

  private onClick = (event: MouseEvent) => followToExplainer(event, SITE, "_self");

  private onDownloadChart = async (event: Event) => {
    event.stopPropagation();
    const {chart, format, svg} = (event as CustomEvent<{chart: ChartWithTable; format: "csv" | "svg" | "png"; svg: SVGSVGElement}>).detail;
    try {
      const {downloadChart} = await loadModule("downloads", loadDownloads);
      await downloadChart(chart, format, svg, this.derived!.data.observations, this.language);
    } catch (error) {
      this.notice = interpolate(messagesFor(this.language).downloads.failed, {problem: (error as Error).message});
    }
  };

  /** Events from the chart stay inside the element: the host page has no use for them. */
  private keep = (event: Event) => event.stopPropagation();

  private explainer(chart?: string): string {
    return new URL(explainerHref(this.language, chart ? {chart} : undefined), SITE).href;
  }

  render() {
    const lang = this.language;
    const m = messagesFor(lang);
    const id = this.chart ?? "";
    const asked = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 80 ? id : null;
    const unknown = html`<div lang=${htmlLang(lang)}>
        <p class="notice">${embedNotice({kind: "none", what: "chart", asked}, m)}</p>
        <p><a href=${this.explainer()}>${m.embed.openExplainer}</a></p>
      </div>`;
    if (!asked) return unknown;
    return this.data.render({
      pending: () => html`<p role="status">${m.loading}</p>`,
      error: (error) => html`<div role="alert" lang=${htmlLang(lang)}>
        <p><strong>${m.error.title}</strong></p>
        <p>${interpolate(m.error.detail, error instanceof DataFileError
          ? {file: error.file, problem: interpolate(m.error.problems[error.detail.code], error.detail as unknown as Record<string, string | number>)}
          : {file: "—", problem: m.error.problems.other})}</p>
        <button @click=${() => this.data.run()}>${m.error.retry}</button>
      </div>`,
      complete: (loaded) => {
        const data = this.model(loaded);
        const chart = chartById(data.model, id);
        // Which charts exist is known once the content has loaded.
        if (!chart) return unknown;
        const item = embedProvenance(data, this.selected);
        return html`<div class="embed" lang=${htmlLang(lang)} @click=${this.onClick}
            @open-provenance=${(e: CustomEvent<string>) => (this.keep(e), (this.selected = e.detail))}
            @close-provenance=${(e: Event) => (this.keep(e), (this.selected = null))}
            @download-chart=${this.onDownloadChart}
            @embed-chart=${this.keep}>
          ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
          ${chart ? html`<bj-chart-figure hide-embed .chart=${chart} .lang=${lang}></bj-chart-figure>` : nothing}
          <p class="credit">${m.embed.credit} <a href=${this.explainer(id)}>${m.title}</a></p>
          <bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${item ? new URL(sourceHref(item, lang), SITE).href : ""}></bj-provenance-panel>
        </div>`;
      }
    });
  }
}

if (!customElements.get("bj-edu-chart")) customElements.define("bj-edu-chart", BjEduChart);
