import {html, nothing, type TemplateResult} from "lit";
import {keyed} from "lit/directives/keyed.js";
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {ExplainerView} from "../model/page-parts.ts";
import {linkTo} from "../model/url-state.ts";
import "./bj-data-error.ts";
import type * as ExplainerRest from "./explainer-rest.ts";
import type {RestPart} from "./explainer-rest.ts";
import {firstScreen, masthead} from "./explainer-sections.ts";

export interface ExplainerPageOptions {
  /** The same page in the other language. */
  langHref?: string;
  /**
   * How many blocks of the rest's part are drawn (the scoreboard, the tracker, each chapter,
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
   * The static page's: what follows the scoreboard (the tracker and the rest) is laid out only once
   * the first screen and its chart have painted (page.css; src/main.ts lifts it after the first
   * frame, and without script it never applies).
   */
  deferRest?: boolean;
  /** The build's render, on the server: interactive parts (the tracker's controls) hold their place, unseen. */
  server?: boolean;
  /**
   * The templates of what follows the tracker (explainer-rest.ts): the live page loads them with
   * the rest's part, the build imports them. Without them the rest's pending block stays.
   */
  restTemplates?: typeof ExplainerRest;
}

/** How many blocks the rest's part draws once it and its templates are there (0 before). */
export function restBlocks(model: ExplainerView, restTemplates?: typeof ExplainerRest): number {
  return model.chapters && restTemplates ? restTemplates.blocksOf({chapters: model.chapters}) : 0;
}

/** Where a block of the rest's part will stand, until it is there: the swap moves the static copy in (src/app/hydration.ts). */
const pending = (lang: ExplainerView["lang"], part: RestPart) =>
  // Keyed by language: the static copy moved in at the swap is in the page's first language only.
  keyed(`${lang}:${part}`, html`<div class="rest-pending" data-part=${part}></div>`);

/**
 * The explainer, whole or as far as it has loaded: the answer first (status
 * summary), then its chart (the scoreboard of the main targets), every target in the tracker,
 * then chapters, comparisons, method, the way to every figure, downloads. The one template of the
 * explainer: the build renders it into index.html (src/prerender/), the live page into its
 * element (bj-explainer), so the two cannot differ. Everything below the first screen comes in
 * the rest's part: until it is there, pending blocks stand in, each block's in its place.
 */
export function explainerPage(model: ExplainerView, {langHref = linkTo(model.lang === "zh" ? "en" : "zh"), shown, restError, onRetry, drawing, offline = false, deferRest = false, server = false, restTemplates}: ExplainerPageOptions = {}): TemplateResult {
  const {scoreboard, tracker, chapters, comparisons, method} = model;
  const blocks = restBlocks(model, restTemplates);
  const drawn = Math.min(shown ?? blocks, blocks);
  const rest = scoreboard && tracker && chapters && comparisons && method && restTemplates ? {...model, scoreboard, tracker, chapters, comparisons, method} : null;
  // Block n of the rest once drawn, else its pending block.
  const block = (n: number, part: RestPart, draw: (templates: typeof ExplainerRest, view: NonNullable<typeof rest>) => unknown) =>
    rest && restTemplates && drawn >= n ? draw(restTemplates, rest) : pending(model.lang, part);
  return html`<div class="page">
    ${masthead(model, langHref)}
    <main id="main" tabindex="-1" class=${deferRest ? "deferred" : nothing}>
      ${firstScreen(model)}
      ${restError && !rest ? html`<bj-data-error class="state" .error=${restError} .lang=${model.lang} @retry=${() => onRetry?.()}></bj-data-error>` : nothing}
      ${block(1, "scoreboard", (t, view) => t.scoreboardBlock(view, drawing))}
      ${block(2, "tracker", (t, view) => t.trackerBlock(view, {server}))}
      ${rest && restTemplates ? restTemplates.restSections(rest, {drawn, drawing, server}) : pending(model.lang, "rest")}
    </main>
    ${rest && restTemplates && drawn >= blocks ? restTemplates.footer(model, {offline}) : nothing}
  </div>`;
}
