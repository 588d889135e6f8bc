import {html, LitElement, nothing, type CSSResult, type PropertyValues} from "lit";
import {styleMap} from "lit/directives/style-map.js";
import {emit} from "../app/events.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {ChartDrawing} from "../app/chart-drawing.ts";
import {LazyMarkMoves} from "../app/lazy-mark-moves.ts";
import {isOfflineCopy} from "../app/offline-copy.ts";
import {lazyModule, loadModule} from "../app/lazy-module.ts";
import {ChartTips, type TipAnchor} from "../app/chart-tips.ts";
import {linkTo, shareHref} from "../model/url-state.ts";
import {site} from "../app/site.ts";
import "./bj-chart-menu.ts";
import {chartFigureStyles} from "./chart-figure-styles.ts";
import {chartTip} from "./chart-tip.ts";
import {chartHeading} from "./chart-heading.ts";
import {chartLegend} from "./legend-key.ts";
import {marked} from "./marked.ts";
import {ServerRendered} from "./server-rendered.ts";
import {sharedStyles} from "./shared-styles.ts";

const loadTable = () => import("./bj-chart-table.ts");

/**
 * One chart with its title, subtitle, legend, source line, a tooltip for the
 * mark a pointer or focus is on, a menu of downloads and links, and its
 * numbers as a table one button away. It draws what it is given (ChartDrawing
 * gets the SVG) and reports which observation a reader opens.
 */
export class BjChartFigure extends ServerRendered(LitElement) {
  static properties = {chart: {attribute: false}, prerendered: {attribute: false}, lang: {}, eager: {type: Boolean}, designWidth: {type: Number, attribute: "design-width"}, fitText: {type: Boolean, attribute: "fit-text"}, dense: {type: Boolean}, hideEmbed: {type: Boolean, attribute: "hide-embed"}, headingLevel: {type: Number, attribute: "heading-level"}, room: {type: Boolean, reflect: true}, preview: {type: Boolean}, untitled: {type: Boolean}, moves: {type: Boolean}, linkBase: {attribute: false}, showTable: {state: true}};
  /** Draw even when off screen (a presentation's later steps, printing). */
  declare eager: boolean;
  /** Draw at this width and scale to the column: a presentation's charts grow with the screen, text included. */
  declare designWidth: number | undefined;
  /** Draw so that, scaled to the column, the chart's text is this element's font size (a slide's chart: its labels at the slide's 1em). */
  declare fitText: boolean;
  /** Lanes and rows closer together: a chart that is printed (a handout's), whose marks are not targets. */
  declare dense: boolean;
  /**
   * A slide's chart, read across a room: the slide's heading names it (its own
   * title stays for screen readers), its legend only names the series, no
   * actions, and it grows to the space the slide leaves it.
   */
  declare room: boolean;
  /** The level of the chart's title, one below the heading it sits under (3 in the explainer's sections, 2 under a page's h1, 1 alone in an embed). */
  declare headingLevel: number;
  /** A chart shown beside words that name it (a handout's step): the slide's short legend, its subtitle for screen readers only, no actions. */
  declare preview: boolean;
  /** The chart's title and subtitle are said by what surrounds it (a handout's step): kept for screen readers only. */
  declare untitled: boolean;
  /** Move the marks from the last drawing to the next when the chart changes (a story's steps). */
  declare moves: boolean;
  /** No "embed" button (the chart is already embedded). Charts the explainer cannot embed never have one. */
  declare hideEmbed: boolean;
  declare chart: ChartWithTable;
  declare lang: Lang;
  declare showTable: boolean;
  /** The explainer's address, for the chart's link (the page's own folder by default; an embed's explainer). */
  declare linkBase: string | undefined;
  /** What the build draws in the chart's place on the server (its SVG, or its picture); the live page draws its own. */
  declare prerendered: unknown;

  /** Marks that move between a story's steps (before the drawing: it notes the old drawing's marks). */
  protected readonly markMoves = new LazyMarkMoves(this, () => ({enabled: this.moves, chart: this.chart, svg: this.drawing.svg, container: this.renderRoot.querySelector(".plot")}));
  /** A figure without its chart (a copy the page has not given one yet) has nothing to draw: it waits for it. */
  protected shouldUpdate(changed: PropertyValues): boolean {
    return this.chart !== undefined && super.shouldUpdate(changed);
  }

  private readonly drawing = new ChartDrawing(this, () => ({chart: this.chart, lang: this.lang, eager: this.eager, designWidth: this.designWidth, fitText: this.fitText, dense: this.dense, plot: () => (this.room ? this.renderRoot.querySelector<HTMLElement>(".plot") : null), linkBase: this.linkBase}));

  constructor() {
    super();
    this.showTable = false;
    this.eager = false;
    this.hideEmbed = false;
    this.room = false;
    this.headingLevel = 3;
    this.untitled = false;
    this.preview = false;
    this.moves = false;
    this.fitText = false;
    this.dense = false;
  }

  static styles = [sharedStyles, chartFigureStyles];
  /** The styles a slide's or a handout's chart adds (slide-chart-styles.ts sets them, with story mode: the first view does not carry them). */
  static slideStyles?: CSSResult;

  connectedCallback() {
    super.connectedCallback();
    const extra = (this.room || this.preview) && BjChartFigure.slideStyles?.styleSheet;
    const root = this.renderRoot;
    if (extra && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(extra)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, extra];
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has("chart")) this.tips.anchor = null;
  }

  /** Whether the chart itself (not the box that reserves its space) is drawn. */
  get drawn(): boolean {
    return this.drawing.svg !== undefined;
  }

  private markFor(id: string) {
    return this.chart.rows.flatMap((r) => r.marks).find((m) => m.id === id);
  }

  /** The tooltip of the mark a pointer or focus is on, and the arrow keys between marks. */
  private readonly tips = new ChartTips(this);

  protected updated() {
    // A slide's chart keeps its shape while it grows: its height is this share of its width.
    const height = this.room ? this.drawing.height : undefined;
    if (height) this.style.setProperty("--aspect", String(height / this.drawing.chartWidth));
  }

  /** "Skip this chart": the next Tab goes on after the figure (a fragment cannot reach into the shadow root, so focus moves here). */
  private skip = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(".chart-end")?.focus();
  };

  private onActivate(event: MouseEvent) {
    const link = (event.target as Element).closest?.("a[data-observation]");
    // A modified click keeps its usual meaning: open the quote in the source view in a new tab.
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this.open(link.getAttribute("data-observation")!);
  }

  /** A picture is drawn anew at the export's width (src/charts/export-chart.ts), whatever this one's. */
  private download(format: "csv" | "svg" | "png") {
    emit(this, "download-chart", {chart: this.chart, format, ...(isOfflineCopy() ? {} : {address: this.link})});
  }

  private open(id: string) {
    emit(this, "open-provenance", id);
  }

  /** The chart's address in the explainer, as a reader shares it (no `?`, no `lang=en`: the English file says it); relative on the server, which knows no address. */
  private get link(): string {
    const hash = `chart-${this.chart.id}`;
    const base = this.linkBase ?? globalThis.document?.baseURI;
    return base ? shareHref(new URL(site("./"), base), this.lang, {hash}) : linkTo(this.lang, {hash});
  }

  private tipFor(tip: TipAnchor) {
    const mark = this.markFor(tip.id);
    return mark ? chartTip(mark, tip, {m: messagesFor(this.lang), lang: this.lang}, this.tips.onLeave) : nothing;
  }

  render() {
    const m = messagesFor(this.lang);
    const chart = this.chart;
    const tableId = `table-${chart.id}`;
    // A slide's chart and its preview: named by the slide, read from afar, nothing to click but the marks.
    const bare = this.room || this.preview;
    return html`
      <figure aria-labelledby="title-${chart.id}" aria-describedby="subtitle-${chart.id}" tabindex="-1">
        ${chartHeading(this.headingLevel, {id: `title-${chart.id}`, hidden: bare || this.untitled}, marked(chart.title, this.lang))}
        <p class="subtitle ${bare ? "visually-hidden" : ""}" id="subtitle-${chart.id}">${marked(chart.subtitle, this.lang)}</p>
        ${bare ? nothing : html`<button class="skip-chart" @click=${this.skip}>${m.chart.skip}</button>`}
        ${chartLegend(chart, m, {short: bare, lang: this.lang})}
        <div class="plot" @focusin=${this.tips.onPoint} @pointerover=${this.tips.onPoint} @pointerout=${this.tips.onLeave} @keydown=${this.tips.onKey} @click=${this.onActivate}>${this.drawing.svg ?? this.prerendered ?? (this.drawing.failed
          ? html`<p class="load-failed" role="alert">${m.chart.loadFailed} <button @click=${() => this.drawing.retry()}>${m.error.retry}</button></p>`
          : this.reserved())}${this.tips.anchor ? this.tipFor(this.tips.anchor) : nothing}</div>
        <figcaption>${marked(chart.sourceLine, this.lang)}</figcaption>
        ${bare ? nothing : this.actions(tableId)}
        <span class="chart-end" id="end-${chart.id}" tabindex="-1"></span>
      </figure>
    `;
  }

  private retryTable = false;

  /**
   * The table of the chart's figures, when shown: its element is not in the first view; it loads once
   * the figure has drawn (so it is there when a reader asks, even if the chart's drawing fails later).
   */
  private table(chart: ChartWithTable) {
    const lazy = lazyModule(this, "chart-table", loadTable, {retry: this.retryTable});
    this.retryTable = false;
    const m = messagesFor(this.lang);
    if (lazy.status === "failed") return html`<p class="load-failed" role="alert">${m.error.title} <button @click=${() => ((this.retryTable = true), this.requestUpdate())}>${m.error.retry}</button></p>`;
    return html`<bj-chart-table .chart=${chart} .lang=${this.lang} .linkBase=${this.linkBase}></bj-chart-table>`;
  }

  protected firstUpdated() {
    if (!this.room && !this.preview) setTimeout(() => void loadModule("chart-table", loadTable).catch(() => {}));
  }

  /** The space the chart takes until it is drawn (none for the moment its layout loads: the explainer's chapters wait for it). */
  private reserved() {
    const height = this.drawing.height;
    return html`<div class="reserved" style=${styleMap({height: height === undefined ? undefined : `${height}px`})}></div>`;
  }

  private actions(tableId: string) {
    const m = messagesFor(this.lang);
    const chart = this.chart;
    return html`<div class="actions" @chart-download=${(e: CustomEvent<"csv" | "svg" | "png">) => (e.stopPropagation(), this.download(e.detail))}>
          <button aria-expanded=${this.showTable ? "true" : "false"} aria-controls=${tableId} @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? m.chart.hideTable : m.chart.showTable}</button>
          <bj-chart-menu .chart=${chart} .lang=${this.lang} .link=${this.link} ?embeddable=${!this.hideEmbed && chart.embeddable && !isOfflineCopy()} ?briefing=${!this.hideEmbed && chart.embeddable}></bj-chart-menu>
        </div>
        <div class="table-wrap" id=${tableId} ?hidden=${!this.showTable}>${this.showTable ? this.table(chart) : nothing}</div>`;
  }
}

customElements.define("bj-chart-figure", BjChartFigure);

declare global {
  interface HTMLElementTagNameMap {
    "bj-chart-figure": BjChartFigure;
  }
}
