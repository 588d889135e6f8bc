import {JSDOM} from "jsdom";
import {html, type TemplateResult} from "lit";
import {unsafeSVG} from "lit/directives/unsafe-svg.js";
import {exportSvg} from "../charts/export-svg.ts";
import {drawChart as drawKind} from "../charts/draw-chart.ts";
import type {Lang} from "../i18n/locale.ts";
import {PRERENDER_WIDTH, prerenderId} from "../app/prerendered.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {renderingStatic, type StaticPage} from "../model/url-state.ts";

/** One server-side document to draw every chart of a build in (Plot needs a DOM; Node has none). */
let shared: Document | undefined;
const serverDocument = () => (shared ??= new JSDOM("<!doctype html><html><body></body></html>").window.document);

/** A chart drawn by the page's own builder (Plot), on the server, its marks linking within the static site of `page`. */
export function drawChart(chart: ChartWithTable, {width, id, page}: {width: number; id: string; page: StaticPage}): SVGSVGElement {
  return renderingStatic(page, () => drawKind(chart, {document: serverDocument(), width, id}));
}

/**
 * The first screen's chart, drawn into the page: one drawing at the narrowest
 * column's width that scales with its viewBox (src/app/prerendered.ts), so the
 * page paints its chart without script, and the live page adopts it instead of
 * loading Plot. The markup is the builder's own, serialised by the DOM: no text
 * from the data reaches it unescaped.
 */
export function inlineDrawing(chart: ChartWithTable, lang: Lang, page: StaticPage): TemplateResult {
  const svg = drawChart(chart, {width: PRERENDER_WIDTH, id: prerenderId(lang, chart.id), page});
  svg.classList.add("responsive");
  return html`${unsafeSVG(svg.outerHTML)}`;
}

/** A chart as a picture file (charts/<lang>/<id>.svg): what a page without script shows, loaded as it comes near. */
export function chartPicture(chart: ChartWithTable, lang: Lang, page: StaticPage): {file: string; markup: string; width: number; height: number} {
  const svg = drawChart(chart, {width: PRERENDER_WIDTH, id: `picture-${chart.id}`, page});
  return {file: `charts/${lang}/${chart.id}.svg`, ...exportSvg(svg, {title: chart.title, sourceLine: chart.sourceLine, dateLine: "", bare: true})};
}

/** A picture's place in a page: an <img> that loads as it comes near, described by the chart's sentences. */
export function pictureDrawing(picture: {file: string; width: number; height: number}, chart: ChartWithTable, site: string): TemplateResult {
  return html`<img class="chart-picture" src=${`${site}${picture.file}`} width=${picture.width} height=${picture.height} loading="lazy" decoding="async" alt=${chart.description}>`;
}
