import {html, type TemplateResult} from "lit";
import type {Part} from "../app/parts.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import "./bj-data-error.ts";

/**
 * A view drawn from a part: its template once the part is there; until then
 * that it is loading; if it fails, why, with a retry (the view's part only:
 * the rest of the page stays).
 */
export function whenReady<T>(part: Part<T>, lang: Lang, retry: () => void, ready: (value: T) => TemplateResult): TemplateResult {
  if (part.status === "ready") return ready(part.value);
  if (part.status === "failed") return html`<bj-data-error class="page" heading .error=${part.error} .lang=${lang} @retry=${(e: Event) => (e.stopPropagation(), retry())}></bj-data-error>`;
  return html`<p class="page" role="status">${messagesFor(lang).loading}</p>`;
}
