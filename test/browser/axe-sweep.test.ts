/**
 * axe-core (WCAG 2.0–2.2 A and AA, wcag21a included, and best practices), the
 * one place the suite runs it over whole views. A pairwise design: every view
 * in two states that between them cover each value of each factor (language
 * zh/en, scheme light/dark, width 375/1280 px) and each pair of factors that
 * can interact with a view's layout, rather than all eight combinations:
 * zh light on a phone, en dark on a laptop. Then the states only one view has
 * (the explainer's quote dialog, the embed's notice for an unknown chart), in
 * the same two states where the state has colours of its own; a state that
 * lays an overlay on a view swept here (the quote dialog) reuses that view's
 * page and checks the overlay. Other files check axe only on states no view
 * here reaches (the embed dialog).
 * Run `npm run build` first.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "./built-site.ts";
import {expectNoAxeViolations, openPage, settle, type FreshPage, type OpenOptions} from "./page-helpers.ts";

let site: BuiltSite;

beforeAll(async () => (site = await openBuiltSite({needs: ["index.html", "embed.html"]})));
afterAll(async () => {
  await Promise.all([...kept.values()].map(async (opened) => (await opened.catch(() => undefined))?.close()));
  await closeBuiltSite(site);
});

const PRESCHOOL = "plan-2021/preschool-enrolment-rate-2025";

interface View {
  name: string;
  /** The page and query, before the language's `lang=en`. */
  path: string;
  /** What shows once the view has drawn. */
  ready: string;
  /** The fragment, after the query. */
  hash?: string;
  /** Load and draw all of the explainer, as a reader who scrolls gets it. */
  whole?: boolean;
  /** Set up the view's own state once it is ready. */
  then?: (page: Page) => Promise<void>;
  /** Keep the page open once swept, for a state that adds an overlay to it (`over`). */
  keep?: boolean;
  /**
   * An overlay on a view swept above in the same language, scheme and width: its page is that view's,
   * kept open, and axe checks only the overlay (a selector), not again the page under it.
   */
  over?: {view: View; include: string};
}

const EXPLAINER: View = {name: "the explainer", path: "", ready: "bj-explainer bj-chart-figure#chart-scoreboard", whole: true, keep: true};

const VIEWS: View[] = [
  EXPLAINER,
  {name: "the data view, filtered", path: "?view=data&status=met", ready: "bj-data-view table"},
  {name: "an indicator page", path: "?indicator=school-places-added", ready: "bj-indicator-detail svg.indicator-chart"},
  {name: "the source view at a quote", path: `?view=source&doc=plan-2021`, hash: `q-${PRESCHOOL}`, ready: "bj-source-view mark"},
  {name: "a story step", path: "?story=plan&step=3", ready: "bj-story section.slide svg.indicator-chart"},
  {name: "the speaker view", path: "?story=plan&step=2&notes=1", ready: "bj-story-notes section.now svg.indicator-chart"},
  {name: "an embedded chart", path: "embed.html?chart=scoreboard", ready: "bj-edu-embed bj-chart-figure svg.indicator-chart a[data-observation]"}
];

/** The states only one view has. */
const OWN_STATES: View[] = [
  {
    ...EXPLAINER,
    keep: false,
    name: "the explainer with a quote's dialog open",
    // The explainer under the dialog is the one swept above, whole, in this state. Opening the dialog
    // (showModal) changes nothing in the rest's markup: the browser makes it inert, which only hides it
    // from assistive technology and from axe. So axe checks the dialog, with every rule; the page-level
    // rules have the page itself above, and the region rule counts a dialog as a region of its own.
    over: {view: EXPLAINER, include: "bj-provenance-panel"},
    then: async (page) => {
      // The scoreboard is drawn as it nears the screen (in English on this page, there is no static drawing to adopt).
      await page.locator("bj-chart-figure#chart-scoreboard").scrollIntoViewIfNeeded();
      await page.locator(`#chart-scoreboard svg#plot-scoreboard a[data-observation="${PRESCHOOL}"]`).click();
      await page.waitForSelector("bj-provenance-panel dialog[open]");
      await settle(page);
    }
  },
  {name: "an embed of a chart that does not exist", path: "embed.html?chart=no-such-chart", ready: "bj-edu-embed .notice"}
];

/** Two states that hold every language, scheme and width once, and no two the same. */
const STATES = [
  {lang: "zh", scheme: "light", width: 375},
  {lang: "en", scheme: "dark", width: 1280}
] as const;

type State = (typeof STATES)[number];

function url({path, hash}: View, {lang}: State): string {
  const query = lang === "en" ? `${path.includes("?") ? "&" : "?"}lang=en` : "";
  return `${site.server.url}${path}${query}${hash ? `#${hash}` : ""}`;
}

function open(view: View, state: State): Promise<FreshPage> {
  // The explainer and the app views hydrate from a static page; an embed has none.
  const options: OpenOptions = {viewport: {width: state.width, height: 900}, colorScheme: state.scheme, hydrated: !view.path.startsWith("embed.html"), ready: view.ready, whole: view.whole};
  return openPage(site.browser, url(view, state), options);
}

/** Pages kept open once swept (`keep`), by view and state, until an overlay on them takes them. */
const kept = new Map<string, Promise<FreshPage>>();
const key = (view: View, state: State) => `${view.name}|${state.lang}`;

async function expectAccessible(view: View, state: State): Promise<void> {
  const base = view.over?.view ?? view;
  // An overlay takes its view's page if kept (else opens the view afresh); a kept view leaves its page open.
  const opened = (view.over && kept.get(key(base, state))) || open(base, state);
  if (view.keep) kept.set(key(view, state), opened);
  else if (view.over) kept.delete(key(base, state));
  const {page, errors, close} = await opened;
  try {
    await view.then?.(page);
    await expectNoAxeViolations(page, `${view.name} (${state.lang}, ${state.scheme}, ${state.width}px)`, {include: view.over?.include});
    expect(errors).toEqual([]);
  } finally {
    if (!view.keep) await close();
  }
}

const cases = (views: View[]) => views.flatMap((view) => STATES.map((state) => [`${view.name}: ${state.lang}, ${state.scheme}, ${state.width}px`, view, state] as const));

describe("axe finds nothing on each view", () => {
  it.each(cases(VIEWS))("%s", (_, view, state) => expectAccessible(view, state));
});

describe("axe finds nothing in the states only one view has", () => {
  it.each(cases(OWN_STATES))("%s", (_, view, state) => expectAccessible(view, state));
});
