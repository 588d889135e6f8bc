import {css, html, LitElement} from "lit";
import {emit} from "../app/events.ts";
import {popupClosed, popupOpened} from "../app/popups.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {sharedStyles} from "./shared-styles.ts";

/**
 * One compact menu per chart: a button that shows the chart's downloads (CSV,
 * SVG, PNG), a link to copy, and the embed dialog. A disclosure (the list is
 * plain buttons), so it needs no menu keyboard model to be usable.
 */
export class BjChartMenu extends LitElement {
  static properties = {chart: {attribute: false}, lang: {}, link: {}, embeddable: {type: Boolean}, open: {state: true}, copied: {state: true}};
  declare chart: ChartWithTable;
  declare lang: Lang;
  /** The chart's address, to copy. */
  declare link: string;
  /** Offer the embed dialog (not inside an embed, not for a story's or an indicator page's chart). */
  declare embeddable: boolean;
  declare open: boolean;
  declare copied: boolean;

  constructor() {
    super();
    this.open = false;
    this.copied = false;
    this.embeddable = false;
  }

  static styles = [
    sharedStyles,
    css`
      :host { display: inline-block; position: relative; }
      ul { position: absolute; z-index: 3; inset-inline-start: 0; top: calc(100% + 4px); min-width: 14rem; margin: 0; padding: 0.25rem; list-style: none; background: var(--bg); border: 1px solid var(--rule); border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.15); }
      ul[hidden] { display: none; }
      li button { width: 100%; text-align: start; border: 0; background: none; min-height: 40px; }
      li button:hover { background: var(--panel); }
    `
  ];

  /**
   * Closes the list before an item acts: focus moves to the menu's own button
   * first, so it is not lost with the hidden item (and the embed dialog gives
   * it back there when it closes).
   */
  private close() {
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>("button[aria-expanded]")?.focus();
  }

  private act(what: "csv" | "svg" | "png") {
    this.close();
    emit(this, "chart-download", what);
  }

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.link);
      this.copied = true;
    } catch {
      this.copied = false;
    }
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && this.open) {
      event.stopPropagation();
      this.open = false;
      this.renderRoot.querySelector<HTMLButtonElement>("button[aria-expanded]")?.focus();
    }
  };

  /** The open list stays on screen: shifted toward the start when it would run past the viewport's end (the menu at the end of a row on a phone). */
  protected updated() {
    const list = this.renderRoot.querySelector<HTMLElement>("ul");
    if (!list) return;
    // In an embed, the frame grows to hold the open list (report-height.ts).
    if (!this.open) return popupClosed(list);
    popupOpened(list);
    list.style.insetInlineStart = "";
    const box = list.getBoundingClientRect();
    const over = box.right + 8 - document.documentElement.clientWidth;
    if (over > 0) list.style.insetInlineStart = `${-Math.min(over, Math.max(0, box.left))}px`;
  }

  render() {
    const m = messagesFor(this.lang);
    return html`<div @keydown=${this.onKey}>
      <button aria-expanded=${this.open ? "true" : "false"} aria-controls="menu" @click=${() => ((this.open = !this.open), (this.copied = false))}>⋯ ${m.chart.menu}</button>
      <ul id="menu" ?hidden=${!this.open}>
        <li><button data-download="csv" @click=${() => this.act("csv")}>${m.downloads.chartCsv}</button></li>
        <li><button data-download="svg" @click=${() => this.act("svg")}>${m.downloads.svg}</button></li>
        <li><button data-download="png" @click=${() => this.act("png")}>${m.downloads.png}</button></li>
        <li><button data-copy-link @click=${this.copy}>${this.copied ? m.chart.linkCopied : m.chart.copyLink}</button></li>
        ${this.embeddable ? html`<li><button data-embed aria-haspopup="dialog" @click=${() => (this.close(), emit(this, "embed-chart", {chart: this.chart}))}>${m.embed.button}</button></li>` : ""}
      </ul>
      <span class="visually-hidden" role="status">${this.copied ? m.chart.linkCopied : ""}</span>
    </div>`;
  }
}

customElements.define("bj-chart-menu", BjChartMenu);

declare global {
  interface HTMLElementTagNameMap {
    "bj-chart-menu": BjChartMenu;
  }
}
