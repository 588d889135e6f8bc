import {html, type TemplateResult} from "lit";
import type {Parts} from "../app/parts.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ExplainerView, FirstScreen} from "../model/page-parts.ts";

/**
 * The explainer, drawn from its own parts (the first screen's, then the
 * rest's) rather than the whole dataset. Its model stays the same object while
 * neither part changes, so the element redraws only when one arrives. The
 * shell registers <bj-explainer>.
 */
export class ExplainerFromParts {
  private known?: {first: FirstScreen; rest: unknown; view: ExplainerView};

  constructor(private readonly parts: Pick<Parts, "first" | "rest" | "restError">, private readonly langHref: () => string) {}

  /** The explainer once its first screen's part is there. */
  render(lang: Lang, first: FirstScreen): TemplateResult {
    return html`<bj-explainer .model=${this.model(lang, first)} .langHref=${this.langHref()} .restError=${this.parts.restError(lang)}></bj-explainer>`;
  }

  /** The explainer as a fallback under a notice (an unknown story or indicator), if its first part is there. */
  fallback(lang: Lang): TemplateResult {
    const first = this.parts.first(lang);
    return first.status === "ready" ? this.render(lang, first.value) : html``;
  }

  private model(lang: Lang, first: FirstScreen): ExplainerView {
    const rest = this.parts.rest(lang);
    const known = this.known;
    if (known?.first === first && known.rest === rest) return known.view;
    const view: ExplainerView = {...first, ...rest, messages: messagesFor(lang)};
    this.known = {first, rest, view};
    return view;
  }
}
