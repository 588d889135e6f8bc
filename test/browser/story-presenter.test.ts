/**
 * The presenter's two windows (dist/, real Chromium, one browser context so
 * they share a BroadcastChannel): the speaker window shows the elapsed time,
 * the clock and the next slide, drives the slides, and the two stay on the
 * same step when either reloads. Run `npm run build` before running this file alone.
 */
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type Served} from "./built-site.ts";
import {newPage} from "./page-helpers.ts";
import {storySteps} from "./support/story-steps.ts";

const STEPS = storySteps("plan");

let browser: Browser;
let server: Served;

beforeAll(async () => ({browser, server} = await openBuiltSite()));
afterAll(() => closeBuiltSite({browser}));

const stepOf = (page: Page) => page.evaluate(() => Number(new URLSearchParams(location.search).get("step") ?? "1"));
const notes = (page: Page) => page.locator("bj-story-notes");

async function open(context: BrowserContext, query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}?story=plan&lang=en&${query}`);
  await page.waitForSelector("bj-story", {state: "attached"});
  return page;
}

describe("the speaker's window", () => {
  it("shows the elapsed time, the clock and the next slide, and drives the room's window", async () => {
    const {context, close} = await newPage(browser, {reducedMotion: "reduce"});
    try {
      // The presentation started two minutes ago: the start is kept in the window's session.
      await context.addInitScript(() => {
        if (!sessionStorage.getItem("bj-edu-story-start:plan")) sessionStorage.setItem("bj-edu-story-start:plan", String(Date.now() - 125_000));
      });
      const room = await open(context, "step=2");
      const speaker = await open(context, "step=2&notes=1");
      await notes(speaker).locator("[role=timer]").waitFor();
      await expect.poll(() => notes(speaker).locator("[role=timer]").textContent()).toMatch(/2:0\d/);
      expect(await notes(speaker).locator("[role=timer]").textContent()).toMatch(/\d{1,2}:\d{2}/);
      // The next slide's chart, small.
      await speaker.waitForFunction((id) => !!document.querySelector("bj-story")?.shadowRoot?.querySelector("bj-story-notes")?.shadowRoot?.querySelector(`aside bj-chart-figure`)?.shadowRoot?.querySelector(`svg#plot-story-plan-${id}`), STEPS[2]);
      // Its Next button moves the room's slide.
      await notes(speaker).getByRole("button", {name: "Next", exact: true}).click();
      await expect.poll(() => stepOf(room)).toBe(3);
      expect(await stepOf(speaker)).toBe(3);
      // A reload of the speaker's window keeps the time.
      await speaker.reload();
      await notes(speaker).locator("[role=timer]").waitFor();
      expect(await notes(speaker).locator("[role=timer]").textContent()).toMatch(/2:\d\d/);
    } finally {
      await close();
    }
  });

  it("stays on the room's step when either window reloads", async () => {
    const {context, close} = await newPage(browser, {reducedMotion: "reduce"});
    try {
      const room = await open(context, "step=4");
      // A speaker window opened on a stale address asks, and follows the room.
      const speaker = await open(context, "step=1&notes=1");
      await expect.poll(() => stepOf(speaker)).toBe(4);
      // The room's window goes away, the speaker moves on, the room comes back on its old address: it follows the speaker.
      await room.close();
      await notes(speaker).getByRole("button", {name: "Next", exact: true}).click();
      await expect.poll(() => stepOf(speaker)).toBe(5);
      const back = await open(context, "step=4");
      await expect.poll(() => stepOf(back)).toBe(5);
    } finally {
      await close();
    }
  });
});
