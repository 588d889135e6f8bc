import {html, LitElement, type PropertyValues} from "lit";
import {emit} from "../app/events.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {chartLayout} from "../charts/chart-layout.ts";
import {formatNumber} from "../i18n/format-number.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {prerenderId, type PrerenderWidth} from "../app/prerendered.ts";
import {lazyModule} from "../app/lazy-module.ts";
import {adoptPrerendered} from "../app/prerendered.ts";
import {chartFigureStyles} from "./chart-figure-styles.ts";
import {chartTable} from "./chart-table.ts";
import {legendKey} from "./legend-key.ts";
import {sharedStyles} from "./shared-styles.ts";

// Plot, and the d3 it needs, load after the page has painted; until then a chart keeps its exact space.
const loadChart = () => import("../charts/indicator-chart.ts");

/**
 * One chart with its title, legend, source line, a read-out of the focused
 * mark, and its numbers as a table one button away. It draws what it is given
 * and reports which observation a reader opens.
 */
export class BjChartFigure extends LitElement {
  static properties = {chart: {attribute: false}, lang: {}, eager: {type: Boolean}, designWidth: {type: Number, attribute: "design-width"}, hideEmbed: {type: Boolean, attribute: "hide-embed"}, width: {state: true}, showTable: {state: true}, readout: {state: true}};
  /** Draw even when off screen (a presentation's later steps, printing). */
  declare eager: boolean;
  /** Draw at this width and scale to the column: a presentation's charts grow with the screen, text included. */
  declare designWidth: number | undefined;
  /** No "embed" button (the chart is already embedded). Charts the explainer cannot embed never have one. */
  declare hideEmbed: boolean;
  declare chart: ChartWithTable;
  declare lang: Lang;
  declare width: number;
  declare showTable: boolean;
  declare readout: string;

  private observer?: ResizeObserver;

  constructor() {
    super();
    this.width = 640;
    this.showTable = false;
    this.readout = "";
    this.eager = false;
    this.hideEmbed = false;
  }

  static styles = [sharedStyles, chartFigureStyles];

  private intersection?: IntersectionObserver;

  connectedCallback() {
    super.connectedCallback();
    this.intersection = new IntersectionObserver(([entry]) => {
      if (entry.isIntersecting && !this.near) {
        this.near = true;
        this.requestUpdate();
      }
    }, {rootMargin: "600px 0px"});
    this.intersection.observe(this);
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width > 0 && Math.abs(width - this.width) > 4) this.width = width;
    });
    this.observer.observe(this);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.intersection?.disconnect();
    super.disconnectedCallback();
  }

  private plotSvg?: SVGSVGElement;
  private drawnFor?: unknown[];
  private adoptedFor?: unknown[];
  private near = false;
  /** Plot could not be loaded (the reader may retry); the chart's table still reads. */
  private loadFailed = false;
  private retrying = false;

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has("chart")) this.readout = "";
    const bucket: PrerenderWidth = this.chartWidth < 560 ? "narrow" : "wide";
    const inputs = [this.chart, bucket, this.lang];
    const same = (drawn?: unknown[]) => drawn !== undefined && inputs.every((v, i) => v === drawn[i]);
    // A chart the build already drew for this width class is adopted as it is, and kept while
    // its chart, language and width class stay the same: no Plot needed.
    if (same(this.adoptedFor)) return;
    const adopted = adoptPrerendered(prerenderId(this.lang, bucket, this.chart.id), `plot-${this.chart.id}`);
    if (adopted) {
      this.plotSvg = adopted;
      this.adoptedFor = inputs;
      this.drawnFor = undefined;
      return;
    }
    this.adoptedFor = undefined;
    // Otherwise Plot draws it, once it is near the screen.
    const lazy = this.near || this.eager ? lazyModule(this, "indicator-chart", loadChart, {retry: this.retrying}) : undefined;
    this.retrying = false;
    this.loadFailed = lazy?.status === "failed";
    const charts = lazy?.status === "ready" ? lazy.module : undefined;
    const drawInputs = [this.chart, this.chartWidth, this.lang, charts];
    // Rebuilt only when its inputs change, so focus on a mark survives a new read-out.
    if (charts && (!this.drawnFor || drawInputs.some((v, i) => v !== this.drawnFor![i]))) {
      this.plotSvg = charts.indicatorChart(this.chart, {
        width: this.chartWidth,
        tickFormat: this.chart.unit === "%" ? (d) => `${d}%` : (d) => formatNumber(d, this.lang)
      });
      if (this.designWidth) this.plotSvg.classList.add("scaled");
      this.drawnFor = drawInputs;
    }
  }

  private get chartWidth() {
    return this.designWidth ?? Math.max(240, this.width);
  }

  /** Whether the chart itself (not the box that reserves its space) is drawn. */
  get drawn(): boolean {
    return this.plotSvg !== undefined;
  }

  private markFor(id: string) {
    return this.chart.rows.flatMap((r) => r.marks).find((m) => m.id === id);
  }

  private onPoint(event: Event) {
    const link = (event.target as Element).closest?.("a[data-observation]");
    if (!link) return;
    this.readout = this.markFor(link.getAttribute("data-observation")!)?.description ?? "";
  }

  private onActivate(event: MouseEvent) {
    const link = (event.target as Element).closest?.("a[data-observation]");
    // A modified click keeps its usual meaning: open the quote in the source view in a new tab.
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this.open(link.getAttribute("data-observation")!);
  }

  private download(format: "csv" | "svg" | "png") {
    if (!this.plotSvg) return;
    emit(this, "download-chart", {chart: this.chart, format, svg: this.plotSvg});
  }

  /** Asks the page to open the embed dialog for this chart. */
  private embed() {
    emit(this, "embed-chart", {chart: this.chart});
  }

  private open(id: string) {
    emit(this, "open-provenance", id);
  }

  render() {
    const m = messagesFor(this.lang);
    const chart = this.chart;
    const tableId = `table-${chart.id}`;
    return html`
      <figure aria-labelledby="title-${chart.id}">
        <h3 id="title-${chart.id}">${chart.title}</h3>
        <ul class="legend" aria-label=${m.chart.legend}>
          ${chart.legend.map(({series, label}) => html`<li class="series-${series}"><svg width="18" height="18" aria-hidden="true">${legendKey(series)}</svg><span>${label}</span></li>`)}
        </ul>
        <div class="plot" @focusin=${this.onPoint} @pointerover=${this.onPoint} @click=${this.onActivate}>${this.plotSvg ?? (this.loadFailed
          ? html`<p class="load-failed" role="alert">${m.chart.loadFailed} <button @click=${() => ((this.retrying = true), this.requestUpdate())}>${m.error.retry}</button></p>`
          : html`<div class="reserved" style="height: ${chartLayout(chart, this.chartWidth).height}px"></div>`)}</div>
        <p class="readout" aria-live="polite">${this.readout}</p>
        <figcaption>${chart.sourceLine}</figcaption>
        <div class="actions">
          <button aria-expanded=${this.showTable ? "true" : "false"} aria-controls=${tableId} @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? m.chart.hideTable : m.chart.showTable}</button>
          <button data-download="csv" @click=${() => this.download("csv")}>${m.downloads.chartCsv}</button>
          <button data-download="svg" @click=${() => this.download("svg")}>${m.downloads.svg}</button>
          <button data-download="png" @click=${() => this.download("png")}>${m.downloads.png}</button>
          ${!this.hideEmbed && chart.embeddable ? html`<button data-embed aria-haspopup="dialog" @click=${this.embed}>${m.embed.button}</button>` : ""}
        </div>
        <div class="table-wrap" id=${tableId} ?hidden=${!this.showTable}>${chartTable(chart, this.lang, (id) => this.open(id))}</div>
      </figure>
    `;
  }
}

customElements.define("bj-chart-figure", BjChartFigure);

declare global {
  interface HTMLElementTagNameMap {
    "bj-chart-figure": BjChartFigure;
  }
}
