/**
 * The overview of every step (O), in the room's window (bj-story) and the
 * speaker's (bj-story-notes), mounted alone with the published story: it
 * opens on the step being shown, that step's button focused and on screen,
 * so Enter stays on it and the arrow keys and Tab start from there.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "../built-site.ts";
import {mount, openHarness} from "./mount.ts";
import {publishedStory} from "./published-story.ts";

let site: BuiltSite;
beforeAll(async () => (site = await openBuiltSite({needs: ["data/page/en/stories/plan.json"]})));
afterAll(() => closeBuiltSite(site));

/** The focused element, through shadow roots: its step number, whether it is the current step's, and whether it is on screen. */
const focused = (page: Page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const r = el?.getBoundingClientRect();
  return {step: el?.querySelector(".n")?.textContent ?? null, current: el?.getAttribute("aria-current") ?? null, onScreen: !!r && r.top >= 0 && r.bottom <= innerHeight};
});

describe("the overview", () => {
  for (const tag of ["bj-story", "bj-story-notes"] as const) {
    for (const [step, height] of [[4, 800], [6, 420]] as const) {
      it(`in ${tag}, opens on step ${step} of 6 with that step focused (${height} px tall)`, async () => {
        const {page, close} = await openHarness(site.browser, {viewport: {width: 1024, height}});
        try {
          await mount(page, tag, {model: publishedStory("en"), step, lang: "en", backHref: "#"});
          await page.keyboard.press("o");
          await page.locator(`${tag} dialog.overview[open]`).waitFor();
          await expect.poll(() => focused(page)).toEqual({step: String(step), current: "step", onScreen: true});
        } finally {
          await close();
        }
      });
    }
  }
});
