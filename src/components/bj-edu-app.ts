import {Task} from "@lit/task";
import {css, html, LitElement} from "lit";
import {loadDataset, type Dataset} from "../data/load-dataset.ts";
import {DataFileError} from "../data/validate-data.ts";
import {htmlLang, langFromSearch, type Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {interpolate} from "../data/narrative.ts";
import "./bj-explainer.ts";

/**
 * The top-level element: owns the language and the loading of the dataset,
 * and hands both down. It renders states, not statistics.
 */
export class BjEduApp extends LitElement {
  static properties = {lang: {state: true}};
  declare lang: Lang;

  constructor() {
    super();
    this.lang = langFromSearch(location.search);
  }

  private data = new Task(this, {
    task: async (_args, {signal}) => loadDataset({signal}),
    args: () => []
  });

  static styles = css`
    :host { display: block; }
    .state { padding: 2rem 1rem; max-width: 44rem; margin: 0 auto; }
    button { min-height: 44px; min-width: 44px; font: inherit; }
  `;

  connectedCallback() {
    super.connectedCallback();
    addEventListener("popstate", this.onPopState);
  }

  disconnectedCallback() {
    removeEventListener("popstate", this.onPopState);
    super.disconnectedCallback();
  }

  private onPopState = () => (this.lang = langFromSearch(location.search));

  private onLangChange(event: CustomEvent<Lang>) {
    const url = new URL(location.href);
    if (event.detail === "en") url.searchParams.set("lang", "en");
    else url.searchParams.delete("lang");
    history.pushState(null, "", url);
    this.lang = event.detail;
  }

  willUpdate() {
    document.documentElement.lang = htmlLang(this.lang);
    document.title = messagesFor(this.lang).title;
  }

  render() {
    const m = messagesFor(this.lang);
    return this.data.render({
      pending: () => html`<p class="state" role="status">${m.loading}</p>`,
      error: (error) => html`<div class="state" role="alert">
        <h1>${m.error.title}</h1>
        <p>${error instanceof DataFileError ? interpolate(m.error.detail, {file: error.file, problem: error.problem}) : String(error)}</p>
        <button @click=${() => this.data.run()}>${m.error.retry}</button>
      </div>`,
      complete: (dataset: Dataset) => html`<bj-explainer .data=${dataset} .lang=${this.lang} @lang-change=${this.onLangChange}></bj-explainer>`
    });
  }
}

customElements.define("bj-edu-app", BjEduApp);
