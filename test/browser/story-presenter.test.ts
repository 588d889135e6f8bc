/**
 * The presenter's two windows (dist/, real Chromium, one browser context so
 * they share a BroadcastChannel): the speaker window shows the slide the room
 * sees and the next one (legible at the size it opens at), the timer with
 * pause, reset and a target's pacing, the clock in the page's language and a
 * title of its own; its keys and buttons drive the room (steps, the blank
 * screen, the overview) and Leave ends both; the two stay on the same step
 * when either reloads. Run `npm run build` before running this file alone.
 */
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type Served} from "./built-site.ts";
import {newPage} from "./page-helpers.ts";
import {smallestFrameText} from "./support/frame-text.ts";
import {storySteps} from "./support/story-steps.ts";

const STEPS = storySteps("plan");
/** The size the speaker's window asks for (as large as the screen, up to this): its default. */
const SPEAKER = {width: 1920, height: 1080};

let browser: Browser;
let server: Served;

beforeAll(async () => ({browser, server} = await openBuiltSite()));
afterAll(() => closeBuiltSite({browser}));

const stepOf = (page: Page) => page.evaluate(() => Number(new URLSearchParams(location.search).get("step") ?? "1"));
const notes = (page: Page) => page.locator("bj-story-notes");

async function open(context: BrowserContext, query: string, lang = "en"): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}?story=plan${lang === "en" ? "&lang=en" : ""}&${query}`);
  await page.waitForSelector("bj-story", {state: "attached"});
  return page;
}

/** Both slide pictures of the speaker's window drawn: the room's and the next. */
async function framesDrawn(page: Page, now: number) {
  await page.waitForFunction(([nowId, nextId]) => {
    const frames = [...(document.querySelector("bj-story")?.shadowRoot?.querySelector("bj-story-notes")?.shadowRoot?.querySelectorAll("bj-slide-frame") ?? [])];
    const ids = frames.map((f) => f.shadowRoot?.querySelector("bj-chart-figure")?.shadowRoot?.querySelector("svg.indicator-chart")?.id);
    return ids[0] === `plot-story-plan-${nowId}` && ids[1] === `plot-story-plan-${nextId}`;
  }, [STEPS[now - 1], STEPS[now]]);
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });
}

describe("the speaker's window", () => {
  it("opens as large as the screen allows, and shows the room's slide and the next, its text 12 px or more", async () => {
    const {context, page: room, close} = await newPage(browser, {reducedMotion: "reduce", viewport: {width: 1280, height: 720}});
    try {
      await context.addInitScript(() => {
        (window as unknown as {opened: string[]}).opened = [];
        window.open = ((url: string, name: string, features: string) => void (window as unknown as {opened: string[]}).opened.push(`${name} ${features}`)) as unknown as typeof window.open;
      });
      await room.goto(`${server.url}?story=plan&lang=en&step=2`);
      await room.waitForSelector("bj-story", {state: "attached"});
      await room.keyboard.press("s");
      const [opened, expected] = await room.evaluate(() => [(window as unknown as {opened: string[]}).opened, `bj-edu-notes popup,width=${Math.min(screen.availWidth || 1920, 1920)},height=${Math.min(screen.availHeight || 1080, 1080)}`]);
      expect(opened).toEqual([expected]);
    } finally {
      await close();
    }
    for (const lang of ["en", "zh"] as const) {
      const {context, close: done} = await newPage(browser, {reducedMotion: "reduce", viewport: SPEAKER});
      try {
        const speaker = await open(context, "step=2&notes=1", lang);
        await framesDrawn(speaker, 2);
        for (const which of ["now", "next"]) {
          const smallest = await notes(speaker).locator(`section.${which} bj-slide-frame`).evaluate(smallestFrameText);
          expect(smallest.size, `${lang} ${which}: "${smallest.text}"`).toBeGreaterThanOrEqual(12);
        }
        // Its own title, so the right window is shared in a call.
        expect(await speaker.title()).toMatch(lang === "en" ? /^Speaker view · / : /^演讲者视图 · /);
        const room = await open(context, "step=2", lang);
        await expect.poll(() => room.title()).toMatch(lang === "en" ? /\(2\/6\)$/ : /（2\/6）$/);
      } finally {
        await done();
      }
    }
  });

  it("times the talk: elapsed time kept across reloads, pause and resume, reset, a target's pacing, the clock in the page's language", async () => {
    const {context, close} = await newPage(browser, {reducedMotion: "reduce", viewport: SPEAKER});
    try {
      // The presentation started two minutes ago: the start is kept in the window's session.
      await context.addInitScript(() => {
        if (!sessionStorage.getItem("bj-edu-story-start:plan")) sessionStorage.setItem("bj-edu-story-start:plan", String(Date.now() - 125_000));
      });
      const speaker = await open(context, "step=2&notes=1");
      const timer = notes(speaker).locator("[role=timer]");
      await expect.poll(() => timer.textContent()).toMatch(/2:0\d/);
      // Paused, it holds; resumed, it goes on from there.
      await notes(speaker).getByRole("button", {name: "Pause the timer"}).click();
      const held = await timer.textContent();
      // Paused is a state kept in the window's session (no start, the time counted so far), so a reload shows the same time.
      expect(await speaker.evaluate(() => JSON.parse(sessionStorage.getItem("bj-edu-story-start:plan")!).since)).toBeNull();
      await speaker.reload();
      await timer.waitFor();
      expect(await timer.textContent()).toBe(held);
      await notes(speaker).getByRole("button", {name: "Resume the timer"}).click();
      await expect.poll(() => timer.textContent()).not.toBe(held);
      // A one-minute target, two minutes in, on step 2 of 6: over time.
      await notes(speaker).getByLabel("Target (minutes)").fill("1");
      await notes(speaker).getByLabel("Target (minutes)").press("Tab");
      await expect.poll(() => notes(speaker).locator(".pace").textContent()).toMatch(/over time/);
      await notes(speaker).getByLabel("Target (minutes)").fill("30");
      await notes(speaker).getByLabel("Target (minutes)").press("Tab");
      await expect.poll(() => notes(speaker).locator(".pace").textContent()).toMatch(/ahead/);
      await notes(speaker).getByRole("button", {name: "Reset the timer"}).click();
      await expect.poll(() => timer.textContent()).toMatch(/0:0\d/);
      // The clock in the page's language: English here, Chinese on the Chinese page.
      const clock = async (page: Page) => ((await page.locator("bj-story-notes .clock strong").textContent()) ?? "").trim();
      expect(await clock(speaker)).toMatch(/^\d{2}:\d{2}\s?(AM|PM)$/);
      const zh = await open(context, "step=2&notes=1", "zh");
      await expect.poll(() => clock(zh)).toMatch(/^\d{2}:\d{2}$/);
    } finally {
      await close();
    }
  });

  it("drives the room: steps, Space after a click on Previous, a number then Enter, the overview, the blank screen, and Leave ends both", async () => {
    const {context, close} = await newPage(browser, {reducedMotion: "reduce", viewport: SPEAKER});
    try {
      const room = await open(context, "step=2");
      const speaker = await open(context, "step=2&notes=1");
      await notes(speaker).locator(".notes-text").waitFor();
      await notes(speaker).getByRole("button", {name: "Next", exact: true}).click();
      await expect.poll(() => stepOf(room)).toBe(3);
      // Focus stays on the button clicked: Space still means next.
      await notes(speaker).getByRole("button", {name: "Previous", exact: true}).click();
      await expect.poll(() => stepOf(room)).toBe(2);
      await speaker.keyboard.press("Space");
      await expect.poll(() => stepOf(room)).toBe(3);
      expect(await stepOf(speaker)).toBe(3);
      await speaker.keyboard.press("5");
      await speaker.keyboard.press("Enter");
      await expect.poll(() => stepOf(room)).toBe(5);
      // The overview: every step, one click away.
      await speaker.keyboard.press("o");
      const overview = notes(speaker).locator("dialog.overview");
      await overview.waitFor();
      expect(await overview.locator(".overview-list button").count()).toBe(STEPS.length);
      await overview.locator(".overview-list button").first().click();
      await expect.poll(() => stepOf(room)).toBe(1);
      expect(await overview.isVisible()).toBe(false);
      // B blanks the room and B brings it back; the speaker's window says so meanwhile.
      await speaker.keyboard.press("b");
      await room.locator("bj-story .blank").waitFor();
      expect(await notes(speaker).locator(".blanked").count()).toBe(1);
      // While the room is blank, its own keys do not show a slide; B (or .) does.
      await room.bringToFront();
      // (A key's handler runs as the key is pressed: the address would have changed by now.)
      await room.keyboard.press("ArrowRight");
      expect(await stepOf(room)).toBe(1);
      await room.keyboard.press(".");
      await room.locator("bj-story .blank").waitFor({state: "detached"});
      await expect.poll(() => notes(speaker).locator(".blanked").count()).toBe(0);
      // Leave, from the speaker's window, ends the presentation in both.
      await speaker.bringToFront();
      const closed = speaker.waitForEvent("close").then(() => true);
      await notes(speaker).getByRole("link", {name: "Leave the presentation"}).click();
      await expect.poll(() => room.evaluate(() => new URLSearchParams(location.search).has("story"))).toBe(false);
      await room.waitForSelector("bj-explainer", {state: "attached"});
      // The window was opened by the test, not by the page's script, so it may not close itself: then it has left too.
      expect(await Promise.race([closed, speaker.waitForFunction(() => !new URLSearchParams(location.search).has("story")).then(() => true)])).toBe(true);
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
