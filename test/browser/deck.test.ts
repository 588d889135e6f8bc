/**
 * A presenter's own briefing (dist/, real Chromium): made from scratch with
 * "Add to a briefing" in a chart's menu and the editor (a chart, another
 * with a series left out and a figure put into its caption, a slide of text),
 * reordered, reloaded from its link and from its file, presented with the
 * speaker view in step, and printed; a deck made on other figures opens and
 * says which changed. Run `npm run build` before running this file alone.
 */
import {execFileSync} from "node:child_process";
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import type {Locator, Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {builtSiteWithFolder} from "./built-site.ts";
import {expectNoAxeViolations, HYDRATED, openPage} from "./page-helpers.ts";

const site = builtSiteWithFolder("bj-deck-");

/** The data version the build publishes: a deck made now names it. */
const release = (JSON.parse(readFileSync(new URL("../../dist/data/content.json", import.meta.url), "utf8")) as {release: {version: string}}).release.version;
const editor = (page: Page) => page.locator("bj-deck-editor");
const deckParam = (page: Page) => new URL(page.url()).searchParams.get("deck");
/** The editor's slide list, as its buttons read. */
const slideList = (page: Page) => editor(page).locator("ol.slides .pick").allTextContents().then((texts) => texts.map((t) => t.replace(/\s+/g, " ").trim()));

/** Types into a field the way a person does, and waits for the address to carry it. */
async function type(page: Page, field: Locator, text: string) {
  const before = deckParam(page);
  await field.fill(text);
  await expect.poll(() => deckParam(page)).not.toBe(before);
}

/** The slide the room shows, drawn. */
async function slideShown(page: Page, title: RegExp) {
  await expect.poll(() => page.locator("bj-story .slide h1").textContent()).toMatch(title);
}

describe("a briefing of one's own", () => {
  it("is made from scratch, reordered, reloaded from its link and its file, presented with the speaker view, and printed", async () => {
    const {page, context, errors, close} = await openPage(site.browser, `${site.server.url}?lang=en`, {viewport: {width: 1280, height: 900}, reducedMotion: "reduce"});
    try {
      await page.waitForSelector(HYDRATED, {state: "attached"});
      // From a chart's menu: the scoreboard's.
      const figure = page.locator("bj-explainer bj-chart-figure#chart-scoreboard");
      await figure.locator("bj-chart-menu button[aria-expanded]").click();
      await figure.locator("bj-chart-menu [data-briefing]").click();
      await editor(page).waitFor();
      expect(new URL(page.url()).searchParams.get("view")).toBe("deck");
      await expect.poll(() => slideList(page)).toEqual([expect.stringMatching(/^1 Preschool and near-home enrolment met their targets in 2022/)]);

      // A second chart from the editor: school places, without the yearly pledge, a figure in its caption.
      await editor(page).locator("#add-chart").selectOption("school-places");
      await editor(page).getByRole("button", {name: "Add the chart"}).click();
      await expect.poll(() => slideList(page)).toHaveLength(2);
      await expect.poll(() => editor(page).locator(".edit > h2").textContent()).toMatch(/Editing slide 2/);
      const before = deckParam(page);
      await editor(page).locator(".choices label", {hasText: "2022 target"}).locator("input").uncheck();
      await expect.poll(() => deckParam(page)).not.toBe(before);
      await type(page, editor(page).locator("#f-1-en-title"), "Places: ahead of the pace");
      await type(page, editor(page).locator("#f-1-en-caption"), "In 2022 the city added ");
      await editor(page).locator("#f-1-en-caption").press("End");
      await editor(page).locator("#insert-1").selectOption("school-places-added:actual");
      await expect.poll(() => editor(page).locator("#f-1-en-caption").inputValue()).toBe("In 2022 the city added {school-places-added:actual}");
      await type(page, editor(page).locator("#f-1-en-notes"), "The point: faster than needed.\nLikely question: will it last?");
      await type(page, editor(page).locator("#f-1-zh-title"), "学位：快于所需");
      // The preview shows the figure from the chart, not the slot.
      await expect.poll(() => editor(page).locator("bj-slide-frame .caption").textContent()).toMatch(/In 2022 the city added 36,000/);

      // An opening of text, moved to the front.
      await editor(page).getByRole("button", {name: "Add a slide of text"}).click();
      await expect.poll(() => slideList(page)).toHaveLength(3);
      await type(page, editor(page).locator("#f-2-en-title"), "The bottom line");
      await type(page, editor(page).locator("#f-2-en-caption"), "Two targets met; what to ask for.");
      await type(page, editor(page).getByLabel("Briefing title (English)"), "My briefing");
      await editor(page).getByRole("button", {name: "Move up: 3"}).click();
      await editor(page).getByRole("button", {name: "Move up: 2"}).click();
      await expect.poll(() => slideList(page)).toEqual(["1 The bottom line", expect.stringMatching(/^2 Preschool and near-home enrolment met their targets/), "3 Places: ahead of the pace"]);
      await expectNoAxeViolations(page, "the deck editor (en)");

      // Reloaded from its link, in a new window: the same deck.
      const link = await editor(page).locator("#deck-link").inputValue();
      expect(link).toBe(page.url());
      expect(link.length, "a link of a few kB").toBeLessThan(4000);
      const reopened = await context.newPage();
      await reopened.goto(link);
      await editor(reopened).waitFor();
      await expect.poll(() => slideList(reopened)).toEqual(await slideList(page));
      await reopened.close();

      // Saved as a file and opened again, in an editor that starts empty: the same deck.
      const [download] = await Promise.all([page.waitForEvent("download"), editor(page).getByRole("button", {name: "Save as a file"}).click()]);
      expect(download.suggestedFilename()).toMatch(/^beijing-education-14th-fyp_briefing-my-briefing_\d{4}-\d{2}-\d{2}\.json$/);
      const file = join(site.dir, download.suggestedFilename());
      await download.saveAs(file);
      const saved = JSON.parse(readFileSync(file, "utf8"));
      expect(saved).toMatchObject({format: "bj-edu-briefing", version: 2, data: release, title: {en: "My briefing"}});
      expect(saved.slides.map((s: {chart: string | null}) => s.chart)).toEqual([null, "scoreboard", "school-places"]);
      expect(saved.slides[2]).toMatchObject({reveal: ["actual", "pace"], figures: {"school-places-added:actual": ["summary-2022/school-places-added", 36000]}});
      const fresh = await context.newPage();
      await fresh.goto(`${site.server.url}?view=deck&lang=en`);
      await editor(fresh).locator("input[type=file]").setInputFiles(file);
      await expect.poll(() => slideList(fresh)).toEqual(await slideList(page));
      await expect.poll(() => editor(fresh).locator(".notice").textContent()).toMatch(/Opened/);
      await fresh.close();

      // Presented: the same elements as the story, the figure from the data, then the speaker's window in step.
      await editor(page).getByRole("link", {name: "Present"}).click();
      await slideShown(page, /^The bottom line$/);
      await page.keyboard.press("End");
      await slideShown(page, /^Places: ahead of the pace$/);
      expect(await page.locator("bj-story .slide .caption button.figure").textContent()).toBe("36,000");
      const series = await page.locator("bj-story .slide bj-chart-figure svg.indicator-chart g[class*='series-'] a, bj-story .slide bj-chart-figure svg.indicator-chart [class*='series-']").evaluateAll((els) => [...new Set(els.flatMap((el) => [...el.classList].filter((c) => c.startsWith("series-"))))].sort());
      expect(series).toEqual(["series-actual", "series-pace"]);
      await expectNoAxeViolations(page, "a deck presented (en)");
      const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
      await speaker.waitForSelector("bj-story-notes .notes-text");
      expect(await speaker.locator("bj-story-notes .notes-text").textContent()).toMatch(/faster than needed/);
      await speaker.keyboard.press("Home");
      await slideShown(page, /^The bottom line$/);
      await speaker.keyboard.press("ArrowRight");
      await slideShown(page, /Preschool and near-home enrolment met their targets/);

      // Printed: the handout carries every slide, the figure as the data has it, the notes.
      await page.emulateMedia({media: "print"});
      await page.waitForFunction(() => {
        const handout = document.querySelector("bj-story")?.shadowRoot?.querySelector("bj-story-handout")?.shadowRoot;
        const figures = [...(handout?.querySelectorAll("bj-chart-figure") ?? [])];
        return figures.length === 2 && figures.every((f) => f.shadowRoot?.querySelector("svg.indicator-chart"));
      });
      const pdf = join(site.dir, "deck.pdf");
      await page.pdf({path: pdf, format: "A4"});
      const text = execFileSync("pdftotext", ["-raw", pdf, "-"], {encoding: "utf8"}).replace(/\s+/g, " ");
      for (const expected of ["My briefing", "The bottom line", "Places: ahead of the pace", "In 2022 the city added 36,000", "Likely question: will it last?"]) expect(text).toContain(expected);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("copies a story's step with its own chart and words (school building: the 24 schools, in Chinese)", async () => {
    const {page, errors, close} = await openPage(site.browser, `${site.server.url}?story=plan&step=5`, {viewport: {width: 1280, height: 900}, reducedMotion: "reduce"});
    try {
      await slideShown(page, /学校建设/);
      await page.locator("bj-story .menu > button[aria-expanded]").click();
      await page.locator("bj-story #story-menu button", {hasText: "添加到简报"}).click();
      await editor(page).waitFor();
      const caption = editor(page).locator("bj-slide-frame .caption");
      await expect.poll(() => caption.textContent()).toMatch(/只计新建和改扩建：24所。/);
      expect(await caption.textContent()).not.toMatch(/数字未公布|[{}]/);
      expect(await editor(page).locator(".warnings").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("opens a deck made on other figures, and says which changed", async () => {
    const deck = {
      format: "bj-edu-briefing", version: 1, data: "0.2.0", title: {en: "Old"},
      slides: [{chart: "school-places", reveal: ["actual", "pace"], text: {en: {title: "Places", caption: "Added {school-places-added:actual}.", notes: ""}}, figures: {"school-places-added:actual": ["summary-2022/school-places-added", 30000], "school-places-added:pace": ["plan-2021/school-places-added-2021-2025", 32000]}}]
    };
    const file = join(site.dir, "old.json");
    writeFileSync(file, JSON.stringify(deck));
    const {page, errors, close} = await openPage(site.browser, `${site.server.url}?view=deck&lang=en`, {viewport: {width: 1280, height: 900}});
    try {
      await editor(page).locator("input[type=file]").setInputFiles(file);
      await expect.poll(() => editor(page).locator(".warnings li").allTextContents()).toEqual([expect.stringMatching(/^Figures changed since the briefing was made \(data 0\.2\.0 → 0\.\d+\.0\): .*36,000 \(was 30,000\)\.$/)]);
      expect(await editor(page).locator("ol.slides .flag").count()).toBe(1);
      // The presenter checks, and takes the current figures: the flag goes.
      await editor(page).getByRole("button", {name: "Use the current figures"}).click();
      await expect.poll(() => editor(page).locator(".warnings").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
