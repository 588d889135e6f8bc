import {html, nothing, type TemplateResult} from "lit";

/**
 * A quote's English translation beside the Chinese, marked as a translation
 * (its label says so, and it is not inside the quote): the source's words stay
 * the Chinese; the English is ours, curated in data/translations/.
 */
export function quoteTranslation(translation: string | null, label: string): TemplateResult | typeof nothing {
  return translation ? html`<p class="translation"><span class="translation-label">${label}:</span> <q>${translation}</q></p>` : nothing;
}
