import {Task} from "@lit/task";
import {html, LitElement, nothing} from "lit";
import type {ChartWithTable} from "../charts/chart-rows.ts";
import {exportSvg} from "../charts/export-svg.ts";
import {dataRows, dataViewModel, type DataRow} from "../data/data-view-model.ts";
import {explainerModel, type ExplainerModel} from "../data/explainer-model.ts";
import {indicatorDetail, notFoundMessage} from "../data/indicator-detail.ts";
import {summarise, type IndicatorSummary} from "../data/indicator-summary.ts";
import {loadDataset, loadText, type Dataset} from "../data/load-dataset.ts";
import {interpolate} from "../data/narrative.ts";
import {observationRows} from "../data/observation-rows.ts";
import {provenance, type Provenance} from "../data/provenance.ts";
import {sourceParagraphs} from "../data/source-segments.ts";
import type {Observation} from "../data/types.ts";
import {DataFileError} from "../data/validate-data.ts";
import {htmlLang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {citeDataset, citeSource} from "../publish/citation.ts";
import {rowsToCsv, rowsToJson} from "../publish/dataset-files.ts";
import {downloadName, topicFromFilters} from "../publish/file-name.ts";
import {zipStore} from "../publish/zip.ts";
import {parseUrlState, serializeUrlState, type UrlState} from "../state/url-state.ts";
import type {Citation} from "./bj-cite-panel.ts";
import type {StateChange} from "./bj-data-view.ts";
import "./bj-data-view.ts";
import "./bj-explainer.ts";
import "./bj-indicator-detail.ts";
import "./bj-provenance-panel.ts";
import {type SourceDoc} from "./bj-source-view.ts";
import "./bj-source-view.ts";
import {saveFile, svgToPng} from "./save-file.ts";

/**
 * The top-level element. It owns the state (the URL state and the open
 * figure) and the loading of the data, derives what to show with pure
 * functions from src/data, and hands it down. Children report through events.
 */
export class BjEduApp extends LitElement {
  static properties = {state: {state: true}, selected: {state: true}, notice: {state: true}};
  declare state: UrlState;
  declare selected: string | null;
  declare notice: string;

  private rows: Observation[] = [];
  /** The fragment still to scroll to, once the view that holds it has drawn. */
  private pendingHash = location.hash;
  private summaries = new Map<string, IndicatorSummary>();
  private derived?: {dataset: Dataset; lang: string; model: ExplainerModel; dataRows: DataRow[]};

  constructor() {
    super();
    this.state = parseUrlState(location.search);
    this.selected = null;
    this.notice = "";
  }

  // Light DOM: page-level ids must be reachable by URL fragments.
  protected createRenderRoot() {
    return this;
  }

  private data = new Task(this, {
    task: async (_args, {signal}) => {
      const dataset = await loadDataset({signal});
      // Source ids are known now: read the URL again against them.
      this.state = parseUrlState(location.search, {sources: [...dataset.sources.keys()]});
      return dataset;
    },
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

  private get sourceIds() {
    return this.data.value ? [...this.data.value.sources.keys()] : undefined;
  }

  private onPopState = () => {
    this.state = parseUrlState(location.search, {sources: this.sourceIds});
    this.selected = null;
    this.pendingHash = location.hash;
  };

  /** Links within the page (`?…`) change the state without reloading the data. */
  private onLinkClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((el): el is Element => el instanceof Element && el.localName === "a");
    const href = link?.getAttribute("href");
    if (!href || !href.startsWith("?") || link!.hasAttribute("download")) return;
    event.preventDefault();
    const url = new URL(href, location.href);
    history.pushState(null, "", url);
    this.state = parseUrlState(url.search, {sources: this.sourceIds});
    this.selected = null;
    this.pendingHash = url.hash;
    if (!url.hash) scrollTo(0, 0);
  };

  private navigate(state: UrlState, {push = true} = {}) {
    const url = new URL(location.href);
    url.search = serializeUrlState(state);
    url.hash = "";
    // No entry for a URL that is already the current one (committing a search that typing has
    // already written): Back would do nothing visible.
    if (push && url.href !== location.href) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    this.state = state;
  }

  protected willUpdate() {
    const {lang} = this.state;
    document.documentElement.lang = htmlLang(lang);
    document.title = messagesFor(lang).title;
    const dataset = this.data.value;
    if (dataset && (this.derived?.dataset !== dataset || this.derived.lang !== lang)) {
      this.rows = observationRows(dataset);
      this.summaries = new Map(summarise(this.rows, dataset.indicators).map((s) => [s.indicator.id, s]));
      const model = explainerModel({observations: this.rows, indicators: dataset.indicators, sources: dataset.sources}, lang);
      this.derived = {dataset, lang, model, dataRows: dataRows(this.rows, this.summaries, dataset.sources, lang)};
    }
  }

  protected updated() {
    void this.scrollToFragment();
  }

  /** After a view change, honour the fragment (a quote in the source view, a chart in the explainer). */
  private async scrollToFragment() {
    if (!this.pendingHash || !this.data.value) return;
    let id: string;
    try {
      id = decodeURIComponent(this.pendingHash.slice(1));
    } catch {
      id = this.pendingHash.slice(1);
    }
    this.pendingHash = "";
    // The target is drawn by the children, which render after this element: wait for them, and
    // for two frames so that charts redrawn at their real width have their final height.
    const view = this.querySelector<LitElement>("bj-explainer, bj-source-view, bj-data-view, bj-indicator-detail");
    await view?.updateComplete;
    await Promise.all([...(view?.querySelectorAll<LitElement>("bj-chart-figure, bj-narrative") ?? [])].map((e) => e.updateComplete));
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    document.getElementById(id)?.scrollIntoView({block: "center"});
  }

  private provenanceItem(dataset: Dataset): Provenance | null {
    const o = this.selected ? this.rows.find((r) => r.observation_id === this.selected) : undefined;
    if (!o) return null;
    return provenance(o, dataset.texts.get(o.source_id)!, dataset.sources.get(o.source_id)!, this.summaries.get(o.indicator_id), this.state.lang, messagesFor(this.state.lang));
  }

  private sourceDocs(dataset: Dataset, model: ExplainerModel): SourceDoc[] {
    const charted = new Map<string, string>();
    for (const chart of [...model.scoreboard.charts, ...model.chapters.flatMap((c) => c.charts)]) {
      for (const row of chart.table) if (!charted.has(row.id)) charted.set(row.id, chart.id);
    }
    const {lang} = model;
    const base = lang === "en" ? "?lang=en" : "?";
    return [...dataset.sources.values()].map((source) => {
      const observations = this.rows.filter((r) => r.source_id === source.id);
      const links: SourceDoc["links"] = {};
      for (const o of observations) {
        const chart = charted.get(o.observation_id);
        links[o.observation_id] = {
          href: chart ? `${base}#chart-${chart}` : `${base}#all-${o.observation_id}`,
          label: interpolate(model.messages.sourceView.figureLink, {indicator: lang === "zh" ? o.indicator_zh : o.indicator_en, figure: o.figure})
        };
      }
      return {source, paragraphs: sourceParagraphs(dataset.texts.get(source.id)!, observations), links};
    });
  }

  private citations(dataset: Dataset): Citation[] {
    const {lang} = this.state;
    const m = messagesFor(lang);
    const url = new URL(location.pathname, location.origin).toString();
    const dataset_ = citeDataset({name: "beijing-education-14th-fyp", title: m.title, version: __APP_VERSION__, date: __BUILD_DATE__, url}, {lang});
    const asCitation = (id: string, title: string, c: ReturnType<typeof citeSource>): Citation => ({id, title, text: c.text, bibtex: c.bibtex, csl: JSON.stringify(c.csl, null, 2)});
    return [
      asCitation("dataset", m.cite.dataset, dataset_),
      ...[...dataset.sources.values()].map((s) => asCitation(s.id, lang === "zh" ? s.title_zh : s.title_en, citeSource(s, {lang})))
    ];
  }

  private onStateChange = (event: Event) => {
    const {filters, sort, push} = (event as CustomEvent<StateChange>).detail;
    this.navigate({...this.state, filters: {...this.state.filters, ...filters}, sort: sort ?? this.state.sort}, {push});
  };

  private selectedRows(): DataRow[] {
    const {lang} = this.state;
    return dataViewModel(this.derived!.dataRows, this.state, {lang, messages: messagesFor(lang), sources: this.data.value!.sources}).rows;
  }

  private onDownloadData = async (event: Event) => {
    const kind = (event as CustomEvent<"csv" | "json" | "zip">).detail;
    const today = new Date();
    const topic = topicFromFilters({domains: this.state.filters.domain, scopes: this.state.filters.scope, series: this.state.filters.series, statuses: this.state.filters.status, sources: this.state.filters.source, query: this.state.filters.q});
    try {
      if (kind === "csv") saveFile(downloadName({topic, date: today, ext: "csv"}), rowsToCsv(this.selectedRows()), "text/csv;charset=utf-8");
      else if (kind === "json") saveFile(downloadName({topic, date: today, ext: "json"}), rowsToJson(this.selectedRows()), "application/json");
      else {
        const dataset = this.data.value!;
        const zip = zipStore([
          {name: "datapackage.json", data: await loadText("datapackage.json")},
          {name: "indicators.csv", data: rowsToCsv(this.rows)},
          {name: "indicators.json", data: rowsToJson(this.rows)},
          ...[...dataset.texts].map(([id, text]) => ({name: `sources/${id}.txt`, data: text}))
        ]);
        saveFile(downloadName({topic: "datapackage", date: today, ext: "zip"}), zip as Uint8Array<ArrayBuffer>, "application/zip");
      }
    } catch (error) {
      this.notice = interpolate(messagesFor(this.state.lang).downloads.failed, {problem: (error as Error).message});
    }
  };

  private onDownloadChart = async (event: Event) => {
    const {chart, format, svg} = (event as CustomEvent<{chart: ChartWithTable; format: "csv" | "svg" | "png"; svg: SVGSVGElement}>).detail;
    const m = messagesFor(this.state.lang);
    const today = new Date();
    try {
      if (format === "csv") {
        const ids = new Set(chart.table.map((r) => r.id));
        saveFile(downloadName({topic: chart.id, date: today, ext: "csv"}), rowsToCsv(this.rows.filter((r) => ids.has(r.observation_id))), "text/csv;charset=utf-8");
        return;
      }
      const years = [...new Set(chart.table.map((r) => r.year))].sort().join(this.state.lang === "zh" ? "、" : ", ");
      const file = exportSvg(svg, {title: chart.title, sourceLine: chart.sourceLine, dateLine: interpolate(m.downloads.dateLine, {years})});
      if (format === "svg") saveFile(downloadName({topic: chart.id, date: today, ext: "svg"}), file.markup, "image/svg+xml");
      else saveFile(downloadName({topic: chart.id, date: today, ext: "png"}), await svgToPng(file.markup, file.width, file.height, 2), "image/png");
    } catch (error) {
      this.notice = interpolate(m.downloads.failed, {problem: (error as Error).message});
    }
  };

  private view(dataset: Dataset) {
    const {model, dataRows: rows} = this.derived!;
    const {state} = this;
    const m = messagesFor(state.lang);
    const back = serializeUrlState({...state, view: "explainer", indicator: null, doc: null}) || "?";
    if (state.view === "source") {
      return html`<bj-source-view .docs=${this.sourceDocs(dataset, model)} .current=${state.doc ?? ""} .lang=${state.lang} .backHref=${back}></bj-source-view>`;
    }
    if (state.view === "data") {
      return html`<bj-data-view .model=${dataViewModel(rows, state, {lang: state.lang, messages: m, sources: dataset.sources})} .state=${state} .lang=${state.lang} .citations=${this.citations(dataset)}></bj-data-view>`;
    }
    const summary = state.indicator ? this.summaries.get(state.indicator) : undefined;
    if (summary) {
      const detail = indicatorDetail(summary, this.rows, {lang: state.lang, messages: m, sources: dataset.sources, texts: dataset.texts, years: model.years});
      return html`<bj-indicator-detail .detail=${detail} .lang=${state.lang} .backHref=${back}></bj-indicator-detail>`;
    }
    return html`${state.indicator ? html`<p class="page notice" role="alert">${notFoundMessage(m, state.indicator)}</p>` : nothing}
      <bj-explainer .model=${model}></bj-explainer>`;
  }

  render() {
    const {lang} = this.state;
    const m = messagesFor(lang);
    return this.data.render({
      pending: () => html`<p class="state" role="status">${m.loading}</p>`,
      error: (error) => html`<div class="state" role="alert">
        <h1>${m.error.title}</h1>
        <p>${interpolate(m.error.detail, error instanceof DataFileError
          ? {file: error.file, problem: interpolate(m.error.problems[error.detail.code], error.detail as unknown as Record<string, string | number>)}
          : {file: "—", problem: m.error.problems.other})}</p>
        <button @click=${() => this.data.run()}>${m.error.retry}</button>
      </div>`,
      complete: (dataset: Dataset) => {
        const item = this.provenanceItem(dataset);
        const sourceHref = item ? `?view=source&doc=${item.sourceId}${lang === "en" ? "&lang=en" : ""}#q-${item.id}` : "";
        return html`<div
          @click=${this.onLinkClick}
          @lang-change=${(e: CustomEvent<"zh" | "en">) => this.navigate({...this.state, lang: e.detail})}
          @open-provenance=${(e: CustomEvent<string>) => (this.selected = e.detail)}
          @close-provenance=${() => (this.selected = null)}
          @state-change=${this.onStateChange}
          @download-data=${this.onDownloadData}
          @download-chart=${this.onDownloadChart}>
          ${this.notice ? html`<p class="page notice" role="alert">${this.notice}</p>` : nothing}
          ${this.view(dataset)}
          <bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${sourceHref}></bj-provenance-panel>
        </div>`;
      }
    });
  }
}

customElements.define("bj-edu-app", BjEduApp);
