import {html, LitElement, nothing, type PropertyValues} from "lit";
import {styleMap} from "lit/directives/style-map.js";
import {emit} from "../app/events.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {chartLayout} from "../charts/chart-layout.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {ChartDrawing} from "../app/chart-drawing.ts";
import {MarkFocus} from "../app/mark-focus.ts";
import {linkTo} from "../model/url-state.ts";
import "./bj-chart-menu.ts";
import {chartFigureStyles} from "./chart-figure-styles.ts";
import {chartTable} from "./chart-table.ts";
import {chartTip, type TipAnchor} from "./chart-tip.ts";
import {stackedTableStyles} from "./stacked-table.ts";
import {legendKey} from "./legend-key.ts";
import {sharedStyles} from "./shared-styles.ts";

/**
 * One chart with its title, subtitle, legend, source line, a tooltip for the
 * mark a pointer or focus is on, a menu of downloads and links, and its
 * numbers as a table one button away. It draws what it is given (ChartDrawing
 * gets the SVG) and reports which observation a reader opens.
 */
export class BjChartFigure extends LitElement {
  static properties = {chart: {attribute: false}, lang: {}, eager: {type: Boolean}, designWidth: {type: Number, attribute: "design-width"}, hideEmbed: {type: Boolean, attribute: "hide-embed"}, linkBase: {attribute: false}, showTable: {state: true}, tip: {state: true}};
  /** Draw even when off screen (a presentation's later steps, printing). */
  declare eager: boolean;
  /** Draw at this width and scale to the column: a presentation's charts grow with the screen, text included. */
  declare designWidth: number | undefined;
  /** No "embed" button (the chart is already embedded). Charts the explainer cannot embed never have one. */
  declare hideEmbed: boolean;
  declare chart: ChartWithTable;
  declare lang: Lang;
  declare showTable: boolean;
  /** The explainer's address, for the chart's link (the page's own folder by default; an embed's explainer). */
  declare linkBase: string | undefined;
  /** The mark whose tooltip shows, and where (relative to the plot). */
  declare tip: TipAnchor | null;

  private readonly drawing = new ChartDrawing(this, () => ({chart: this.chart, lang: this.lang, eager: this.eager, designWidth: this.designWidth}));

  constructor() {
    super();
    this.showTable = false;
    this.tip = null;
    this.eager = false;
    this.hideEmbed = false;
  }

  static styles = [sharedStyles, chartFigureStyles, stackedTableStyles];

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has("chart")) this.tip = null;
  }

  /** Whether the chart itself (not the box that reserves its space) is drawn. */
  get drawn(): boolean {
    return this.drawing.svg !== undefined;
  }

  private markFor(id: string) {
    return this.chart.rows.flatMap((r) => r.marks).find((m) => m.id === id);
  }

  private readonly marks = new MarkFocus(this, () => [...this.renderRoot.querySelectorAll<SVGElement>(".plot a[data-observation]")], () => {
    this.tip = null;
    this.renderRoot.querySelector<HTMLElement>("figure")?.focus();
  });

  /** The tooltip opens at the mark a pointer rests on or focus reaches, below it. */
  private onPoint(event: Event) {
    const link = (event.target as Element).closest?.("a[data-observation]");
    const plot = this.renderRoot.querySelector(".plot");
    if (!link || !plot) return;
    const id = link.getAttribute("data-observation")!;
    if (event.type === "focusin") this.marks.onFocus(id);
    const box = link.getBoundingClientRect();
    const frame = plot.getBoundingClientRect();
    this.tip = {id, x: box.left + box.width / 2 - frame.left, y: box.bottom - frame.top};
  }

  /** The tooltip stays while the pointer is on the mark or on the tooltip itself (WCAG 1.4.13), and goes when it leaves both. */
  private onLeave(event: PointerEvent) {
    const to = event.relatedTarget as Element | null;
    if (!to?.closest?.(".tip, a[data-observation]")) this.tip = null;
  }

  private onKey(event: KeyboardEvent) {
    if (event.key === "Escape" && this.tip) this.tip = null;
    this.marks.onKeyDown(event);
  }

  protected updated() {
    // Keep the tooltip inside the figure: shifted, never cut.
    const tip = this.renderRoot.querySelector<HTMLElement>(".tip");
    const plot = this.renderRoot.querySelector<HTMLElement>(".plot");
    if (!tip || !plot || !this.tip) return;
    const left = Math.min(Math.max(0, this.tip.x - tip.offsetWidth / 2), Math.max(0, plot.clientWidth - tip.offsetWidth));
    tip.style.left = `${left}px`;
  }

  private onActivate(event: MouseEvent) {
    const link = (event.target as Element).closest?.("a[data-observation]");
    // A modified click keeps its usual meaning: open the quote in the source view in a new tab.
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this.open(link.getAttribute("data-observation")!);
  }

  private download(format: "csv" | "svg" | "png") {
    const svg = this.drawing.svg;
    if (svg) emit(this, "download-chart", {chart: this.chart, format, svg});
  }

  private open(id: string) {
    emit(this, "open-provenance", id);
  }

  /** The chart's address in the explainer. */
  private get link(): string {
    return new URL(linkTo(this.lang, {hash: `chart-${this.chart.id}`}), this.linkBase ?? new URL("./", document.baseURI)).href;
  }

  private tipFor(tip: TipAnchor) {
    const mark = this.markFor(tip.id);
    return mark ? chartTip(mark, tip, messagesFor(this.lang), (e) => this.onLeave(e)) : nothing;
  }

  render() {
    const m = messagesFor(this.lang);
    const chart = this.chart;
    const tableId = `table-${chart.id}`;
    const ringed = chart.rows.some((r) => r.marks.some((k) => k.highlight));
    return html`
      <figure aria-labelledby="title-${chart.id}" aria-describedby="subtitle-${chart.id}" tabindex="-1">
        <h3 id="title-${chart.id}">${chart.title}</h3>
        <p class="subtitle" id="subtitle-${chart.id}">${chart.subtitle}</p>
        <ul class="legend" aria-label=${m.chart.legend}>
          ${chart.legend.map(({series, label}) => html`<li class="series-${series}"><svg width="18" height="18" aria-hidden="true">${legendKey(series)}</svg><span>${label}</span></li>`)}
          ${ringed ? html`<li class="ring"><svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="7.5" fill="none" stroke="currentColor" stroke-width="1.5"/></svg><span>${m.chart.ring}</span></li>` : nothing}
        </ul>
        <div class="plot" @focusin=${this.onPoint} @pointerover=${this.onPoint} @pointerout=${this.onLeave} @keydown=${this.onKey} @click=${this.onActivate}>${this.drawing.svg ?? (this.drawing.failed
          ? html`<p class="load-failed" role="alert">${m.chart.loadFailed} <button @click=${() => this.drawing.retry()}>${m.error.retry}</button></p>`
          : html`<div class="reserved" style=${styleMap({height: `${chartLayout(chart, this.drawing.chartWidth).height}px`})}></div>`)}${this.tip ? this.tipFor(this.tip) : nothing}</div>
        <figcaption>${chart.sourceLine}</figcaption>
        <div class="actions" @chart-download=${(e: CustomEvent<"csv" | "svg" | "png">) => (e.stopPropagation(), this.download(e.detail))}>
          <button aria-expanded=${this.showTable ? "true" : "false"} aria-controls=${tableId} @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? m.chart.hideTable : m.chart.showTable}</button>
          <bj-chart-menu .chart=${chart} .lang=${this.lang} .link=${this.link} ?embeddable=${!this.hideEmbed && chart.embeddable}></bj-chart-menu>
        </div>
        <div class="table-wrap stack-wrap" id=${tableId} ?hidden=${!this.showTable}>${chartTable(chart, this.lang, (id) => this.open(id))}</div>
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
