/**
 * The printed handout of a story (dist/, real Chromium, poppler's pdftotext):
 * in A4 and US Letter, zh and en, a cover then one page per step, each page
 * with its step and page number and nothing of another step; chart labels
 * printed at 8 pt or more. Run `npm run build` before running this file alone.
 */
import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {interpolate} from "../../src/model/narrative.ts";
import {messagesFor} from "../../src/i18n/messages.ts";
import {closeBuiltSite, DIST as dist, openBuiltSite, type Served} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";
import {storySteps} from "./support/story-steps.ts";

const TOTAL = storySteps("plan").length;
// The site's address the build was told (SITE_URL), or null.
const {site} = JSON.parse(readFileSync(new URL("data/content.json", dist), "utf8")) as {site: {url: string | null}};
/** Printable widths in CSS pixels: the paper less the 15 mm side margins of page.css. */
const PAPER = {A4: 210, Letter: 215.9} as const;
const printable = (mm: number) => Math.floor(((mm - 30) / 25.4) * 96);

let browser: Browser;
let server: Served;
let dir: string;

beforeAll(async () => {
  ({browser, server} = await openBuiltSite());
  dir = mkdtempSync(join(tmpdir(), "bj-handout-"));
});

afterAll(async () => {
  await closeBuiltSite({browser});
  if (dir) rmSync(dir, {recursive: true, force: true});
});

/** Every chart of the handout drawn. */
async function handoutDrawn(page: Page): Promise<void> {
  await page.waitForFunction((total) => {
    const handout = document.querySelector("bj-story")?.shadowRoot?.querySelector("bj-story-handout")?.shadowRoot;
    const figures = [...(handout?.querySelectorAll("bj-chart-figure") ?? [])];
    return figures.length === total && figures.every((f) => f.shadowRoot?.querySelector("svg.indicator-chart"));
  }, TOTAL);
}

const pageText = (file: string, n: number) => execFileSync("pdftotext", ["-layout", "-f", String(n), "-l", String(n), file, "-"], {encoding: "utf8"});

describe("the handout", () => {
  it.each([["A4", "zh"], ["A4", "en"], ["Letter", "zh"], ["Letter", "en"]] as const)("%s, %s: a cover, then one page per step, numbered", async (format, lang) => {
    const {page, close} = await openPage(browser, `${server.url}?story=plan${lang === "en" ? "&lang=en" : ""}`, {viewport: {width: 1280, height: 800}});
    try {
      await handoutDrawn(page);
      const file = join(dir, `${format}-${lang}.pdf`);
      writeFileSync(file, await page.pdf({format}));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], {encoding: "utf8"}))![1]);
      expect(pages).toBe(TOTAL + 1);
      const m = messagesFor(lang).story.handout;
      const label = (step: number) => interpolate(m.step, {step, total: TOTAL}).replace(/\s+/g, "");
      const cover = pageText(file, 1).replace(/\s+/g, "");
      expect(cover).toContain(`1/${pages}`);
      // The address online only when the build was told the site's (SITE_URL): never a made-up one.
      if (site.url) expect(cover).toContain(site.url.replace(/^https?:\/\//, ""));
      else expect(cover).not.toMatch(/https?:/);
      for (let n = 2; n <= pages; n++) {
        const text = pageText(file, n).replace(/\s+/g, "");
        // Its own step, no other step's label (nothing spilled over), and its page number.
        expect(text, `page ${n}`).toContain(label(n - 1));
        for (let other = 1; other <= TOTAL; other++) if (other !== n - 1) expect(text, `page ${n}`).not.toContain(label(other));
        expect(text, `page ${n}`).toContain(`${n}/${pages}`);
      }
    } finally {
      await close();
    }
  });

  it.each(Object.entries(PAPER))("prints every chart label at 8 pt or more on %s", async (_, mm) => {
    const {page, close} = await openPage(browser, `${server.url}?story=plan&lang=en`, {viewport: {width: printable(mm), height: 1000}});
    try {
      await page.emulateMedia({media: "print"});
      await handoutDrawn(page);
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
      expect(smallest).toBeGreaterThanOrEqual(8 * (96 / 72));
    } finally {
      await close();
    }
  });
});
