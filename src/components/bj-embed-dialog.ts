import {css, html, LitElement, type PropertyValues} from "lit";
import {emit} from "../app/events.ts";
import {DialogHistory} from "../app/dialog-history.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {componentSnippet, iframeSnippet} from "../model/embed-snippet.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {shareHref} from "../model/url-state.ts";
import {sharedStyles} from "./shared-styles.ts";
import {copyField} from "./copy-field.ts";
import {EMBED_SCRIPTS, readEmbedManifest, type EmbedManifest} from "../schema/embed-files.ts";
import {loadJson} from "../model/load-file.ts";
import {THEMES, type Theme} from "../model/embed-query.ts";

type SnippetKind = "iframe" | "external" | "component";

/** A few random letters and digits, so two snippets on one host page have different iframe ids. */
function randomUid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => (b % 36).toString(36)).join("");
}

/**
 * A modal dialog with the code that embeds a chart on another site: an iframe
 * with its height script, and the web component, each with a copy button.
 * Closing dispatches `close-embed`.
 */
export class BjEmbedDialog extends LitElement {
  static properties = {chart: {attribute: false}, lang: {}, site: {}, copied: {state: true}, failed: {state: true}, manifest: {state: true}, theme: {state: true}};
  declare chart: ChartWithTable | null;
  declare lang: Lang;
  /** The explainer's address (the folder that holds index.html, embed.html and bj-edu-chart.js). */
  declare site: string;
  declare copied: SnippetKind | "";
  declare failed: boolean;
  /** This release's copies of the scripts a snippet loads, with their integrity hashes, read once the dialog opens. */
  declare manifest: EmbedManifest | null;
  /** The colours the publisher picks for the embed (light by default). */
  declare theme: Theme;

  /** Back closes the dialog. */
  private readonly entry = new DialogHistory(this, () => this.renderRoot.querySelector("dialog")?.close());

  /** The iframe id's suffix, new for each chart the dialog is opened for. */
  private uid = randomUid();

  constructor() {
    super();
    this.chart = null;
    this.copied = "";
    this.failed = false;
    this.manifest = null;
    this.theme = "light";
  }

  connectedCallback() {
    super.connectedCallback();
    // Without it the snippets name the latest scripts without an integrity hash, never with a wrong one.
    loadJson("embed.json", {base: this.site, verify: false, embedded: null})
      .then((m) => (this.manifest = readEmbedManifest(m)))
      .catch(() => undefined);
  }

  static styles = [
    sharedStyles,
    css`
      dialog { max-width: min(44rem, calc(100vw - 2rem)); width: 100%; border: 1px solid var(--rule); border-radius: 8px; background: var(--bg); color: var(--fg); padding: 1.25rem; box-sizing: border-box; }
      dialog::backdrop { background: rgb(0 0 0 / 0.45); }
      .head { display: flex; align-items: flex-start; gap: 0.75rem; margin: 0 0 0.75rem; }
      h2 { font-size: 1.125rem; margin: 0; flex: 1 1 auto; min-width: 0; }
      h3 { font-size: 1rem; margin: 1rem 0 0.25rem; }
      .close { flex: none; margin: -0.5rem -0.5rem 0 0; }
      .note { margin: 0 0 0.5rem; color: var(--muted); font-size: 0.875rem; }
      textarea { display: block; box-sizing: border-box; width: 100%; font: 0.8125rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); color: var(--fg); border: 1px solid var(--muted); border-radius: 4px; padding: 0.5rem; resize: vertical; }
      textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
      .copy { margin-top: 0.5rem; }
      .status { min-height: 1.5em; margin: 0.75rem 0 0; }
      fieldset { border: 1px solid var(--rule); border-radius: 6px; margin: 0 0 0.5rem; padding: 0.25rem 0.75rem 0.5rem; }
      fieldset label { display: inline-flex; align-items: center; gap: 0.35rem; min-height: 44px; margin-inline-end: 1rem; }
      @media (prefers-reduced-motion: no-preference) { dialog[open] { animation: fade 120ms ease-out; } }
      @keyframes fade { from { opacity: 0; } }
    `
  ];

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has("chart") && this.chart) {
      this.uid = randomUid();
      this.copied = "";
      this.failed = false;
    }
  }

  protected updated(changed: PropertyValues<this>) {
    const dialog = this.renderRoot.querySelector("dialog")!;
    if (changed.has("chart")) {
      if (this.chart && !dialog.open) (dialog.showModal(), this.entry.opened());
      if (!this.chart && dialog.open) dialog.close();
    }
  }

  private onClose() {
    this.entry.closed();
    emit(this, "close-embed");
  }

  private async copy(kind: SnippetKind) {
    const copied = await copyField(this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-snippet=${kind}]`)!);
    this.copied = copied ? kind : "";
    this.failed = !copied;
  }

  /** The snippets for the chart, or null when the site's address cannot be used in one. */
  private snippets(chart: ChartWithTable) {
    const m = messagesFor(this.lang);
    try {
      const frame = {embedPage: new URL("embed.html", this.site).href, lang: this.lang, view: {chart: chart.id}, title: interpolate(m.embed.frameTitle, {chart: chart.title, site: m.title}), uid: this.uid, theme: this.theme};
      // A release's own copy, pinned by its hash; the latest file, unpinned, if the build's list did not load.
      const script = (key: keyof typeof EMBED_SCRIPTS) => {
        const pinned = this.manifest?.scripts[key];
        return {url: new URL(pinned?.path ?? EMBED_SCRIPTS[key], this.site).href, integrity: pinned?.integrity};
      };
      const [host, component] = [script("hostScript"), script("component")];
      return {
        iframe: iframeSnippet(frame),
        external: iframeSnippet({...frame, hostScriptUrl: host.url, hostScriptIntegrity: host.integrity}),
        component: componentSnippet({
          moduleUrl: component.url, chart: chart.id, lang: this.lang, theme: this.theme, integrity: component.integrity,
          fallback: {title: chart.title, href: shareHref(this.site, this.lang, {hash: `chart-${chart.id}`})}
        })
      };
    } catch {
      return null;
    }
  }

  render() {
    const m = messagesFor(this.lang).embed;
    const chart = this.chart;
    const code = chart ? this.snippets(chart) : null;
    const block = (kind: SnippetKind, heading: string, note: string, text: string) => html`
      <h3 id="embed-${kind}-h">${heading}</h3>
      <p class="note" id="embed-${kind}-note">${note}</p>
      <textarea data-snippet=${kind} readonly rows=${kind === "component" ? 3 : kind === "external" ? 4 : 10} spellcheck="false" aria-labelledby="embed-${kind}-h" aria-describedby="embed-${kind}-note" .value=${text}></textarea>
      <button class="copy" data-copy=${kind} aria-label=${interpolate(m.copyLabel, {snippet: heading})} @click=${() => this.copy(kind)}>${m.copy}</button>`;
    return html`<dialog aria-labelledby="embed-title" @close=${this.onClose}>
      ${chart
        ? html`<div class="head">
              <h2 id="embed-title">${m.heading}${messagesFor(this.lang).sep}${chart.title}</h2>
              <button class="close" @click=${() => this.renderRoot.querySelector("dialog")!.close()}>${m.close}</button>
            </div>
            <p>${m.intro}</p>
            <fieldset>
              <legend>${m.theme}</legend>
              ${THEMES.map((t) => html`<label><input type="radio" name="theme" value=${t} .checked=${this.theme === t} @change=${() => ((this.theme = t), (this.copied = ""))}>${m.themes[t]}</label>`)}
            </fieldset>
            ${this.manifest ? html`<p class="note">${m.pinnedNote}</p>` : ""}
            ${code ? html`${block("iframe", m.iframe, m.iframeNote, code.iframe)}${block("external", m.external, m.externalNote, code.external)}${block("component", m.component, m.componentNote, code.component)}` : html`<p>${m.unavailable}</p>`}
            <p class="status" role="status">${this.failed ? m.copyFailed : this.copied ? m.copied : ""}</p>`
        : ""}
    </dialog>`;
  }
}

customElements.define("bj-embed-dialog", BjEmbedDialog);

declare global {
  interface HTMLElementTagNameMap {
    "bj-embed-dialog": BjEmbedDialog;
  }
}
