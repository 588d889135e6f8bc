import {css, html, LitElement, unsafeCSS} from "lit";
import {DownloadController} from "../app/download-controller.ts";
import {MessagesController, textFailed} from "../app/messages-controller.ts";
import {Parts} from "../app/parts.ts";
import {followToExplainer} from "../app/retarget-links.ts";
import "../components/bj-data-error.ts";
import {embeddedChart, outbound} from "../components/embedded-chart.ts";
import {hostTheme} from "../components/host-theme.ts";
import {sharedStyles} from "../components/shared-styles.ts";
import {asLang, htmlLang, type Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {DataFileError} from "../model/data-file-error.ts";
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

  private parts?: {base: string; parts: Parts};
  private readonly messages = new MessagesController(this, () => this.language);
  private readonly downloads = new DownloadController(this, {lang: () => this.language, about: () => undefined});

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
    return asLang(this.lang);
  }

  /** The parts of the data folder this element reads (one load per file for every element on the page). */
  private get data(): Parts {
    const base = this.dataBase ? new URL(this.dataBase, document.baseURI).href : new URL("data/", SITE).href;
    if (this.parts?.base !== base) this.parts = {base, parts: new Parts(this, {base})};
    return this.parts.parts;
  }

  /** Events from the chart stay inside the element: the host page has no use for them. */
  private keep = (event: Event) => event.stopPropagation();

  render() {
    const lang = this.language;
    // Until its language's text is there, the host's fallback content shows.
    if (!this.messages.ready()) return this.messages.error ? html`<slot></slot>${textFailed(() => this.requestUpdate())}` : html`<slot></slot>`;
    const m = messagesFor(lang);
    const asked = idOrNull(this.chart);
    const unknown = html`<div lang=${htmlLang(lang)}>
        <p class="notice">${embedNotice({kind: "none", what: "chart", asked}, m)}</p>
        <p>${outbound(explainerHref(SITE, lang), m.embed.openExplainer, m)}</p>
      </div>`;
    if (!asked) return unknown;
    // The site's list of charts first (a small file): a chart it does not have is not asked for at all.
    const index = this.data.index(lang);
    if (index.status === "ready" && !index.value.charts.some((c) => c.id === asked)) return unknown;
    const part = index.status === "failed" ? index : index.status === "ready" ? this.data.chart(lang, asked) : index;
    // Until it draws, or if it cannot (no CORS, no network), the host's fallback content shows: the chart's title as a link.
    if (part.status === "loading") return html`<slot></slot><p role="status">${m.loading}</p>`;
    if (part.status === "failed") {
      // A chart the site does not have: the server answers 404 for its file.
      if (part.error instanceof DataFileError && part.error.detail.code === "status" && part.error.detail.status === 404) return unknown;
      return html`<slot></slot><bj-data-error lang=${htmlLang(lang)} .error=${part.error} .lang=${lang} @retry=${(e: Event) => (this.keep(e), index.status === "failed" ? this.data.index(lang, {retry: true}) : this.data.chart(lang, asked, {retry: true}), this.requestUpdate())}></bj-data-error>`;
    }
    const {chart, quoteFiles} = part.value;
    const item = this.selected ? (this.data.provenance(lang, this.selected, quoteFiles) ?? null) : null;
    return html`<div class="embed" lang=${htmlLang(lang)} @click=${(e: MouseEvent) => followToExplainer(e, SITE)}
        @open-provenance=${(e: CustomEvent<string>) => (this.keep(e), (this.selected = e.detail))}
        @close-provenance=${(e: Event) => (this.keep(e), (this.selected = null))} @embed-chart=${this.keep}>
      ${embeddedChart({lang, content: chart, item, notice: this.downloads.notice, explainer: SITE, credit: explainerHref(SITE, lang, {chart: asked})})}
    </div>`;
  }
}

if (!customElements.get("bj-edu-chart")) customElements.define("bj-edu-chart", BjEduChart);

declare global {
  interface HTMLElementTagNameMap {
    "bj-edu-chart": BjEduChart;
  }
}
