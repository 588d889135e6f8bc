import type {Lang} from "../i18n/locale.ts";
import {escapeHtml} from "../formats/escape-html.ts";
import {serializeEmbedQuery} from "./embed-query.ts";
import {HEIGHT_MESSAGE, MAX_EMBED_HEIGHT} from "./height-message.ts";

/**
 * The HTML a host pastes to show a chart (or a story) of the explainer on its
 * own page. Pure: the same input gives the same text. Everything that goes into
 * an attribute is HTML-escaped; everything that goes into the script is a JSON
 * string with <, >, & and the line separators escaped, so no input can close
 * the script or the attribute.
 */

export type EmbedTarget = {chart: string} | {story: string};

export interface IframeSnippetInput {
  /** The absolute http(s) URL of embed.html; its query and fragment are replaced. */
  embedPage: string;
  lang: Lang;
  view: EmbedTarget;
  /** The iframe's accessible title (from src/i18n). */
  title: string;
  /** Makes the iframe's id unique on the host page (letters and digits are kept). */
  uid: string;
  /** The iframe's height until the first height message, in CSS pixels. */
  initialHeight?: number;
}

export interface ComponentSnippetInput {
  /** The absolute http(s) URL of bj-edu-chart.js. */
  moduleUrl: string;
  chart: string;
  lang: Lang;
}

/** A string as a JavaScript string literal that is safe inside an HTML <script> element. */
export function scriptString(value: string): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** An absolute http(s) URL, or an error: an iframe or a script must not point anywhere else. */
function httpUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${what} is not an absolute URL: ${value}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`${what} is not an http(s) URL: ${value}`);
  return url;
}

const slug = (value: string, max: number) => value.toLowerCase().replace(/[^a-z0-9-]+/g, "").slice(0, max);

/** The iframe's id on the host page: `bj-edu-<chart or story>-<uid>`. */
export function frameId(view: EmbedTarget, uid: string): string {
  const name = slug("chart" in view ? view.chart : `story-${view.story}`, 60) || "view";
  return `bj-edu-${name}-${slug(uid, 16) || "frame"}`;
}

/** The URL of the embed page showing this view. */
export function embedUrl(embedPage: string, lang: Lang, view: EmbedTarget): URL {
  const url = httpUrl(embedPage, "the embed page");
  url.search = serializeEmbedQuery(lang, view);
  url.hash = "";
  return url;
}

/**
 * An <iframe> of embed.html, and a script that sets its height from the
 * messages embed.html posts. The script applies a message only if it comes
 * from this iframe's window (`event.source`), from the embed's exact origin
 * (`event.origin`), and is `{type: "bj-edu:height", height}` with a finite
 * height between 0 and 20000 (exclusive).
 */
export function iframeSnippet({embedPage, lang, view, title, uid, initialHeight = 480}: IframeSnippetInput): string {
  const src = embedUrl(embedPage, lang, view);
  const id = frameId(view, uid);
  const height = Number.isFinite(initialHeight) && initialHeight > 0 ? Math.round(initialHeight) : 480;
  return `<iframe id="${escapeHtml(id)}" src="${escapeHtml(src.href)}" title="${escapeHtml(title)}" loading="lazy" style="width:100%;border:0" height="${height}"></iframe>
<script>
(function () {
  var frame = document.getElementById(${scriptString(id)});
  var origin = ${scriptString(src.origin)};
  window.addEventListener("message", function (event) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== ${scriptString(HEIGHT_MESSAGE)}) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height <= 0 || height >= ${MAX_EMBED_HEIGHT}) return;
    frame.style.height = Math.ceil(height) + "px";
  });
})();
</script>`;
}

/** A <script type="module"> loading the web component, and the element for one chart. */
export function componentSnippet({moduleUrl, chart, lang}: ComponentSnippetInput): string {
  const src = httpUrl(moduleUrl, "the module").href;
  return `<script type="module" src="${escapeHtml(src)}"></script>
<bj-edu-chart chart="${escapeHtml(chart)}" lang="${escapeHtml(lang)}"></bj-edu-chart>`;
}
