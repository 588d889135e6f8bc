import type {Lang} from "../i18n/locale.ts";
import {escapeHtml} from "../formats/escape-html.ts";
import {serializeEmbedQuery, THEMES, type Theme} from "./embed-query.ts";
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
  /** The embed's colours (light by default). */
  theme?: Theme;
}

export interface ComponentSnippetInput {
  /** The absolute http(s) URL of bj-edu-chart.js. */
  moduleUrl: string;
  chart: string;
  lang: Lang;
  /** The element's colours (light by default, which needs no attribute). */
  theme?: Theme;
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
export function embedUrl(embedPage: string, lang: Lang, view: EmbedTarget, theme: Theme = "light"): URL {
  const url = httpUrl(embedPage, "the embed page");
  url.search = serializeEmbedQuery(lang, view, theme);
  url.hash = "";
  return url;
}

/**
 * What the framed embed may do, measured as the smallest set with which it
 * works: run its scripts; keep its own origin (without it the frame's origin
 * is opaque, its height messages come from "null" and the host script, which
 * checks the embed's origin, must refuse them); open the explainer in a new
 * tab or, on a click, in the host's tab; save the chart's files. It may not
 * navigate the host without a click, open forms, or lock the pointer.
 */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads";

/**
 * The script that sizes the iframes of the explainer on a host page: it
 * applies a height message only if it comes from one of those iframes' own
 * window (`event.source`) and origin (`event.origin`), has the shape
 * `{type: "bj-edu:height", height}`, and its height, rounded, is between 0
 * and 20000 (exclusive). Inline, it knows its one iframe; as the external
 * file `embed-host.js` (for hosts whose CSP forbids inline script), it sizes
 * every `iframe[data-bj-edu]` from the file's own origin.
 */
export function hostScript(frame: {id: string; origin: string} | null): string {
  const frames = frame
    ? `[document.getElementById(${scriptString(frame.id)})]`
    : `Array.prototype.slice.call(document.querySelectorAll("iframe[data-bj-edu]"))`;
  const origin = frame ? scriptString(frame.origin) : `new URL(document.currentScript.src).origin`;
  return `(function () {
  var origin = ${origin};
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var frames = ${frames};
    var frame = frames.filter(function (f) { return f && f.contentWindow === event.source; })[0];
    var data = event.data;
    if (!frame || !data || typeof data !== "object" || data.type !== ${scriptString(HEIGHT_MESSAGE)}) return;
    if (typeof data.height !== "number" || !isFinite(data.height)) return;
    var height = Math.round(data.height);
    if (height <= 0 || height >= ${MAX_EMBED_HEIGHT}) return;
    frame.style.height = height + "px";
  });
})();`;
}

const INTEGRITY = /^sha(256|384|512)-[A-Za-z0-9+/]+=*$/;

/** A script element's integrity and CORS attributes (an integrity check needs a CORS request), or nothing. */
function pinned(integrity: string | undefined): string {
  if (integrity === undefined) return "";
  if (!INTEGRITY.test(integrity)) throw new Error(`not an integrity hash: ${integrity}`);
  return ` integrity="${integrity}" crossorigin="anonymous"`;
}

/**
 * An <iframe> of embed.html, sandboxed and sending no more than the host's
 * origin as referrer, and the script that sets its height from the messages
 * embed.html posts: inline by default, or the external `embed-host.js` at
 * `hostScriptUrl` (a release's own copy, pinned by `hostScriptIntegrity`) for
 * a host whose Content-Security-Policy forbids inline script.
 */
export function iframeSnippet({embedPage, lang, view, title, uid, initialHeight = 480, theme = "light", hostScriptUrl, hostScriptIntegrity}: IframeSnippetInput & {hostScriptUrl?: string; hostScriptIntegrity?: string}): string {
  const src = embedUrl(embedPage, lang, view, theme);
  const id = frameId(view, uid);
  const height = Number.isFinite(initialHeight) && initialHeight > 0 ? Math.round(initialHeight) : 480;
  const frame = `<iframe id="${escapeHtml(id)}" src="${escapeHtml(src.href)}" title="${escapeHtml(title)}" loading="lazy" sandbox="${EMBED_SANDBOX}" referrerpolicy="strict-origin-when-cross-origin"${hostScriptUrl ? " data-bj-edu" : ""} style="width:100%;border:0" height="${height}"></iframe>`;
  if (hostScriptUrl) {
    const script = httpUrl(hostScriptUrl, "the host script");
    if (script.origin !== src.origin) throw new Error("the host script must come from the embed's own site");
    return `${frame}\n<script src="${escapeHtml(script.href)}"${pinned(hostScriptIntegrity)} defer></script>`;
  }
  return `${frame}\n<script>\n${hostScript({id, origin: src.origin})}\n</script>`;
}

export interface ComponentSnippetOptions extends ComponentSnippetInput {
  /** The module's Subresource Integrity hash (`sha384-…`), written by the build. */
  integrity?: string;
  /** What the element shows until it draws, or if it cannot: the chart's title, as a link to it in the explainer. */
  fallback?: {title: string; href: string};
}

/** A <script type="module"> loading the web component (with its integrity hash), and the element for one chart with fallback content. */
export function componentSnippet({moduleUrl, chart, lang, theme = "light", integrity, fallback}: ComponentSnippetOptions): string {
  const src = httpUrl(moduleUrl, "the module").href;
  const link = fallback ? `<a href="${escapeHtml(httpUrl(fallback.href, "the explainer").href)}">${escapeHtml(fallback.title)}</a>` : "";
  return `<script type="module" src="${escapeHtml(src)}"${pinned(integrity)}></script>
<bj-edu-chart chart="${escapeHtml(chart)}" lang="${escapeHtml(lang)}"${theme === "light" ? "" : ` theme="${THEMES.includes(theme) ? theme : "light"}"`}>${link}</bj-edu-chart>`;
}
