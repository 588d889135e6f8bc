import {html, nothing, type TemplateResult} from "lit";
import {keyed} from "lit/directives/keyed.js";
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {ExplainerView} from "../model/page-parts.ts";
import {linkTo} from "../model/url-state.ts";
import "./bj-data-error.ts";
import type * as ExplainerRest from "./explainer-rest.ts";
import {firstScreen, masthead, trackerSection} from "./explainer-sections.ts";

export interface ExplainerPageOptions {
  /** The same page in the other language. */
  langHref?: string;
  /**
   * How many blocks of what follows the tracker are drawn (the scoreboard, each chapter,
   * comparisons, method): the live page draws a block per task, so no task
   * blocks a phone. All of them by default (the static page).
   */
  shown?: number;
  /** Why what follows the tracker did not load, if it did not: said above its static text, with a retry. */
  restError?: unknown;
  onRetry?: () => void;
  /** What a chart shows before the live page draws it: the build's drawing (on the server only). */
  drawing?: (chart: ChartWithTable) => unknown;
  /** The offline single file: its footer names the hosted page. */
  offline?: boolean;
  /**
   * The static page's: what follows the tracker is laid out only once the
   * first screen has painted (page.css; src/main.ts lifts it after the first
   * frame, and without script it never applies).
   */
  deferRest?: boolean;
  /** The build's render, on the server: interactive parts (the tracker's controls) hold their place, unseen. */
  server?: boolean;
  /**
   * The templates of what follows the tracker (explainer-rest.ts): the live page loads them with
   * the rest's part, the build imports them. Without them the rest's placeholder stays.
   */
  restTemplates?: typeof ExplainerRest;
}

/** How many blocks follow the tracker once the rest is there (0 before): the scoreboard, each chapter, comparisons, method. */
export function restBlocks(model: ExplainerView): number {
  return model.chapters ? model.chapters.length + 3 : 0;
}

/**
 * The explainer, whole or as far as it has loaded: the answer first (status
 * summary), every target in the tracker, then the scoreboard, chapters, comparisons, method, the way to
 * every figure, downloads. The one template of the explainer: the build
 * renders it into index.html (src/prerender/), the live page into its
 * element (bj-explainer), so the two cannot differ. What follows the
 * tracker comes in its own part: until it is there, a placeholder stands
 * in for it.
 */
export function explainerPage(model: ExplainerView, {langHref = linkTo(model.lang === "zh" ? "en" : "zh"), shown, restError, onRetry, drawing, offline = false, deferRest = false, server = false, restTemplates}: ExplainerPageOptions = {}): TemplateResult {
  const {scoreboard, chapters, comparisons, method} = model;
  const blocks = restBlocks(model);
  const drawn = Math.min(shown ?? blocks, blocks);
  const rest = scoreboard && chapters && comparisons && method && restTemplates ? {...model, scoreboard, chapters, comparisons, method} : null;
  return html`<div class="page">
    ${masthead(model, langHref)}
    <main id="main" tabindex="-1">
      ${firstScreen(model)}
      ${trackerSection(model, {server})}
      ${restError && !rest ? html`<bj-data-error class="state" .error=${restError} .lang=${model.lang} @retry=${() => onRetry?.()}></bj-data-error>` : nothing}
      ${rest && restTemplates
        ? restTemplates.restSections(rest, {drawn, drawing, deferRest, server})
        : // Keyed by language: the static copy moved in at the swap is in the page's first language only.
          keyed(model.lang, html`<div class="rest rest-pending"></div>`)}
    </main>
    ${rest && restTemplates && drawn >= blocks ? restTemplates.footer(model, {offline}) : nothing}
  </div>`;
}
