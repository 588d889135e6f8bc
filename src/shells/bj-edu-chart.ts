import {css, html, LitElement, unsafeCSS} from "lit";
import {DataController, sharedDataset} from "../app/data-controller.ts";
import {DownloadController} from "../app/download-controller.ts";
import {followToExplainer} from "../app/retarget-links.ts";
import "../components/bj-data-error.ts";
import {embeddedChart, outbound} from "../components/embedded-chart.ts";
import {hostTheme} from "../components/host-theme.ts";
import {sharedStyles} from "../components/shared-styles.ts";
import {htmlLang, type Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {embedNotice} from "../model/embed-notice.ts";
import {explainerHref, THEMES, type Theme} from "../model/embed-query.ts";
import {idOrNull} from "../schema/ids.ts";
import {siteOfScript} from "../schema/embed-files.ts";
// The page's colours, as the element's own (light unless its theme attribute asks). A host page can
// override any of them (`bj-edu-chart { --bg: … }`).
import theme from "../styles/theme.css?inline";

/** The explainer's folder, which holds data/ too: where this module was loaded from, or two up for a release's copy (embed/v<version>/). */
const SITE = siteOfScript(import.meta.url);

/**
 * `<bj-edu-chart chart="scoreboard" lang="en">`: one chart of the
 * explainer on any page, drawn in its shadow DOM by the same builders, with
 * its source line and a link to the explainer. It loads the data from `data/`
 * next to this module, or from its `data-base` attribute. Published as one ES
 * module, dist/bj-edu-chart.js (vite.component.config.ts).
 */
export class BjEduChart extends LitElement {
  static properties = {chart: {}, lang: {}, theme: {reflect: true}, dataBase: {attribute: "data-base"}, selected: {state: true}};
  /** The explainer chart's id. */
  declare chart: string | null;
  /** `en` for English; anything else is Chinese. */
  declare lang: string;
  /** The colours: `light` (the default), `dark`, or `auto` (the reader's system setting); anything else is light. */
  declare theme: string;
  /** The data folder, relative to the host page (default: `data/` next to this module). */
  declare dataBase: string | null;
  declare selected: string | null;

  private readonly data = new DataController(this, () => sharedDataset({base: this.dataBase ? new URL(this.dataBase, document.baseURI).href : new URL("data/", SITE).href}), {lang: () => this.language});
  private readonly downloads = new DownloadController(this, {lang: () => this.language, data: () => this.data.data});

  constructor() {
    super();
    this.chart = null;
    this.theme = "light";
    this.dataBase = null;
    this.selected = null;
  }

  static styles = [
    unsafeCSS(hostTheme(theme)),
    sharedStyles,
    css`
      :host { display: block; font-family: var(--font); line-height: 1.6; background: var(--bg); color: var(--fg); padding: 0.25rem 0.75rem 0.5rem; overflow-wrap: break-word; }
      :host([hidden]) { display: none; }
      bj-chart-figure { margin: 0; }
      .credit { margin: 0.5rem 0 0; font-size: 0.875rem; color: var(--muted); }
      .notice { border: 1px solid var(--s-behind); border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
    `
  ];

  protected willUpdate() {
    if (!THEMES.includes(this.theme as Theme)) this.theme = "light";
  }

  private get language(): Lang {
    return this.lang === "en" ? "en" : "zh";
  }

  /** Events from the chart stay inside the element: the host page has no use for them. */
  private keep = (event: Event) => event.stopPropagation();

  render() {
    const lang = this.language;
    const m = messagesFor(lang);
    const asked = idOrNull(this.chart);
    const unknown = html`<div lang=${htmlLang(lang)}>
        <p class="notice">${embedNotice({kind: "none", what: "chart", asked}, m)}</p>
        <p>${outbound(explainerHref(SITE, lang), m.embed.openExplainer, m)}</p>
      </div>`;
    if (!asked) return unknown;
    return this.data.task.render({
      // Until it draws, or if it cannot (no CORS, no network), the host's fallback content shows: the chart's title as a link.
      pending: () => html`<slot></slot><p role="status">${m.loading}</p>`,
      error: (error) => html`<slot></slot><bj-data-error lang=${htmlLang(lang)} .error=${error} .lang=${lang} @retry=${(e: Event) => (this.keep(e), this.data.retry())}></bj-data-error>`,
      complete: () => {
        const model = this.data.model(lang)!;
        // Which charts exist is known once the content has loaded.
        const chart = model.charts.get(asked);
        if (!chart) return unknown;
        return html`<div class="embed" lang=${htmlLang(lang)} @click=${(e: MouseEvent) => followToExplainer(e, SITE)}
            @open-provenance=${(e: CustomEvent<string>) => (this.keep(e), (this.selected = e.detail))}
            @close-provenance=${(e: Event) => (this.keep(e), (this.selected = null))} @embed-chart=${this.keep}>
          ${embeddedChart({model, content: chart, selected: this.selected, notice: this.downloads.notice, explainer: SITE, credit: explainerHref(SITE, lang, {chart: asked})})}
        </div>`;
      }
    });
  }
}

if (!customElements.get("bj-edu-chart")) customElements.define("bj-edu-chart", BjEduChart);

declare global {
  interface HTMLElementTagNameMap {
    "bj-edu-chart": BjEduChart;
  }
}
