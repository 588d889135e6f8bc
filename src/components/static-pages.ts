import {html, type TemplateResult} from "lit";
import {htmlLang, otherLang, type Lang} from "../i18n/locale.ts";
import {STATIC_PAGE_MESSAGES} from "../i18n/static-page-messages.ts";
import {messagesFor} from "../i18n/messages.ts";
import {linkTo, siteHref} from "../model/url-state.ts";

/**
 * What only the static site has: the lists that lead to each indicator's and
 * each document's page, and the frame of a page with no script (the way home
 * and to the same page in the other language). The pages themselves are the
 * live views' templates (bj-indicator-detail.ts, bj-source-view.ts).
 */

/** The frame of a static page: the explainer's title as the way home, and the other language. */
export function staticFrame(lang: Lang, otherHref: string, content: TemplateResult): TemplateResult {
  const m = messagesFor(lang);
  const other = htmlLang(otherLang(lang));
  return html`<div class="static-page">
    <header class="masthead page"><p class="site-name"><a href=${linkTo(lang)}>${m.title}</a></p><a class="lang-link" href=${otherHref} hreflang=${other} lang=${other}>${m.lang.switchTo}</a></header>
    ${content}
  </div>`;
}

export interface IndicatorEntry {
  id: string;
  name: string;
  domain: string;
  status: string;
}

/** Every indicator by area, each a link to its page. */
export function indicatorsList(entries: readonly IndicatorEntry[], lang: Lang): TemplateResult {
  const m = messagesFor(lang);
  const domains = [...new Set(entries.map((i) => i.domain))];
  const here = globalThis.location?.pathname ?? "/";
  return html`<main class="page" id="main">
    <h1>${STATIC_PAGE_MESSAGES[lang].indicators}</h1>
    <p>${STATIC_PAGE_MESSAGES[lang].indicatorsIntro}</p>
    ${domains.map((d) => html`<section><h2>${d}</h2><ul>${entries.filter((i) => i.domain === d).map((i) => html`<li><a href=${linkTo(lang, {indicator: i.id})}>${i.name}</a> <span class="muted">${i.status}</span></li>`)}</ul></section>`)}
    <p><a href=${siteHref("data/observations-excel.csv", here)} download>${m.footer.csv}</a> · <a href=${siteHref("data/datapackage.json", here)}>${m.footer.datapackage}</a></p>
  </main>`;
}

/** The documents, each a link to its page. */
export function sourcesList(sources: ReadonlyArray<{id: string; title: string}>, lang: Lang): TemplateResult {
  const m = messagesFor(lang);
  return html`<main class="page" id="main">
    <h1>${m.sourceView.heading}</h1>
    <p>${m.sourceView.intro}</p>
    <ul>${sources.map((s) => html`<li><a href=${linkTo(lang, {view: "source", doc: s.id})}>${s.title}</a></li>`)}</ul>
  </main>`;
}
