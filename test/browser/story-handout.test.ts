/**
 * The printed handout of a story (dist/, real Chromium, poppler's pdftotext
 * and pdftoppm): in A4 and US Letter, zh and en, one step a page or two, a
 * cover (title, bottom line, presenter, occasion and date typed in the print
 * dialog and kept nowhere else, every finding, the data version, no address
 * while the site has none), then every step with its title, caption and notes
 * (so every caveat the verdicts rest on goes home), a running footer with the
 * title and page numbers, no page less than half full but the last, and
 * chart labels at 8 pt or more. Run `npm run build` before running this file alone.
 */
import {execFileSync} from "node:child_process";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {messagesFor} from "../../src/i18n/messages.ts";
import {interpolate} from "../../src/model/narrative.ts";
import {builtSiteWithFolder} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";
import {pageText, squash} from "./support/pdf-text.ts";
import {storySteps} from "./support/story-steps.ts";

const TOTAL = storySteps("plan").length;
/** Printable widths in CSS pixels: the paper less the 15 mm side margins of page.css. */
const PAPER = {A4: 210, Letter: 215.9} as const;
const printable = (mm: number) => Math.floor(((mm - 30) / 25.4) * 96);
const COVER = {en: {presenter: "Li Hua, policy office", occasion: "Education committee briefing", date: "14 March 2023"}, zh: {presenter: "李华，政策研究室", occasion: "教育委员会通报会", date: "2023年3月14日"}};

const site = builtSiteWithFolder("bj-handout-");

/** Every chart of the handout drawn. */
async function handoutDrawn(page: Page): Promise<void> {
  await page.waitForFunction((total) => {
    const handout = document.querySelector("bj-story")?.shadowRoot?.querySelector("bj-story-handout")?.shadowRoot;
    const figures = [...(handout?.querySelectorAll("bj-chart-figure") ?? [])];
    return figures.length === total && figures.every((f) => f.shadowRoot?.querySelector("svg.indicator-chart"));
  }, TOTAL);
}

/** The print dialog filled in and sent (the page's print() is caught: the test prints to PDF itself). */
async function printFromDialog(page: Page, lang: "zh" | "en", perPage: 1 | 2): Promise<void> {
  await page.evaluate(() => ((window as unknown as {print: () => void}).print = () => ((window as unknown as {printed: boolean}).printed = true)));
  await page.locator("bj-story .bar .menu > button").click();
  await page.locator("bj-story #story-menu button").filter({hasText: messagesFor(lang).story.print}).click();
  const form = page.locator("bj-story dialog.print form");
  for (const field of ["presenter", "occasion", "date"] as const) await form.locator(`[data-field=${field}]`).fill(COVER[lang][field]);
  await form.locator(`[data-field=${perPage === 2 ? "two" : "one"}]`).check();
  await form.locator("button[type=submit]").click();
  await page.waitForFunction(() => (window as unknown as {printed?: boolean}).printed === true);
}

/** How far down each page's printed area the ink reaches (0–1), from a grey rendering; the running footer is left out. */
function pageFills(file: string): number[] {
  const out = join(site.dir, `fill-${Date.now()}`);
  execFileSync("pdftoppm", ["-r", "30", "-gray", file, out]);
  return readdirSync(site.dir).filter((f) => f.startsWith(out.split("/").pop()!) && f.endsWith(".pgm")).sort().map((f) => {
    const data = readFileSync(join(site.dir, f));
    const [, size] = data.subarray(0, 40).toString("latin1").split("\n");
    const [w, h] = size.split(" ").map(Number);
    const pixels = data.subarray(data.length - w * h);
    // page.css: 16 mm above, 18 mm below (of the paper's height).
    const [top, bottom] = [Math.round((h * 16) / 297), Math.round(h * (1 - 18 / 297))];
    let last = top;
    for (let y = top; y < bottom; y++) if (pixels.subarray(y * w, (y + 1) * w).some((v) => v < 200)) last = y;
    return (last - top) / (bottom - top);
  });
}

describe("the handout", () => {
  it.each([["A4", "zh", 1], ["A4", "en", 2], ["Letter", "en", 1], ["Letter", "zh", 2], ["A4", "en", 1], ["Letter", "en", 2]] as const)("%s, %s, %d step(s) a page: cover, every step with its notes, running footer, no page under half full but the last", async (format, lang, perPage) => {
    const {page, close} = await openPage(site.browser, `${site.server.url}?story=plan${lang === "en" ? "&lang=en" : ""}`, {viewport: {width: 1280, height: 800}});
    try {
      await handoutDrawn(page);
      const steps = await page.evaluate(() => JSON.parse(JSON.stringify((document.querySelector("bj-story") as unknown as {model: {title: string; cover: {bottomLine: Array<string | {text: string}>}; steps: Array<{title: string; notes: string; caption: Array<string | {text: string}>}>}}).model)));
      await printFromDialog(page, lang, perPage);
      // What was typed is printed, and kept nowhere else: not in the address, not in storage.
      const kept = await page.evaluate(() => location.href + JSON.stringify({...localStorage}) + JSON.stringify({...sessionStorage}));
      for (const value of Object.values(COVER[lang])) expect(kept).not.toContain(value);
      const file = join(site.dir, `${format}-${lang}-${perPage}.pdf`);
      await page.pdf({path: file, format});
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], {encoding: "utf8"}))![1]);
      if (perPage === 1) expect(pages).toBe(TOTAL + 1);
      if (perPage === 2) expect(pages).toBeLessThanOrEqual(Math.ceil(TOTAL / 2) + 2);

      const all = Array.from({length: pages}, (_, i) => squash(pageText(file, i + 1)));
      const cover = all[0];
      for (const value of Object.values(COVER[lang])) expect(cover).toContain(squash(value));
      // The bottom line (the story's news in one sentence) and every finding (each step's title) are on the cover; no placeholder address.
      expect(steps.cover.bottomLine.length).toBeGreaterThan(0);
      expect(cover).toContain(squash(steps.cover.bottomLine.map((p: string | {text: string}) => (typeof p === "string" ? p : p.text)).join("")));
      for (const step of steps.steps) expect(cover).toContain(squash(step.title));
      expect(cover).not.toMatch(/example\.(org|com)/);
      // Every step's title, caption and notes are printed (its caveats with it), each step on one page.
      const m = messagesFor(lang).story.handout;
      steps.steps.forEach((step: {title: string; notes: string}, i: number) => {
        const label = squash(interpolate(m.step, {step: i + 1, total: TOTAL}));
        const on = all.findIndex((text) => text.includes(label));
        expect(on, `step ${i + 1}`).toBeGreaterThan(0);
        const text = all[on];
        expect(text).toContain(squash(step.title));
        for (const paragraph of step.notes.split("\n")) expect(text, `step ${i + 1} notes`).toContain(squash(paragraph).slice(0, 40));
      });
      // The running footer: the title and the page's number on every page.
      all.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain(`${i + 1}/${pages}`);
        expect(text, `page ${i + 1}`).toContain(squash(steps.title).slice(0, 20));
      });
      // No page less than half full, but the last.
      const fills = pageFills(file);
      expect(fills).toHaveLength(pages);
      fills.slice(0, -1).forEach((fill, i) => expect(fill, `page ${i + 1} of ${pages}: ${fills.map((f) => f.toFixed(2)).join(" ")}`).toBeGreaterThanOrEqual(0.5));
    } finally {
      await close();
    }
  });

  it("prints the school-building caveat with the verdict it qualifies", async () => {
    const {page, close} = await openPage(site.browser, `${site.server.url}?story=plan&lang=en`, {viewport: {width: 1280, height: 800}});
    try {
      await handoutDrawn(page);
      const file = join(site.dir, "caveat.pdf");
      await page.pdf({path: file, format: "A4"});
      // The school-building step's page (its label, "Slide 5 of 6"), not the cover's list of findings.
      const label = squash(interpolate(messagesFor("en").story.handout.step, {step: storySteps("plan").indexOf("schools") + 1, total: TOTAL}));
      const text = squash(Array.from({length: TOTAL + 1}, (_, i) => pageText(file, i + 1)).find((t) => squash(t).includes(label))!);
      expect(text).toMatch(/leavesoutschoolstakenover/);
      expect(text).toMatch(/afloor,notthewhole/);
    } finally {
      await close();
    }
  });

  it.each(Object.entries(PAPER))("prints every chart label at 8 pt or more on %s, one step a page or two", async (_, mm) => {
    for (const perPage of [1, 2] as const) {
      const {page, close} = await openPage(site.browser, `${site.server.url}?story=plan&lang=en`, {viewport: {width: printable(mm), height: 1000}});
      try {
        await handoutDrawn(page);
        if (perPage === 2) await printFromDialog(page, "en", 2);
        await page.emulateMedia({media: "print"});
        await page.waitForFunction(() => {
          const handout = document.querySelector("bj-story")!.shadowRoot!.querySelector("bj-story-handout")!.shadowRoot!;
          return [...handout.querySelectorAll("bj-chart-figure")].every((f) => f.shadowRoot!.querySelector("svg.indicator-chart")!.getBoundingClientRect().width > 0);
        });
        const smallest = await page.evaluate(() => {
          const sizes: number[] = [];
          const handout = document.querySelector("bj-story")!.shadowRoot!.querySelector("bj-story-handout")!.shadowRoot!;
          for (const figure of handout.querySelectorAll("bj-chart-figure")) {
            const svg = figure.shadowRoot!.querySelector<SVGSVGElement>("svg.indicator-chart")!;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            for (const text of svg.querySelectorAll("text")) sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
          }
          return Math.min(...sizes);
        });
        // 8 pt is 10.67 CSS px.
        expect(smallest, `${perPage} a page`).toBeGreaterThanOrEqual(8 * (96 / 72));
      } finally {
        await close();
      }
    }
  });
});
