/**
 * axe-core (WCAG 2.0–2.2 A and AA, wcag21a included, and best practices) in
 * every state a reader reaches: each view in zh and en, light and dark, on a
 * phone (375 px) and a laptop (1280 px). Run `npm run build` first.
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, it} from "vitest";
import {closeBuiltSite, openBuiltSite} from "./built-site.ts";
import {expectNoAxeViolations, openPage} from "./page-helpers.ts";
import type {StaticServer} from "./static-server.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => ({browser, server} = await openBuiltSite()), 30000);
afterAll(() => closeBuiltSite({browser, server}));

/** Each view, and what shows once it has drawn. */
const VIEWS = [
  ["the explainer", "", "bj-explainer #chart-scoreboard svg.indicator-chart"],
  ["the data view", "?view=data&status=met", "bj-data-view table"],
  ["an indicator page", "?indicator=school-places-added", "bj-indicator-detail svg.indicator-chart"],
  ["the source view", "?view=source&doc=summary-2022", "bj-source-view mark"],
  ["a story step", "?story=plan&step=3", "bj-story section.slide svg.indicator-chart"],
  ["the speaker notes", "?story=plan&step=2&notes=1", "bj-story-notes section.next svg.indicator-chart"]
] as const;
const STATES = (["zh", "en"] as const).flatMap((lang) => (["light", "dark"] as const).flatMap((scheme) => [375, 1280].map((width) => ({lang, scheme, width}))));

describe.each(VIEWS)("axe on %s", (name, query, ready) => {
  it.each(STATES.map((s) => [`${s.lang}, ${s.scheme}, ${s.width}px`, s] as const))("finds nothing (%s)", async (label, {lang, scheme, width}) => {
    const join = query ? "&" : "?";
    const {page, close} = await openPage(browser, `${server.url}${query}${lang === "en" ? `${join}lang=en` : ""}`, {viewport: {width, height: 900}, colorScheme: scheme, hydrated: true, ready});
    try {
      await expectNoAxeViolations(page, `${name} (${label})`);
    } finally {
      await close();
    }
  }, 60000);
});
