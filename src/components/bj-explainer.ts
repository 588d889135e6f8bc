import {html, LitElement} from "lit";
import {emit} from "../app/events.ts";
import type {ExplainerModel} from "../model/explainer-model.ts";
import type {Piece} from "../model/narrative.ts";
import {linkTo} from "../model/url-state.ts";
import "./bj-chart-figure.ts";
import "./bj-lang-toggle.ts";
import "./bj-narrative.ts";

const FIGURE_ROWS_PER_BLOCK = 25;

/**
 * The explainer page: scoreboard, chapters, comparisons, method, every figure,
 * downloads. It renders the model it is given and nothing else.
 */
export class BjExplainer extends LitElement {
  static properties = {model: {attribute: false}, langHref: {}, shown: {state: true}};
  declare model: ExplainerModel;
  /** The same page in the other language. */
  declare langHref: string;
  /**
   * How many blocks (scoreboard, each chapter, comparisons, method, each slice of
   * the table of every figure) are drawn. The first paint is the build's static
   * page, so the live one is built a block per task: no task blocks the phone.
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

  private figures(paragraphs: Piece[][], label: string) {
    return html`<bj-narrative .paragraphs=${paragraphs} .label=${label}></bj-narrative>`;
  }

  render() {
    const {messages: m, lang, scoreboard, comparisons, method} = this.model;
    // Blocks after the scoreboard: chapters, comparisons, method, then the table a slice at a time.
    const chapters = this.model.chapters.slice(0, Math.max(0, this.shown - 1));
    const after = this.shown - 1 - this.model.chapters.length;
    const allFigures = this.model.allFigures.slice(0, Math.max(0, after - 2) * FIGURE_ROWS_PER_BLOCK);

    return html`
      <a class="skip" href="#main">${m.skipToContent}</a>
      <div class="page">
        <header class="masthead">
          <h1>${m.title}</h1>
          <bj-lang-toggle .lang=${lang} .href=${this.langHref ?? linkTo(lang === "zh" ? "en" : "zh")}></bj-lang-toggle>
        </header>
        <p class="dek">${this.model.dek}</p>
        <nav class="toc" aria-label=${m.nav.label}>
          <ul>
            <li><a href="#scoreboard">${m.nav.scoreboard}</a></li>
            <li><a href="#chapters">${m.nav.chapters}</a></li>
            <li><a href="#comparisons">${m.nav.comparisons}</a></li>
            <li><a href="#method">${m.nav.method}</a></li>
            <li><a href=${linkTo(lang, {view: "data"})}>${m.nav.data}</a></li>
            ${this.model.stories.slice(0, 1).map((id) => html`<li><a href=${linkTo(lang, {story: id})}>${m.story.open}</a></li>`)}
            <li><a href=${linkTo(lang, {view: "source"})}>${m.nav.sources}</a></li>
          </ul>
        </nav>
        <main id="main" tabindex="-1">
          <section id="scoreboard" aria-labelledby="scoreboard-h">
            <h2 id="scoreboard-h">${m.scoreboard.heading}</h2>
            <p>${scoreboard.intro}</p>
            <p class="takeaway">${scoreboard.takeaway} <a href="#method">${m.method.heading}</a></p>
            ${scoreboard.charts.map((c) => html`<bj-chart-figure id="chart-${c.id}" .chart=${c} .lang=${lang}></bj-chart-figure>`)}
          </section>

          <div id="chapters">
            ${chapters.map(
              (chapter) => html`<section id="chapter-${chapter.id}" aria-labelledby="chapter-${chapter.id}-h">
                <h2 id="chapter-${chapter.id}-h">${chapter.title}</h2>
                ${this.figures(chapter.narrative, m.provenance.heading)}
                ${chapter.charts.map((c) => html`<bj-chart-figure id="chart-${c.id}" .chart=${c} .lang=${lang}></bj-chart-figure>`)}
              </section>`
            )}
          </div>

          ${after >= 1 ? html`<section id="comparisons" aria-labelledby="comparisons-h">
            <h2 id="comparisons-h">${comparisons.texts.heading}</h2>
            <h3>${comparisons.texts.dongcheng.title}</h3>
            ${this.figures([comparisons.dongcheng], m.provenance.heading)}
            ${comparisons.dongchengChart ? html`<p><a href="#chart-${comparisons.dongchengChart.id}">${comparisons.dongchengChart.title}</a></p>` : ""}
            <h3>${comparisons.texts.notComparable.title}</h3>
            ${this.figures([comparisons.notComparable], m.provenance.heading)}
            <div class="compare-pair">
              ${comparisons.notComparableCharts.map((c) => html`<bj-chart-figure id="chart-${c.id}" .chart=${c} .lang=${lang}></bj-chart-figure>`)}
            </div>
            <h3>${comparisons.texts.noCounterpart.title}</h3>
            <p>${comparisons.texts.noCounterpart.body}</p>
            <ul>
              ${comparisons.noCounterpart.map((item) => html`<li>${item.name}${m.sep}<a class="figure-link" href="#all-${item.observation.observation_id}">${item.figure}</a></li>`)}
            </ul>
          </section>` : ""}

          ${after >= 2 ? html`<section id="method" aria-labelledby="method-h" class="method">
            <h2 id="method-h">${m.method.heading}</h2>
            <p>${method.intro}</p>
            <ul>${method.items.map((item) => html`<li>${item}</li>`)}</ul>
          </section>` : ""}

          ${after >= 3 ? html`<section id="all-figures" aria-labelledby="all-figures-h">
            <h2 id="all-figures-h">${m.allFigures.heading}</h2>
            <p>${m.allFigures.intro}</p>
            <div class="figures-table" tabindex="0" role="region" aria-labelledby="all-figures-h">
              <table>
                <thead><tr><th scope="col">${m.chart.table.indicator}</th><th scope="col">${m.allFigures.domain}</th><th scope="col">${m.chart.table.series}</th><th scope="col">${m.chart.table.value}</th><th scope="col">${m.chart.table.source}</th></tr></thead>
                <tbody>
                  ${allFigures.map((f) => html`<tr id="all-${f.id}"><td>${f.indicator}</td><td>${f.domain}</td><td>${f.series}</td>
                    <td><button class="figure-link" @click=${() => emit(this, "open-provenance", f.id)}>${f.figure}</button></td><td>${f.source}</td></tr>`)}
                </tbody>
              </table>
            </div>
          </section>` : ""}
        </main>
        <footer class="footer">
          <p>${m.footer.data}</p>
          <ul>
            <li><a href="data/observations-excel.csv" download>${m.footer.csv}</a></li>
            <li><a href="data/observations.json" download>${m.footer.json}</a></li>
            <li><a href="data/datapackage.json">${m.footer.datapackage}</a></li>
          </ul>
          <p>${m.footer.note}</p>
        </footer>
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
