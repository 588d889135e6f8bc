/**
 * Story (presentation) mode of the built explainer (dist/) in real Chromium:
 * every presenter key and button moves the step and the URL keeps it; each
 * step reveals exactly its series; the speaker view and the main
 * window stay on the same step and ignore malformed messages; step changes are
 * announced and move focus to the heading; axe finds nothing. The room view's
 * sizes and motion are in story-room.test.ts, the handout in
 * story-handout.test.ts, the speaker window's clock in story-presenter.test.ts.
 * Run `npm run build` before running this file alone.
 */
import {readFileSync} from "node:fs";
import type {Browser, BrowserContextOptions, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Lang} from "../../src/i18n/locale.ts";
import {messagesFor} from "../../src/i18n/messages.ts";
import {closeBuiltSite, DIST as dist, openBuiltSite, type Served} from "./built-site.ts";
import {collectErrors, openPage} from "./page-helpers.ts";
import {storySteps} from "./support/story-steps.ts";

const TOTAL = storySteps("plan").length;
const CHANNEL = "bj-edu-story";
/** The series each step reveals, in the chart's own order-free form; the five-year totals of school places and schools are drawn as the pace they need. */
const REVEALED: Record<number, string[]> = {
  1: ["actual", "target"],
  2: ["actual", "baseline", "target"],
  3: ["actual", "target"],
  4: ["actual", "annual", "pace"],
  // Schools built: the yearly count alone (the five-year target also counts schools taken over: no shared axis).
  5: ["actual"],
  // The close: education's share of spending, with no figure since its baseline.
  6: ["baseline", "target"]
};
const HYDRATED = "bj-edu-app .app-root:not([hidden])";
const VISIBLE_CHART = "bj-story section.slide bj-chart-figure svg.indicator-chart a[data-observation]";

let browser: Browser;
let server: Served;
/** Observation id → the series its mark is drawn as, from the built data. */
let seriesOf: Map<string, string>;
/** The story's text as published (content.json). */
let storyText: Record<Lang, {steps: Array<{title: string}>}>;

/**
 * As src/model/indicator-summary.ts and chart-rows.ts file them: Dongcheng's targets are `district`, a target for a
 * year before 2025 is `annual`, and the target of a five-year total judged by another indicator's yearly figures is
 * drawn as the `pace` it needs.
 */
function markSeries(o: {series: string; scope: string; year: number; indicator_id: string}, paced: ReadonlySet<string>): string {
  if (o.scope === "dongcheng") return o.series === "target" ? "district" : `dongcheng-${o.series}`;
  if (o.series === "baseline" || o.series === "actual") return o.series;
  if (paced.has(o.indicator_id)) return "pace";
  return o.year === 2025 ? "target" : "annual";
}

beforeAll(async () => {
  ({browser, server} = await openBuiltSite({needs: ["index.html", "data/observations.json"]}));
  const read = (file: string) => JSON.parse(readFileSync(new URL(`data/${file}`, dist), "utf8"));
  const observations: {observation_id: string; indicator_id: string; series: string; scope: string; year: number}[] = read("observations.json");
  const relations: {indicator_id: string; relation: string}[] = read("relations.json");
  const paced = new Set(relations.filter((r) => r.relation === "pace").map((r) => r.indicator_id));
  seriesOf = new Map(observations.map((o) => [o.observation_id, markSeries(o, paced)]));
  const content: {stories: Array<{id: string} & Record<Lang, {steps: Array<{title: string}>}>>} = read("content.json");
  storyText = content.stories.find((s) => s.id === "plan")!;
  expect(storyText.zh.steps).toHaveLength(TOTAL);
});

afterAll(() => closeBuiltSite({browser}));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A step's title as a pattern: the template's placeholders ({year:actual}) stand for any text. */
const titlePattern = (lang: Lang, step: number) =>
  new RegExp(`^${storyText[lang].steps[step - 1].title.split(/\{[^}]+\}/).map(escape).join(".+")}$`);
const stepOf = (lang: Lang, step: number) => messagesFor(lang).story.stepOf.replace("{step}", String(step)).replace("{total}", String(TOTAL));

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions of every page of the context, as they happen. */
  errors: string[];
  close(): Promise<void>;
}

function watch(page: Page, errors: string[], label = "") {
  collectErrors(page, {into: errors, label});
}

/** A fresh context (reduced motion unless told otherwise), the story loaded, live and its step's chart drawn. */
async function open(path: string, options: BrowserContextOptions = {}, selector = VISIBLE_CHART): Promise<Opened> {
  const opened = await openPage(browser, server.url + path, options);
  await ready(opened.page, selector);
  return opened;
}

async function ready(page: Page, selector = VISIBLE_CHART) {
  await page.waitForSelector(HYDRATED, {state: "attached"});
  await page.waitForSelector("#prerendered", {state: "detached"});
  await page.waitForSelector(selector);
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });
}

/** What the story shows: the slide's heading, progress, announcement, and the URL's step. */
async function shown(page: Page) {
  const dom = await page.evaluate(() => {
    const story = document.querySelector("bj-story")!.shadowRoot!;
    return {
      slides: story.querySelectorAll("section.slide").length,
      title: story.querySelector("section.slide h1")?.textContent?.trim() ?? "",
      progress: story.querySelector(".progress span")?.textContent?.trim() ?? "",
      value: story.querySelector("progress")?.value,
      announce: story.querySelector("p[aria-live]")?.textContent?.trim() ?? ""
    };
  });
  return {...dom, url: new URL(page.url()).searchParams.get("step")};
}

async function expectStep(page: Page, step: number, lang: Lang = "zh") {
  await expect.poll(() => shown(page)).toMatchObject({
    slides: 1,
    title: expect.stringMatching(titlePattern(lang, step)),
    progress: stepOf(lang, step),
    value: step,
    url: String(step)
  });
}

/** The speaker view's step: its heading names the step and its title; the URL agrees. */
async function expectNotesStep(page: Page, step: number, lang: Lang = "zh") {
  const read = async () => ({
    heading: ((await page.locator("bj-story-notes h1").textContent()) ?? "").trim(),
    url: new URL(page.url()).searchParams.get("step"),
    notes: new URL(page.url()).searchParams.get("notes")
  });
  await expect.poll(read).toMatchObject({heading: expect.stringContaining(stepOf(lang, step)), url: String(step), notes: "1"});
  const {heading} = await read();
  expect(heading).toContain(stepOf(lang, step));
  expect(heading).toMatch(new RegExp(titlePattern(lang, step).source.slice(1)));
}

/**
 * From now on, every step the story asks the page for (its `story-step` events,
 * seen at the window before anyone handles them): a key or a button that moves
 * the story once asks once.
 */
const recordSteps = (page: Page) => page.evaluate(() => {
  const w = window as unknown as {__steps: number[]};
  w.__steps = [];
  addEventListener("story-step", (event) => w.__steps.push((event as CustomEvent<number>).detail), true);
});
/** The steps asked for since the last call. */
const stepsAsked = (page: Page) => page.evaluate(() => (window as unknown as {__steps: number[]}).__steps.splice(0));

/** The series the visible step's chart draws: by its mark groups, its legend, and its marks' observations. */
async function drawnSeries(page: Page) {
  const {groups, legend, marks} = await page.evaluate(() => {
    const section = document.querySelector("bj-story")!.shadowRoot!.querySelector("section.slide")!;
    const figure = section.querySelector("bj-chart-figure")!.shadowRoot!;
    const svg = figure.querySelector("svg.indicator-chart")!;
    const series = (el: Element) => [...el.classList].filter((c) => c.startsWith("series-")).map((c) => c.slice("series-".length));
    return {
      groups: [...svg.querySelectorAll("g[class*='series-']")].filter((g) => g.childElementCount > 0).flatMap(series),
      legend: [...figure.querySelectorAll(".legend li")].flatMap(series),
      marks: [...svg.querySelectorAll("a[data-observation]")].map((a) => a.getAttribute("data-observation")!)
    };
  });
  const unknown = marks.filter((id) => !seriesOf.has(id));
  expect(unknown, "marks with no observation").toEqual([]);
  const sorted = (xs: string[]) => [...new Set(xs)].sort();
  return {groups: sorted(groups), legend: sorted(legend), marks: sorted(marks.map((id) => seriesOf.get(id)!))};
}

/** The room view's step buttons, named by their labels (the buttons show arrows). */
const stepButton = (page: Page, name: "next" | "previous", lang: Lang = "zh") => page.locator("bj-story .bar").getByRole("button", {name: messagesFor(lang).story[name], exact: true});


describe("story mode in Chromium", () => {
  it("moves the step and the URL with every presenter key and with the buttons", async () => {
    const {page, errors, close} = await open("?story=plan&step=1");
    try {
      await expectStep(page, 1);
      const entries = await page.evaluate(() => history.length);
      const presses: [string, number][] = [["ArrowRight", 2], ["Space", 3], ["PageDown", 4], ["ArrowLeft", 3], ["PageUp", 2], ["End", TOTAL], ["Home", 1]];
      for (const [key, step] of presses) {
        await page.keyboard.press(key);
        await expectStep(page, step);
      }
      // At the ends, keys and buttons stop.
      await page.keyboard.press("ArrowLeft");
      await expectStep(page, 1);

      const next = stepButton(page, "next");
      const previous = stepButton(page, "previous");
      expect(await previous.isDisabled()).toBe(true);
      await next.click();
      await expectStep(page, 2);
      await next.click();
      await expectStep(page, 3);
      await previous.click();
      await expectStep(page, 2);

      // Space (and Enter) on the focused Next button press it once, not once for the button and once for the story:
      // once the key's events have been handled (press() returns then) and the step shown, one step was asked for.
      await recordSteps(page);
      await next.focus();
      await page.keyboard.press("Space");
      await expectStep(page, 3);
      expect(await stepsAsked(page), "Space on Next").toEqual([3]);
      await next.focus();
      await page.keyboard.press("Enter");
      await expectStep(page, 4);
      expect(await stepsAsked(page), "Enter on Next").toEqual([4]);

      // Space means "next" wherever focus is: after Previous is clicked with the mouse (focus stays on it), Space goes forward, once.
      await previous.click();
      await expectStep(page, 3);
      await page.keyboard.press("Space");
      await expectStep(page, 4);
      await page.waitForTimeout(100);
      await expectStep(page, 4);

      // A number then Enter jumps to that step.
      await page.keyboard.press("2");
      await page.keyboard.press("Enter");
      await expectStep(page, 2);
      await page.keyboard.press("4");
      await page.keyboard.press("Enter");
      await expectStep(page, 4);

      await page.keyboard.press("End");
      await expectStep(page, TOTAL);
      expect(await next.isDisabled()).toBe(true);
      // Stepping replaces the history entry rather than adding one per step.
      expect(await page.evaluate(() => history.length)).toBe(entries);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("keeps the step on reload", async () => {
    const {page, errors, close} = await open("?story=plan&step=1");
    try {
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
      await expectStep(page, 4);
      await page.reload();
      await ready(page);
      await expectStep(page, 4);
      expect(await page.locator(VISIBLE_CHART).first().isVisible()).toBe(true);
      expect(await page.locator("bj-story section.slide bj-chart-figure").getAttribute("id")).toBe("chart-story-plan-places");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("reveals exactly each step's series", async () => {
    const {page, errors, close} = await open("?story=plan&step=1");
    try {
      for (let step = 1; step <= TOTAL; step++) {
        if (step > 1) await page.keyboard.press("ArrowRight");
        await expectStep(page, step);
        await page.waitForSelector(VISIBLE_CHART);
        const drawn = await drawnSeries(page);
        expect(drawn, `step ${step}`).toEqual({groups: REVEALED[step], legend: REVEALED[step], marks: REVEALED[step]});
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("keeps the speaker view and the main window on the same step, and ignores malformed messages", async () => {
    const {page, errors, close} = await open("?story=plan&step=2");
    const context = page.context();
    try {
      await expectStep(page, 2);
      // The speaker view is in the bar's "More" menu.
      await page.locator("bj-story .bar .menu > button").click();
      const [notes] = await Promise.all([
        page.waitForEvent("popup"),
        page.locator("bj-story .bar .menu").getByRole("button", {name: messagesFor("zh").story.notes}).click()
      ]);
      watch(notes, errors, "notes: ");
      await ready(notes, "bj-story-notes .notes-text");
      expect(new URL(notes.url()).searchParams.get("notes")).toBe("1");
      await expectNotesStep(notes, 2);
      expect(((await notes.locator("bj-story-notes .notes-text").textContent()) ?? "").trim().length).toBeGreaterThan(10);
      // The speaker view shows the room's slide and the next one as pictures (nothing in them takes focus), not the room's live slide.
      expect(await notes.locator("bj-story-notes bj-slide-frame").count()).toBe(2);
      expect(await notes.locator("bj-story-notes section.now bj-slide-frame .viewport[inert]").count()).toBe(1);
      expect(await notes.locator("bj-story .room").count()).toBe(0);

      await page.bringToFront();
      await page.keyboard.press("ArrowRight");
      await expectStep(page, 3);
      await expectNotesStep(notes, 3);

      await notes.bringToFront();
      await notes.keyboard.press("ArrowRight");
      await expectNotesStep(notes, 4);
      await expectStep(page, 4);

      // A third window of the same origin sends what the windows must ignore, then a fence both wait for.
      const other = await context.newPage();
      other.on("pageerror", (error) => errors.push(`other: pageerror: ${error.message}`));
      await other.goto(server.url + "data/indicators.json");
      const fence = (p: Page) => p.evaluate((name) => {
        (window as unknown as {__fence: Promise<void>}).__fence = new Promise<void>((done) => {
          const channel = new BroadcastChannel(name);
          channel.onmessage = (event) => {
            if ((event.data as {type?: string})?.type === "fence") (channel.close(), done());
          };
        });
      }, CHANNEL);
      await Promise.all([fence(page), fence(notes)]);
      await other.evaluate((name) => {
        const channel = new BroadcastChannel(name);
        for (const message of [
          {type: "step", story: "other", step: 6},
          {type: "step", story: "plan", step: 99},
          {type: "step", story: "Plan", step: 6},
          {type: "step", story: "plan", step: 2.5},
          {type: "step", story: "plan", step: "6"},
          {type: "step", story: "plan", step: Number.NaN},
          {type: "step", story: "plan", step: null},
          {type: "step", story: "plan"},
          {type: "jump", story: "plan", step: 6},
          {story: "plan", step: 6},
          "step",
          null
        ]) channel.postMessage(message);
        channel.postMessage({type: "fence"});
        channel.close();
      }, CHANNEL);
      const waitFence = (p: Page) => p.evaluate(async () => {
        await (window as unknown as {__fence: Promise<void>}).__fence;
        for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      });
      // The fence was posted last, so each window has handled every message above when it sees the fence.
      await Promise.all([waitFence(page), waitFence(notes)]);
      await expectStep(page, 4);
      await expectNotesStep(notes, 4);

      // The same channel does carry a well-formed step from any window of the story.
      await other.evaluate((name) => {
        const channel = new BroadcastChannel(name);
        channel.postMessage({type: "step", story: "plan", step: 6});
        channel.close();
      }, CHANNEL);
      await expectStep(page, 6);
      await expectNotesStep(notes, 6);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("announces each new step's title in a live region", async () => {
    const {page, errors, close} = await open("?story=plan&step=1");
    try {
      const announce = page.locator("bj-story p[aria-live]");
      expect(await announce.getAttribute("aria-live")).toBe("polite");
      const announced = (step: number) => new RegExp(`^${escape(stepOf("zh", step))}.+${titlePattern("zh", step).source.slice(1)}`);
      expect((await announce.textContent())?.trim()).toMatch(announced(1));
      for (const [key, step] of [["ArrowRight", 2], ["End", TOTAL], ["ArrowLeft", TOTAL - 1], ["Home", 1]] as const) {
        const before = (await announce.textContent())?.trim();
        await page.keyboard.press(key);
        await expect.poll(async () => (await announce.textContent())?.trim()).toMatch(announced(step));
        expect((await announce.textContent())?.trim()).not.toBe(before);
        // Focus follows to the new step's heading.
        expect(await page.evaluate(() => document.querySelector("bj-story")!.shadowRoot!.activeElement?.id)).toBe("step-h");
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  // axe runs over a story step and the speaker view in axe-sweep.test.ts.
  it("opens the speaker view in English from its address", async () => {
    const notes = await open("?story=plan&step=2&notes=1&lang=en", {}, "bj-story-notes .notes-text");
    try {
      await expectNotesStep(notes.page, 2, "en");
      expect(await notes.page.locator("html").getAttribute("lang")).toBe("en");
      expect(notes.errors).toEqual([]);
    } finally {
      await notes.close();
    }
  });
});
