import {html} from "lit";
import {embeddedChart} from "../components/embedded-chart.ts";
import {explainerPage} from "../components/explainer-page.ts";
import * as restTemplates from "../components/explainer-rest.ts";
import {indicatorPage} from "../components/bj-indicator-detail.ts";
import {sourcePage} from "../components/bj-source-view.ts";
import {indicatorsList, sourcesList, staticFrame} from "../components/static-pages.ts";
import {langFolder, langRoot, otherLang, type Lang} from "../i18n/locale.ts";
import {STATIC_PAGE_MESSAGES} from "../i18n/static-page-messages.ts";
import {messagesFor} from "../i18n/messages.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {linkTo, renderingStatic, type StaticPage} from "../model/url-state.ts";
import {staticCopy} from "./documents.ts";
import {renderHtml} from "./render-html.ts";
import {chartPicture, inlineDrawing, pictureDrawing} from "./server-drawing.ts";
import type {SiteModel} from "./site-model.ts";

/** One page of the static site: where it goes, what it says of itself, its body. */
export interface SitePage {
  /** The file under dist/ ("index.html", "en/indicators/x/index.html"). */
  file: string;
  lang: Lang;
  /** Its path within its language's tree ("", "indicators/x/"). */
  path: string;
  title: string;
  description: string;
  body: string;
}

/** A file the pages need beside them (a chart's picture). */
export interface SiteFile {
  file: string;
  content: string;
}

const fileOf = (lang: Lang, path: string) => `${langFolder(lang)}${path}index.html`;

/** The same page in the other language, from a static page. */
const otherHref = (page: StaticPage, patch: Parameters<typeof linkTo>[1]) => renderingStatic(page, () => linkTo(otherLang(page.lang), patch));

/**
 * The explainer of one language as its static copy: the first screen's chart
 * drawn in, every other chart as a picture that loads as it comes near (or,
 * without `pictures`, as the space the live page draws it in: the single file
 * has no files beside it).
 */
export function explainerBody(site: SiteModel, {pictures: withPictures = true} = {}): {body: string; pictures: SiteFile[]} {
  const {lang} = site;
  const page: StaticPage = {lang, path: ""};
  const pictures: SiteFile[] = [];
  const root = langRoot(lang);
  const drawing = (chart: ChartWithTable) => {
    if (chart.id === site.rest.scoreboard.chart.id) return inlineDrawing(chart, lang, page);
    if (!withPictures) return undefined;
    const picture = chartPicture(chart, lang, page);
    pictures.push({file: picture.file, content: picture.markup});
    return pictureDrawing(picture, chart, root);
  };
  const view = {...site.first, ...site.rest, messages: site.page.messages};
  const body = renderHtml(page, () => explainerPage(view, {drawing, langHref: otherHref(page, {}), deferRest: true, server: true, restTemplates}));
  return {body: staticCopy(lang, body), pictures};
}

/**
 * A chart's own embed page (frame/<lang>/<id>.html): the chart drawn in, as
 * the live embed shows it, for iframes on other sites. Its links lead to the
 * static site until the live embed makes them absolute.
 */
export function embedPages(site: SiteModel): SitePage[] {
  const {lang} = site;
  const m = messagesFor(lang);
  const page: StaticPage = {lang, path: "", root: "../../"};
  const up = "../../";
  return [...site.page.charts.values()].filter((c) => c.embeddable).map((chart) => {
    const body = renderHtml(page, () => html`<bj-edu-embed chart=${chart.id} lang=${lang} site=${up}><div data-static>${embeddedChart({lang, content: chart, item: null, notice: "", explainer: null, credit: linkTo(lang, {hash: `chart-${chart.id}`}), prerendered: inlineDrawing(chart, lang, page)})}</div></bj-edu-embed>`);
    return {file: `frame/${lang}/${chart.id}.html`, lang, path: "", title: `${chart.title} · ${m.title}`, description: chart.subtitle, body};
  });
}

/** Every static page of a language but the explainer: the indicators (a list, a page each) and the source documents (a list, a page each). */
export function documentPages(site: SiteModel): SitePage[] {
  const {lang} = site;
  const m = messagesFor(lang);
  const pages: SitePage[] = [];
  const add = (path: string, title: string, description: string, content: (page: StaticPage) => unknown, patch: Parameters<typeof linkTo>[1]) => {
    const page = {lang, path};
    const body = renderHtml(page, () => staticFrame(lang, otherHref(page, patch), html`${content(page)}`));
    pages.push({file: fileOf(lang, path), lang, path, title: `${title} · ${m.title}`, description, body});
  };
  const details = [...site.indicators.values()];
  add("indicators/", STATIC_PAGE_MESSAGES[lang].indicators, STATIC_PAGE_MESSAGES[lang].indicatorsIntro, () => indicatorsList(details.map((d) => ({id: d.id, name: d.name, domain: d.domain, status: d.status})), lang), {view: "data"});
  for (const d of details) {
    add(`indicators/${d.id}/`, d.name, d.status, (page) => indicatorPage(d, {lang, backHref: renderingStatic(page, () => linkTo(lang)), drawing: (chart) => inlineDrawing(chart, lang, page)}), {indicator: d.id});
  }
  add("sources/", m.sourceView.heading, m.sourceView.intro, () => sourcesList(site.index.sources, lang), {view: "source"});
  for (const {id, title} of site.index.sources) {
    add(`sources/${id}/`, title, title, (page) => sourcePage(site.sources.docs, id, {lang, backHref: renderingStatic(page, () => linkTo(lang))}), {view: "source", doc: id});
  }
  return pages;
}
