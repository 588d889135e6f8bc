import {html, LitElement} from "lit";
import {emit} from "../app/events.ts";
import type {ExplainerModel} from "../model/explainer-model.ts";
import {interpolate} from "../model/narrative.ts";
import {linkTo} from "../model/url-state.ts";
import {chapterSection, comparisonsSection, firstScreen, footer, masthead, methodSection, scoreboardSection} from "./explainer-sections.ts";
import {marked} from "./marked.ts";
import {stackedTable} from "./stacked-table.ts";

const FIGURE_ROWS_PER_BLOCK = 25;

type FigureRow = ExplainerModel["allFigures"][number];

/**
 * The explainer page: the answer first (status summary), the scoreboard,
 * chapters, comparisons, method, every figure, downloads. It renders the
 * model it is given and nothing else.
 */
export class BjExplainer extends LitElement {
  static properties = {model: {attribute: false}, langHref: {}, shown: {state: true}};
  declare model: ExplainerModel;
  /** The same page in the other language. */
  declare langHref: string;
  /**
   * How many blocks (first screen and scoreboard, each chapter, comparisons,
   * method, each slice of the table of every figure) are drawn. The first paint
   * is the build's static page, so the live one is built a block per task: no
   * task blocks the phone.
   */
  declare shown: number;

  private finished!: Promise<void>;
  private finish!: () => void;

  constructor() {
    super();
    this.shown = 1;
    this.finished = new Promise((resolve) => (this.finish = resolve));
  }

  /** Resolves when every block is drawn. */
  get fullyRendered(): Promise<void> {
    return this.finished;
  }

  private get blocks(): number {
    const {chapters, allFigures} = this.model;
    return 1 + chapters.length + 2 + Math.ceil(allFigures.length / FIGURE_ROWS_PER_BLOCK);
  }

  protected updated() {
    if (this.shown < this.blocks) setTimeout(() => (this.shown += 1), 0);
    else this.finish();
  }

  // Light DOM so that #chart-… and #all-… fragments can be linked to from the source view.
  protected createRenderRoot() {
    return this;
  }

  /** Every figure, folded: 120-odd figures are a reference, not a reading path (and 120 Tab stops); a link to one (#all-…) opens it. */
  private allFigures(rows: FigureRow[]) {
    const m = this.model.messages;
    return html`<section id="all-figures" aria-labelledby="all-figures-h">
      <h2 id="all-figures-h">${m.allFigures.heading}</h2>
      <p>${m.allFigures.intro}</p>
      <details class="all-figures-fold"><summary>${interpolate(m.allFigures.show, {count: this.model.allFigures.length})}</summary>
      <div class="figures-table stack-wrap" tabindex="0" role="region" aria-labelledby="all-figures-h">
        ${stackedTable<FigureRow>(rows, [
          {label: m.chart.table.indicator, cell: (f) => marked(f.indicator, this.model.lang)},
          {label: m.allFigures.domain, cell: (f) => f.domain},
          {label: m.chart.table.series, cell: (f) => f.series},
          {label: m.chart.table.value, cell: (f) => html`<button class="figure-link" @click=${() => emit(this, "open-provenance", f.id)}>${marked(f.figure, this.model.lang)}</button>`},
          {label: m.chart.table.source, cell: (f) => marked(f.source, this.model.lang)}
        ], {rowId: (f) => `all-${f.id}`, rowObservation: (f) => f.id})}
      </div>
      </details>
    </section>`;
  }

  render() {
    const model = this.model;
    // Blocks after the first: chapters, comparisons, method, then the table a slice at a time.
    const chapters = model.chapters.slice(0, Math.max(0, this.shown - 1));
    const after = this.shown - 1 - model.chapters.length;
    const figures = model.allFigures.slice(0, Math.max(0, after - 2) * FIGURE_ROWS_PER_BLOCK);
    return html`
      <a class="skip" href="#main">${model.messages.skipToContent}</a>
      <div class="page">
        ${masthead(model, this.langHref ?? linkTo(model.lang === "zh" ? "en" : "zh"))}
        <main id="main" tabindex="-1">
          ${firstScreen(model)}
          ${scoreboardSection(model)}
          <div id="chapters">${chapters.map((chapter) => chapterSection(chapter, model))}</div>
          ${after >= 1 ? comparisonsSection(model) : ""}
          ${after >= 2 ? methodSection(model) : ""}
          ${after >= 3 ? this.allFigures(figures) : ""}
        </main>
        ${footer(model)}
      </div>
    `;
  }
}

customElements.define("bj-explainer", BjExplainer);

declare global {
  interface HTMLElementTagNameMap {
    "bj-explainer": BjExplainer;
  }
}
