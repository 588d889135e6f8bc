import {Task} from "@lit/task";
import {html, LitElement, type PropertyValues} from "lit";
import {explainerModel, type ExplainerModel} from "../data/explainer-model.ts";
import {summarise} from "../data/indicator-summary.ts";
import {loadDataset, type Dataset} from "../data/load-dataset.ts";
import {interpolate} from "../data/narrative.ts";
import {observationRows} from "../data/observation-rows.ts";
import {provenance, type Provenance} from "../data/provenance.ts";
import {sourceParagraphs} from "../data/source-segments.ts";
import type {Observation} from "../data/types.ts";
import {DataFileError} from "../data/validate-data.ts";
import {htmlLang, type Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {readView, writeView, type View} from "../state/view-state.ts";
import "./bj-explainer.ts";
import "./bj-provenance-panel.ts";
import {type SourceDoc} from "./bj-source-view.ts";
import "./bj-source-view.ts";

/**
 * The top-level element. It owns the state (language, view, open figure) and
 * the loading of the data, derives what to show with pure functions from
 * src/data, and hands it down. Children report through events.
 */
export class BjEduApp extends LitElement {
  static properties = {view: {state: true}, selected: {state: true}};
  declare view: View;
  declare selected: string | null;

  private model?: ExplainerModel;
  private rows: Observation[] = [];
  private modelFor?: {dataset: Dataset; lang: Lang};

  constructor() {
    super();
    this.view = readView(location.search);
    this.selected = null;
  }

  // Light DOM: page-level ids must be reachable by URL fragments.
  protected createRenderRoot() {
    return this;
  }

  private data = new Task(this, {
    task: async (_args, {signal}) => loadDataset({signal}),
    args: () => []
  });

  connectedCallback() {
    super.connectedCallback();
    addEventListener("popstate", this.onPopState);
  }

  disconnectedCallback() {
    removeEventListener("popstate", this.onPopState);
    super.disconnectedCallback();
  }

  private onPopState = () => {
    this.view = readView(location.search);
    this.selected = null;
  };

  private navigate(view: View) {
    history.pushState(null, "", writeView(view, location.href));
    this.view = view;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    const lang = this.view.lang;
    document.documentElement.lang = htmlLang(lang);
    document.title = messagesFor(lang).title;
    const dataset = this.data.value;
    if (dataset && (this.modelFor?.dataset !== dataset || this.modelFor.lang !== lang)) {
      this.rows = observationRows(dataset);
      this.model = explainerModel({observations: this.rows, indicators: dataset.indicators, sources: dataset.sources}, lang);
      this.modelFor = {dataset, lang};
    }
    void changed;
  }

  protected updated() {
    void this.scrollToFragment();
  }

  /** After a view change, honour the fragment (a quote in the source view, a chart in the explainer). */
  private async scrollToFragment() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || !this.data.value) return;
    // The target is drawn by the children, which render after this element: wait for them, and
    // for two frames so that charts redrawn at their real width have their final height.
    const view = this.querySelector<LitElement>("bj-explainer, bj-source-view");
    await view?.updateComplete;
    await Promise.all([...(view?.querySelectorAll<LitElement>("bj-chart-figure, bj-narrative") ?? [])].map((e) => e.updateComplete));
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    const target = document.getElementById(id);
    if (target && !target.dataset.scrolled) {
      target.dataset.scrolled = "1";
      target.scrollIntoView({block: "center"});
    }
  }

  private provenanceItem(dataset: Dataset, lang: Lang): Provenance | null {
    const o = this.selected ? this.rows.find((r) => r.observation_id === this.selected) : undefined;
    if (!o) return null;
    const summary = summarise(this.rows.filter((r) => r.indicator_id === o.indicator_id), dataset.indicators)[0];
    return provenance(o, dataset.texts.get(o.source_id)!, dataset.sources.get(o.source_id)!, summary, lang, messagesFor(lang));
  }

  private sourceDocs(dataset: Dataset, model: ExplainerModel): SourceDoc[] {
    const charted = new Map<string, string>();
    for (const chart of [...model.scoreboard.charts, ...model.chapters.flatMap((c) => c.charts)]) {
      for (const row of chart.table) if (!charted.has(row.id)) charted.set(row.id, chart.id);
    }
    const lang = model.lang;
    const base = lang === "en" ? "?lang=en" : "?";
    return [...dataset.sources.values()].map((source) => {
      const observations = this.rows.filter((r) => r.source_id === source.id);
      const links: SourceDoc["links"] = {};
      for (const o of observations) {
        const chart = charted.get(o.observation_id);
        const name = lang === "zh" ? o.indicator_zh : o.indicator_en;
        links[o.observation_id] = {
          href: chart ? `${base}#chart-${chart}` : `${base}#all-${o.observation_id}`,
          label: interpolate(model.messages.sourceView.figureLink, {indicator: name, figure: o.figure})
        };
      }
      return {source, paragraphs: sourceParagraphs(dataset.texts.get(source.id)!, observations), links};
    });
  }

  private onOpen = (event: Event) => {
    this.selected = (event as CustomEvent<string>).detail;
  };

  render() {
    const lang = this.view.lang;
    const m = messagesFor(lang);
    return this.data.render({
      pending: () => html`<p class="state" role="status">${m.loading}</p>`,
      error: (error) => html`<div class="state" role="alert">
        <h1>${m.error.title}</h1>
        <p>${error instanceof DataFileError ? interpolate(m.error.detail, {file: error.file, problem: error.problem}) : String(error)}</p>
        <button @click=${() => this.data.run()}>${m.error.retry}</button>
      </div>`,
      complete: (dataset: Dataset) => {
        const model = this.model!;
        const item = this.provenanceItem(dataset, lang);
        const sourceHref = item ? `?view=source&doc=${item.sourceId}${lang === "en" ? "&lang=en" : ""}#q-${item.id}` : "";
        return html`<div @lang-change=${(e: CustomEvent<Lang>) => this.navigate({...this.view, lang: e.detail})} @open-provenance=${this.onOpen} @close-provenance=${() => (this.selected = null)}>
          ${this.view.name === "source"
            ? html`<bj-source-view .docs=${this.sourceDocs(dataset, model)} .current=${this.view.doc ?? ""} .lang=${lang} .backHref=${lang === "en" ? "?lang=en" : "?"}></bj-source-view>`
            : html`<bj-explainer .model=${model}></bj-explainer>`}
          <bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${sourceHref}></bj-provenance-panel>
        </div>`;
      }
    });
  }
}

customElements.define("bj-edu-app", BjEduApp);
