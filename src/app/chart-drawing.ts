import type {ReactiveController, ReactiveControllerHost} from "lit";
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {Lang} from "../i18n/locale.ts";
import {lazyModule} from "./lazy-module.ts";
import {markHref} from "../charts/mark-href.ts";
import {adoptPrerendered} from "./adopt-prerendered.ts";
import {prerenderId} from "./prerendered.ts";
import {FONT} from "../charts/chart-layout.ts";
import {loadChartHeights} from "../charts/load-chart-heights.ts";
import {NearScreen} from "./near-screen.ts";

// Plot, and the d3 it needs, load after the page has painted; until then a chart keeps its exact space.
const loadChart = () => import("../charts/draw-chart.ts");
/** How far (px) a drawing's own width may be from its column's before it is drawn again at the column's. */
const WIDTH_SLACK = 4;
/** The width a chart was drawn at: its viewBox's. */
const drawnWidth = (svg?: SVGSVGElement) => svg?.viewBox?.baseVal?.width || Number(svg?.getAttribute("width")) || 0;

/**
 * The height a fitted chart may fill: its box's, when the layout sets it (size containment, the room's slide),
 * else 0. A box that grows with its drawing (a slide reflowed on a phone) has no height to fill: measuring it
 * would size the next drawing by the last one, so a step reached with → would be drawn narrower than the same
 * step loaded directly (240 against 285 at 375 px).
 */
function heightToFill(box?: HTMLElement | null): number {
  return box && getComputedStyle(box).containerType.split(" ").includes("size") ? Math.round(box.clientHeight) : 0;
}

export interface ChartDrawingInputs {
  chart: ChartWithTable;
  lang: Lang;
  /** Draw even when off screen (a presentation's later steps, printing). */
  eager: boolean;
  /** A fixed design width (a slide's chart scales with the screen), or the column's. */
  designWidth?: number;
  /**
   * Draw at the width that, scaled to the column, sets the chart's text at the
   * element's own font size (a slide: its labels at the slide's 1em, below its
   * title and caption, at every screen size), or up to a fifth larger when
   * the chart would still fit the height it is given (`plot`: a short chart
   * fills its slide instead of leaving half of it empty).
   */
  fitText?: boolean;
  /** Lanes and rows closer together (chart-layout.ts): a chart drawn larger than its design size, or printed. A fitted chart always is. */
  dense?: boolean;
  /** The box the chart is drawn in, whose height a fitted chart may fill. */
  plot?: () => HTMLElement | null;
  /** The explainer's address, when the chart is shown elsewhere (an embed): marks link to it. */
  linkBase?: string;
}

/**
 * Gets a chart figure its SVG: the build's pre-rendered copy when one was drawn
 * for this chart and language (one drawing that scales with its column, so no
 * Plot is needed at any width), otherwise Plot's
 * drawing once the figure comes near the screen. Tracks the column's width,
 * redraws only when an input changes (so focus on a mark survives), and
 * reports a failed load, which the reader may retry.
 */
export class ChartDrawing implements ReactiveController {
  /** The column's width, from a ResizeObserver. */
  width = 640;
  /** The element's font size (px), read with its width: what `fitText` sets the chart's text at. */
  private fontSize = 16;
  /** The height of the box a fitted chart is drawn in (0 until known). */
  private plotHeight = 0;
  private observedPlot?: HTMLElement;
  svg?: SVGSVGElement;
  failed = false;
  private retrying = false;
  private drawnFor?: unknown[];
  private adoptedFor?: unknown[];
  private resize?: ResizeObserver;
  /** The mark that had focus in a drawing being replaced: it gets focus again in the new one. */
  private refocus?: string;
  /** Drawn with Plot only once near the screen (or printed). */
  private readonly nearScreen: NearScreen;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly inputs: () => ChartDrawingInputs) {
    this.nearScreen = new NearScreen(host, () => host.requestUpdate());
    host.addController(this);
  }

  hostConnected() {
    // The column's width now, if it is laid out: the first drawing is at it, not at a guess the observer corrects
    // a frame later (a second drawing, and in an embed a second height sent to the host).
    const laidOut = Math.round(this.host.getBoundingClientRect().width);
    if (laidOut > 0) this.width = laidOut;
    this.nearScreen.connect();
    this.resize = new ResizeObserver(() => {
      // The layout width (a chart in a scaled frame is drawn for the frame's room, not its picture's size).
      const width = this.host.clientWidth;
      const fitted = this.inputs().fitText;
      const fontSize = fitted ? parseFloat(getComputedStyle(this.host).fontSize) || 16 : this.fontSize;
      const plotHeight = fitted ? heightToFill(this.observedPlot) : 0;
      if (width > 0 && (Math.abs(width - this.width) > 4 || Math.abs(fontSize - this.fontSize) > 0.5 || Math.abs(plotHeight - this.plotHeight) > 4)) {
        this.width = width;
        this.fontSize = fontSize;
        this.plotHeight = plotHeight;
        this.host.requestUpdate();
      }
    });
    this.resize.observe(this.host);
  }

  hostDisconnected() {
    this.resize?.disconnect();
    this.nearScreen.disconnect();
  }

  /** The width the chart is drawn at. */
  get chartWidth(): number {
    const {designWidth, fitText, chart} = this.inputs();
    if (!fitText) return designWidth ?? Math.max(240, this.width);
    const at = (scale: number) => Math.max(240, Math.round((this.width * FONT) / (this.fontSize * scale)));
    // Larger text first, while the chart drawn so still fits its box's height (once the layout has loaded: a slide loads it at once).
    const heights = lazyModule(this.host, "chart-heights", loadChartHeights);
    for (const scale of this.plotHeight && heights.status === "ready" ? [1.2, 1.15, 1.1, 1.05] : []) {
      const width = at(scale);
      if (heights.status === "ready" && (heights.module.chartHeight(chart, width, {dense: true}) * this.width) / width <= this.plotHeight) return width;
    }
    return at(1);
  }

  hostUpdated() {
    // A fitted chart watches its box's height too (a legend or source line that wraps changes it without the element changing size).
    const plot = this.inputs().fitText ? this.inputs().plot?.() : null;
    if (plot && plot !== this.observedPlot) {
      this.observedPlot = plot;
      this.resize?.observe(plot);
    }
    // A reader on a mark keeps it when the drawing under it was replaced.
    if (!this.refocus) return;
    const id = this.refocus;
    this.refocus = undefined;
    const mark = [...(this.svg?.querySelectorAll<SVGAElement>("a[data-observation]") ?? [])].find((a) => a.getAttribute("data-observation") === id);
    mark?.focus();
  }

  /** The height the chart takes at its width, once its layout has loaded (undefined until then: the host renders again when it has). */
  get height(): number | undefined {
    const heights = lazyModule(this.host, "chart-heights", loadChartHeights);
    const {chart, fitText, dense} = this.inputs();
    return heights.status === "ready" ? heights.module.chartHeight(chart, this.chartWidth, {dense: fitText || dense}) : undefined;
  }

  /** Load Plot again after a failure. */
  retry() {
    this.retrying = true;
    this.host.requestUpdate();
  }

  hostUpdate() {
    const {chart, lang, eager, designWidth, fitText, dense, linkBase, plot} = this.inputs();
    // A new chart in a fitted box (a story's next step) is drawn for the box as it is now: the new slide's title and
    // caption leave it another height than the last step's did, and a drawing for the old one would show (and its
    // marks move) until the observer redrew it.
    if (fitText && this.drawnFor?.[0] !== chart) this.plotHeight = heightToFill(plot?.() ?? this.observedPlot);
    const inputs = [chart, lang];
    const same = (drawn?: unknown[]) => drawn !== undefined && inputs.every((v, i) => v === drawn[i]);
    // Once drawn here for this chart and language, the build's copy is not taken back.
    const drawnHere = this.drawnFor !== undefined && this.drawnFor[0] === chart && this.drawnFor[2] === lang;
    if (!same(this.adoptedFor) && !drawnHere) {
      // A slide's chart has a width of its own: it is drawn for it.
      // The static page's marks lead to the static source pages; the live chart's to the live page's states.
      const adopted = designWidth || fitText ? null : adoptPrerendered(prerenderId(lang, chart.id), `plot-${chart.id}`, new Map(chart.rows.flatMap((r) => r.marks.map((m) => [m.id, markHref(m, lang, linkBase)]))));
      if (adopted) {
        this.svg = adopted;
        this.adoptedFor = inputs;
        this.drawnFor = undefined;
      } else {
        this.adoptedFor = undefined;
      }
    }
    // The build's drawing serves the first paint; a column of another width gets a drawing of its own width
    // once the chart nears the screen, so the chart's text is the size of every other chart's (never a phone's
    // drawing scaled up). Not before: Plot (83 kB) would load, and run, on every page a reader never scrolls.
    if (this.adoptedFor && Math.abs(drawnWidth(this.svg) - this.chartWidth) <= WIDTH_SLACK) return;
    const lazy = this.nearScreen.isNear || eager ? lazyModule(this.host, "indicator-chart", loadChart, {retry: this.retrying}) : undefined;
    this.retrying = false;
    // A failed load leaves a pre-rendered drawing in place: it is still the chart.
    this.failed = lazy?.status === "failed" && !this.adoptedFor;
    const charts = lazy?.status === "ready" ? lazy.module : undefined;
    const drawInputs = [chart, this.chartWidth, lang, charts];
    if (charts && (!this.drawnFor || drawInputs.some((v, i) => v !== this.drawnFor![i]))) {
      // A reader on a mark keeps it when the drawing under it is replaced (the build's copy by one at the column's width).
      const active = this.host.shadowRoot?.activeElement?.closest?.("a[data-observation]");
      if (active && this.svg?.contains(active)) this.refocus = active.getAttribute("data-observation") ?? undefined;
      this.svg = charts.drawChart(chart, {width: this.chartWidth, linkBase, dense: fitText || dense});
      if (designWidth || fitText) this.svg.classList.add("scaled");
      this.drawnFor = drawInputs;
      this.adoptedFor = undefined;
    }
  }
}
