/**
 * The speaker's window alone (bj-story-notes), with the published story in
 * each language, at the screens presenters use: every step shows the slide
 * the room sees, the next one (a picture where one is legible, else its title
 * in words), the notes whole (the point, the likely question and the answer),
 * the timer, the clock and the controls, all inside the window, nothing
 * clipped or scrolled away, no text below 12 px.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "../built-site.ts";
import {smallestFrameText} from "../support/frame-text.ts";
import {mount, openHarness} from "./mount.ts";
import {publishedStory} from "./published-story.ts";

const SCREENS = [[1024, 768], [1366, 768], [1920, 1080]] as const;

let site: BuiltSite;
beforeAll(async () => (site = await openBuiltSite({needs: ["data/page/en/stories/plan.json"]})));
afterAll(() => closeBuiltSite(site));

/** What a presenter could not read on this step: text outside the window or its pane, text under 12 px, a slide picture not drawn or too small to read. */
function unreadable(): string[] {
  const notes = document.querySelector("bj-story-notes")!.shadowRoot!;
  const problems: string[] = [];
  const html = document.documentElement;
  if (html.scrollWidth > innerWidth || html.scrollHeight > innerHeight) problems.push(`the window scrolls: ${html.scrollWidth}×${html.scrollHeight}`);
  // Text kept for screen readers only is a 1 px box clipped to nothing (.visually-hidden and its like), whose
  // words may run past it unseen (the next slide's title, kept in words where its picture shows).
  const clipped = (el: Element): boolean => {
    for (let a: Element | null = el; a; a = a.parentElement) if (/inset\(50%\)/.test(getComputedStyle(a).clipPath)) return true;
    return false;
  };
  const shown = (el: Element) => el.getBoundingClientRect().width > 1 && !el.closest(".visually-hidden, dialog:not([open])") && !clipped(el);
  const named = (el: Element) => `${el.localName}.${el.getAttribute("class") ?? ""} "${el.textContent!.trim().slice(0, 40)}"`;
  for (const box of notes.querySelectorAll<HTMLElement>("*")) {
    if (shown(box) && getComputedStyle(box).overflowY !== "visible" && (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1)) problems.push(`${named(box)} is cut: ${box.scrollHeight} > ${box.clientHeight}`);
  }
  for (const el of notes.querySelectorAll("*")) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own || !shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) problems.push(`${named(el)} is outside the window`);
    if (parseFloat(getComputedStyle(el).fontSize) < 12) problems.push(`${named(el)} is under 12 px`);
  }
  // Each slide picture shown: drawn and inside the window (its smallest word: smallestFrameText, once drawn).
  for (const frame of notes.querySelectorAll("bj-slide-frame")) {
    if (!shown(frame)) continue;
    const viewport = frame.shadowRoot!.querySelector<HTMLElement>(".viewport");
    if (!viewport || viewport.hidden || !viewport.querySelector("bj-chart-figure")?.shadowRoot?.querySelector("svg.indicator-chart")) problems.push(`a slide picture is not drawn yet`);
    const r = frame.getBoundingClientRect();
    if (r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) problems.push(`a slide picture is outside the window`);
  }
  return problems;
}

/** The next step as the window shows it: "picture", "words", or "end". */
const nextShownAs = (page: Page) => page.locator("bj-story-notes").evaluate((el) => {
  const next = el.shadowRoot!.querySelector(".next")!;
  if (next.querySelector(".end")) return "end";
  const frame = next.querySelector("bj-slide-frame");
  return frame && frame.getBoundingClientRect().width > 0 ? "picture" : next.querySelector(".next-title")!.getBoundingClientRect().width > 1 ? "words" : "hidden";
});

describe("the speaker's window", () => {
  for (const lang of ["zh", "en"] as const) {
    for (const [width, height] of SCREENS) {
      it(`shows everything a presenter needs, whole and legible, at ${width}×${height} in ${lang}`, async () => {
        const model = publishedStory(lang);
        const {page, close} = await openHarness(site.browser, {viewport: {width, height}});
        try {
          const notes = await mount(page, "bj-story-notes", {model, step: 1, lang, backHref: "#"});
          for (const step of model.steps) {
            await notes.evaluate((el: HTMLElement & {step: number}, n) => (el.step = n), step.number);
            await expect.poll(() => page.evaluate(unreadable), {message: `step ${step.number}`}).toEqual([]);
            for (const frame of await notes.locator("bj-slide-frame").all()) {
              if (!(await frame.isVisible())) continue;
              const smallest = await frame.evaluate(smallestFrameText);
              expect(smallest.size, `step ${step.number}: "${smallest.text}"`).toBeGreaterThanOrEqual(12);
            }
            // The question and the answer are the notes' last paragraphs: whole on screen.
            expect(await notes.locator(".notes-text p").last().isVisible()).toBe(true);
            expect(await nextShownAs(page)).toBe(step.number === model.steps.length ? "end" : width >= 1920 ? "picture" : "words");
          }
        } finally {
          await close();
        }
      });
    }
  }
});
