import {asLang, type Lang} from "../i18n/locale.ts";
import {idOrNull} from "../schema/ids.ts";
import {shareHref} from "./url-state.ts";

/**
 * The query of embed.html (`?chart=<id>&lang=zh|en` or `?story=<id>&step=<n>&lang=…`),
 * read by one pure parser like the page's URL state: known keys only, each
 * value checked, anything else ignored without error. Which charts exist is
 * known once the content has loaded; an id of the right shape that names no
 * chart then gets a notice.
 */
export type EmbedView =
  | {kind: "chart"; chart: string}
  /** A story, opened at `step` (from 1; the story keeps it within its steps). */
  | {kind: "story"; story: string; step: number}
  /**
   * Nothing valid to show: no chart or story named, or one that does not exist. `asked` is the
   * id asked for when it has the shape of an id (so a notice may name it), else null.
   */
  | {kind: "none"; what: "chart" | "story"; asked: string | null};

/**
 * The embed's colours, the publisher's choice: light (the default, as most
 * articles are), dark, or auto (the reader's system setting).
 */
export const THEMES = ["light", "dark", "auto"] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedQuery {
  lang: Lang;
  view: EmbedView;
  theme: Theme;
}

const MAX_SEARCH = 2048;

/** A step number: a whole number from 1 to 99, else the first step. */
function step(value: string | null): number {
  return value && /^[1-9][0-9]?$/.test(value) ? Number(value) : 1;
}

export function parseEmbedQuery(search: string): EmbedQuery {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(search).slice(0, MAX_SEARCH));
  } catch {
    params = new URLSearchParams();
  }
  const lang: Lang = asLang(params.get("lang"));
  const theme = THEMES.find((t) => t === params.get("theme")) ?? "light";
  return {lang, theme, view: embedView(params)};
}

function embedView(params: URLSearchParams): EmbedView {
  const chart = idOrNull(params.get("chart"));
  if (chart) return {kind: "chart", chart};
  // A chart named in the link wins over a story; a story is shown only when no chart is named.
  if (!params.has("chart") && params.has("story")) {
    const story = idOrNull(params.get("story"));
    if (story) return {kind: "story", story, step: step(params.get("step"))};
    return {kind: "none", what: "story", asked: story};
  }
  return {kind: "none", what: "chart", asked: chart};
}

/** The query string of an embed view, keys in a fixed order (`?chart=…&lang=…`, then `&theme=…` unless light). */
export function serializeEmbedQuery(lang: Lang, view: {chart: string} | {story: string}, theme: Theme = "light"): string {
  const params = new URLSearchParams();
  if ("chart" in view) params.set("chart", view.chart);
  else params.set("story", view.story);
  params.set("lang", lang);
  if (theme !== "light") params.set("theme", theme);
  return `?${params}`;
}

/**
 * The explainer (the page next to embed.html) in the embed's language, as an
 * address under the site's folder `site`: at a chart (`…/en/#chart-<id>`), at a
 * story (`…/en/?story=<id>&step=1`), or its top (`…/en/`; `…/` in Chinese).
 */
export function explainerHref(site: string | URL, lang: Lang, view?: {chart: string} | {story: string}): string {
  return shareHref(site, lang, !view ? {} : "story" in view ? {story: view.story} : {hash: `chart-${view.chart}`});
}
