import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {hasMessages, loadMessages} from "../i18n/messages.ts";

/**
 * A root element's language's text: each language is a module of its own
 * (src/i18n/locale.ts), which the page preloads with its app; a host renders
 * once it is there, and again when the language changes and its text arrives.
 * A failed load is kept for the host to show, with the reader's retry.
 */
export class MessagesController implements ReactiveController {
  error: unknown = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly lang: () => Lang) {
    host.addController(this);
  }

  hostConnected() {
    this.ready();
  }

  /** Whether the language's text is there; if not, loads it and renders the host again when it is. */
  ready(lang: Lang = this.lang()): boolean {
    if (hasMessages(lang)) return true;
    loadMessages(lang).then(
      () => ((this.error = null), this.host.requestUpdate()),
      (error) => ((this.error = error), this.host.requestUpdate())
    );
    return false;
  }

  /** Loads a language's text (before switching to it, so the page never shows without text). */
  load(lang: Lang): Promise<unknown> {
    return loadMessages(lang);
  }
}

/**
 * What a root element shows when its language's text cannot be loaded: no
 * text of any language is there to say it in, so the words are the site's
 * languages' own, and a retry.
 */
export function textFailed(retry: () => void): TemplateResult {
  return html`<p class="state" role="alert"><span lang="zh-CN">页面文字未能载入。</span> <span lang="en">The page's text could not be loaded.</span> <button @click=${retry}><span lang="zh-CN">重试</span> · <span lang="en">Retry</span></button></p>`;
}
