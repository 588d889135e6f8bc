import {css, html, LitElement} from "lit";
import {emit} from "../app/events.ts";
import {DEFAULT_LANG, type Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {pluralForm} from "../i18n/format-number.ts";
import {DataFileError} from "../model/data-file-error.ts";
import {sharedStyles} from "./shared-styles.ts";
import {ServerRendered} from "./server-rendered.ts";

/**
 * What every view shows when the data cannot be loaded: which file, what is
 * wrong with it (translated), and a retry button that dispatches `retry`.
 * Anything slotted (a link to the explainer) follows.
 */
export class BjDataError extends ServerRendered(LitElement) {
  static properties = {error: {attribute: false}, lang: {}, heading: {type: Boolean}};
  /** The error the load failed with. */
  declare error: unknown;
  declare lang: Lang;
  /** Say it as a page heading (the page), not as a paragraph (an embed). */
  declare heading: boolean;

  constructor() {
    super();
    this.lang = DEFAULT_LANG;
    this.heading = false;
  }

  static styles = [sharedStyles, css`:host { display: block; } h1 { font-size: 1.5rem; }`];

  render() {
    const m = messagesFor(this.lang);
    const error = this.error;
    const detail = interpolate(m.error.detail, error instanceof DataFileError
      ? {file: error.file, problem: interpolate(pluralForm(m.error.problems[error.detail.code], "seconds" in error.detail ? error.detail.seconds : 0, this.lang), error.detail as unknown as Record<string, string | number>)}
      : {file: "—", problem: m.error.problems.other});
    return html`<div role="alert">
      ${this.heading ? html`<h1>${m.error.title}</h1>` : html`<p><strong>${m.error.title}</strong></p>`}
      <p>${detail}</p>
      <button @click=${() => emit(this, "retry")}>${m.error.retry}</button>
      <slot></slot>
    </div>`;
  }
}

customElements.define("bj-data-error", BjDataError);

declare global {
  interface HTMLElementTagNameMap {
    "bj-data-error": BjDataError;
  }
}
