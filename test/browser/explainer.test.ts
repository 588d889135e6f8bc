/**
 * The built explainer (dist/) in real Chromium: it loads cleanly, shows every
 * main target, every value opens its quote and the quote is in the source,
 * both languages work, chart text has its contrast, nothing scrolls sideways
 * (axe runs over the explainer in axe-sweep.test.ts).
 * Run `npm run build` before running this file alone.
 */
import {mkdirSync, readFileSync, statSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {Browser, BrowserContextOptions, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, DIST as dist, openBuiltSite, type Served} from "./built-site.ts";
import {openPage, settle, wholeExplainer} from "./page-helpers.ts";
import {pageModel} from "../../src/model/page-model.ts";
import {realData} from "../real-data.ts";

const root = new URL("../../", import.meta.url);
const shots = fileURLToPath(new URL("screenshots/", root));

interface Indicator {
  id: string;
  main_target?: boolean;
}
interface Observation {
  observation_id: string;
  indicator_id: string;
  scope: string;
  series: string;
  year: number;
  quote: string;
  figure: string;
  source_id: string;
}

const SCOREBOARD = "#chart-scoreboard";
const READY = "#chart-scoreboard svg#plot-scoreboard a[data-observation]";
const DIALOG = "bj-provenance-panel dialog";
const PRESCHOOL = "plan-2021/preschool-enrolment-rate-2025";

const noSpace = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, "");
const mark = (id: string) => `a[data-observation="${id}"]`;

let browser: Browser;
let server: Served;
let observations: Observation[];
let mainTargets: Observation[];

beforeAll(async () => {
  ({browser, server} = await openBuiltSite({needs: ["index.html", "data/observations.json", "data/indicators.json"]}));
  // indicators.json is the catalogue: one row per indicator.
  const catalogue: Indicator[] = JSON.parse(readFileSync(new URL("data/indicators.json", dist), "utf8"));
  observations = JSON.parse(readFileSync(new URL("data/observations.json", dist), "utf8"));
  const main = catalogue.filter((i) => i.main_target).map((i) => i.id);
  mainTargets = main.flatMap((id) => observations.filter((o) => o.indicator_id === id && o.series === "target" && o.scope === "beijing" && o.year === 2025));
});

afterAll(async () => {
  await (await shared?.catch(() => undefined))?.close();
  await closeBuiltSite({browser});
});

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions, as they happen. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A fresh context (so viewport and colour scheme are its own), the page loaded and the scoreboard
 * drawn (a chart draws as it comes near the screen: on a phone the first screen's answer can push
 * it more than a screen down); on the explainer, all of it, as a reader who scrolls gets it.
 */
async function open(path = "", options: BrowserContextOptions = {}, ready = READY): Promise<Opened> {
  const explainer = ready === READY && !/[?&](view|indicator|story)=/.test(path);
  const opened = await openPage(browser, server.url + path, {...options, ready: explainer ? "bj-explainer main#main" : ready});
  if (explainer) {
    // The scoreboard comes with what follows the tracker: the whole explainer first, then its live chart.
    await wholeExplainer(opened.page);
    // Drawn as it nears the screen where the page has no static drawing to adopt (English with ?lang=en).
    await opened.page.locator(`bj-chart-figure${SCOREBOARD}`).scrollIntoViewIfNeeded();
    await opened.page.waitForSelector(READY, {state: "attached"});
    await opened.page.evaluate(() => scrollTo(0, 0));
  }
  return opened;
}

/**
 * The explainer as `open()` leaves it (zh, 1280 px, light), loaded once for the tests that only read it
 * (they neither click nor type nor scroll it); its errors are those of the whole time it has been open.
 */
let shared: Promise<Opened> | undefined;
const readOnly = () => (shared ??= open());

async function dialogOpen(page: Page): Promise<boolean> {
  return page.locator(DIALOG).evaluate((d) => (d as HTMLDialogElement).open);
}

/** The element that has focus, looking through open shadow roots. */
function deepActive(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? {tag: el.localName, observation: el.getAttribute("data-observation")} : null;
  });
}


describe("the explainer in Chromium", () => {
  it("loads with no console error and no page error, and draws the scoreboard", async () => {
    const {page, errors} = await readOnly();
    await expect.poll(() => page.locator(`${SCOREBOARD} svg.indicator-chart`).count()).toBe(1);
    expect(await page.locator(`${SCOREBOARD} a[data-observation]`).count()).toBeGreaterThan(0);
    expect(await page.locator("#scoreboard h2").textContent()).toBeTruthy();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(errors).toEqual([]);
  });

  it("accounts for every main target's 2025 figure: a mark in the scoreboard, or listed under it as pending", async () => {
    expect(mainTargets.length).toBe(12);
    // A main target is charted when the city has a figure to compare (an actual); the others wait under the chart.
    const hasActual = (o: Observation) => observations.some((x) => x.indicator_id === o.indicator_id && x.series === "actual" && x.scope === "beijing");
    const charted = mainTargets.filter(hasActual);
    const waiting = mainTargets.filter((o) => !hasActual(o));
    expect(charted.length).toBeGreaterThan(0);
    const {pending} = pageModel(realData().data, "zh").explainer.scoreboard;
    expect(pending.targets.map((t) => t.target.observation_id).sort()).toEqual(waiting.map((o) => o.observation_id).sort());
    const {page, errors} = await readOnly();
    const shown = await page.locator(`${SCOREBOARD} a[data-observation]`).evaluateAll((as) => as.map((a) => a.getAttribute("data-observation")));
    const missing = charted.map((o) => o.observation_id).filter((id) => !shown.includes(id));
    expect(missing, "main targets with a figure to compare but no mark in the scoreboard").toEqual([]);
    for (const o of charted) {
      const a = page.locator(`${SCOREBOARD} ${mark(o.observation_id)}`);
      expect(await a.count(), o.observation_id).toBe(1);
      expect(await a.getAttribute("aria-label"), o.observation_id).toBeTruthy();
    }
    // No pending target is drawn, and each is named under the chart with its 2025 figure, and why it cannot be judged unless the list's intro says it of all.
    expect(shown.filter((id) => waiting.some((o) => o.observation_id === id))).toEqual([]);
    const items = await page.locator("#scoreboard ul.pending > li").evaluateAll((lis) => lis.map((li) => ({
      name: li.querySelector("strong")?.textContent ?? "",
      figure: li.querySelector(".pending-target")?.textContent ?? "",
      why: li.querySelector(".muted")?.textContent ?? ""
    })));
    expect(items.map((i) => noSpace(i.name))).toEqual(pending.targets.map((t) => noSpace(t.name)));
    for (const [i, t] of pending.targets.entries()) {
      expect(noSpace(items[i].figure), t.id).toBe(noSpace(t.figure));
      expect(noSpace(items[i].figure), t.id).toContain(noSpace(observations.find((o) => o.observation_id === t.target.observation_id)!.figure));
      expect(noSpace(items[i].why), t.id).toBe(noSpace(t.why));
    }
    expect(await page.locator("#scoreboard ul.pending").getAttribute("aria-labelledby")).toBe("pending-h");
    expect(errors).toEqual([]);
  });

  it("answers first: how many headline targets can be checked, then each with a figure by verdict, each linked to its tracker row", async () => {
    const {summary} = pageModel(realData().data, "zh").explainer;
    const {page, errors} = await readOnly();
    const first = page.locator("main#main .status-summary");
    expect(noSpace(await first.locator("p.finding").textContent())).toBe(noSpace(summary.finding));
    // The verdicts the finding counts, then the targets whose figure cannot be checked, after a sentence of their own.
    const all = [...summary.groups, ...(summary.aside?.groups ?? [])];
    const groups = first.locator("ul.groups > li.group");
    expect(await groups.count()).toBe(all.length);
    expect(noSpace(await first.locator("p.aside").textContent())).toBe(noSpace(summary.aside!.text));
    for (const [i, group] of all.entries()) {
      const li = groups.nth(i);
      expect(noSpace(await li.locator(".head > span:not(.count)").first().textContent())).toBe(noSpace(group.label));
      expect(Number(await li.locator(".count").textContent())).toBe(group.targets.length);
      expect(await li.locator("ul.targets > li").count()).toBe(group.targets.length);
    }
    // Every link leads to a row of the tracker; the first screen also has the dek, the byline and the way around.
    const links = await first.locator("ul.groups a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(links).toEqual(all.flatMap((g) => g.targets).map((t) => t.href));
    for (const href of links) expect(await page.locator(`bj-tracker tr[id="${href.slice(1)}"]`).count(), href).toBe(1);
    expect(await first.locator("p.more a").getAttribute("href")).toBe("#tracker");
    for (const part of [".dek", ".byline", "nav.toc"]) expect(await page.locator(`main#main ${part}`).count(), part).toBe(1);
    expect(errors).toEqual([]);
  });

  it("opens a value's quote on click, and the quote is in the source view", async () => {
    const o = observations.find((x) => x.observation_id === PRESCHOOL)!;
    expect(o).toBeDefined();
    const {page, errors, close} = await open();
    try {
      await page.locator(`${SCOREBOARD} ${mark(PRESCHOOL)}`).click();
      await page.waitForSelector(`${DIALOG}[open]`);
      expect(await dialogOpen(page)).toBe(true);
      const quote = page.locator(`${DIALOG} blockquote`);
      expect(noSpace(await quote.textContent())).toContain(noSpace(o.quote));
      expect(noSpace((await quote.locator("mark").allTextContents()).join(""))).toContain(noSpace(o.quote));
      expect(page.url(), "the page stays put while the dialog is open").not.toContain("#q-");

      const link = page.locator(`${DIALOG} a[href*="view=source"]`);
      expect(await link.textContent()).toContain("在原文中查看");
      expect(await link.getAttribute("href")).toBe(`?view=source&doc=${o.source_id}#q-${PRESCHOOL}`);
      await link.click();
      const figure = page.locator(`bj-source-view mark[id="q-${PRESCHOOL}"]`);
      await figure.waitFor();
      expect(page.url()).toContain(`view=source&doc=${o.source_id}`);
      expect(await figure.count()).toBe(1);
      expect(noSpace(await figure.textContent())).toContain(noSpace(o.figure));
      // The figure's mark sits inside the highlighted quote, in its paragraph.
      const paragraph = await figure.evaluate((m) => {
        const p = m.closest("p")!;
        return {text: p.textContent, marked: [...p.querySelectorAll("mark")].map((x) => x.textContent).join("")};
      });
      expect(noSpace(paragraph.text)).toContain(noSpace(o.quote));
      expect(noSpace(paragraph.marked)).toContain(noSpace(o.figure));
      // The fragment brings the quote into view (once the view has drawn; a loaded machine is slow).
      await expect.poll(() => figure.evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      })).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  // The chart's keyboard model (one tab stop, arrow keys, Home and End, Escape, Tab order) and its tooltip are
  // pinned on a chart alone in test/browser/components/chart-figure.test.ts; here, what needs the page: the dialog.
  it("opens a value's quote with Enter, and Escape closes it and gives focus back to the mark", async () => {
    const o = observations.find((x) => x.observation_id === PRESCHOOL)!;
    const chart = pageModel(realData().data, "zh").charts.get("scoreboard")!;
    const tipOf = (id: string) => chart.rows.flatMap((r) => r.marks).find((m) => m.id === id)!.tip;
    const {page, errors, close} = await open();
    try {
      const tip = page.locator(`${SCOREBOARD} .tip`);
      const a = page.locator(`${SCOREBOARD} ${mark(PRESCHOOL)}`);
      await a.focus();
      expect(await deepActive(page)).toEqual({tag: "a", observation: PRESCHOOL});
      // Focus shows the mark's figure, series, source and status in a tooltip; assistive technology hears the mark's own name.
      await expect.poll(() => tip.count()).toBe(1);
      expect(await tip.getAttribute("aria-hidden")).toBe("true");
      const shown = noSpace(await tip.textContent());
      const want = tipOf(PRESCHOOL);
      for (const part of [want.figure, want.series, want.source, want.status].filter(Boolean)) expect(shown, part).toContain(noSpace(part));
      expect(noSpace(await a.getAttribute("aria-label"))).toContain(noSpace(want.figure));
      await page.keyboard.press("Enter");
      await page.waitForSelector(`${DIALOG}[open]`);
      expect(noSpace(await page.locator(`${DIALOG} blockquote`).textContent())).toContain(noSpace(o.quote));
      await page.keyboard.press("Escape");
      await expect.poll(() => dialogOpen(page)).toBe(false);
      expect(await page.locator(`${DIALOG} blockquote`).count(), "the closed dialog is emptied").toBe(0);
      // The dialog gives focus back to the mark it was opened from.
      expect(await deepActive(page)).toEqual({tag: "a", observation: PRESCHOOL});
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("opens the quote from a figure in the narrative", async () => {
    const {page, errors, close} = await open();
    try {
      const button = page.locator("#chapters bj-narrative a.figure").first();
      const text = await button.textContent();
      await button.click();
      await page.waitForSelector(`${DIALOG}[open]`);
      const strong = await page.locator(`${DIALOG} blockquote mark strong`).allTextContents();
      expect(strong.length).toBeGreaterThan(0);
      expect(noSpace(strong.join(""))).toContain(noSpace(text));
      await page.locator(`${DIALOG} button.close`).click();
      await expect.poll(() => dialogOpen(page)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("speaks English with ?lang=en, and the toggle switches language in place; back returns to Chinese", async () => {
    const en = await open("?lang=en");
    try {
      expect(await en.page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await en.page.locator("h1").textContent()).toContain("Beijing");
      expect(await en.page.title()).toContain("Beijing");
      expect(en.errors).toEqual([]);
    } finally {
      await en.close();
    }

    const {page, errors, close} = await open();
    try {
      const zhTitle = await page.locator("h1").textContent();
      expect(zhTitle).toMatch(/北京/);
      await page.evaluate(() => ((window as unknown as {loadedOnce: boolean}).loadedOnce = true));
      await page.locator("bj-lang-toggle a").click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.locator("h1").textContent()).toContain("Beijing");
      expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
      expect(await page.evaluate(() => (window as unknown as {loadedOnce?: boolean}).loadedOnce), "no reload").toBe(true);
      // The charts speak English too.
      await expect.poll(() => page.locator(`${SCOREBOARD} h3`).textContent()).toBe(pageModel(realData().data, "en").explainer.scoreboard.chart.title);

      await page.goBack();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      expect(await page.locator("h1").textContent()).toBe(zhTitle);
      expect(new URL(page.url()).searchParams.get("lang")).toBeNull();
      expect(await page.evaluate(() => (window as unknown as {loadedOnce?: boolean}).loadedOnce), "no reload").toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  // axe itself runs in axe-sweep.test.ts: the explainer in zh light 375 px and en dark 1280 px, with
  // and without the quote's dialog open, and the source view at a quote.
  describe("contrast", () => {
    // axe leaves the contrast of SVG text "incomplete" (it cannot find the background behind an
    // SVG), so the chart labels are measured here: their fill against the page background.
    it("chart text has 4.5:1 contrast in both schemes (axe cannot measure SVG text)", async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        // Light is the shared page's (Playwright's default scheme); dark, a page of its own.
        const {page, close} = colorScheme === "light" ? {...(await readOnly()), close: async () => {}} : await open("", {colorScheme});
        try {
          const low = await page.locator("bj-chart-figure svg.indicator-chart").evaluateAll((svgs) => {
            const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
            const lum = (c: string) => {
              const [r, g, b] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const bg = getComputedStyle(document.documentElement).backgroundColor;
            const failures: string[] = [];
            // A drawing replaced while the handles were gathered (the chart redrawn at its column's width as it neared) has no style.
            for (const svg of svgs.filter((s) => s.isConnected)) {
              for (const t of svg.querySelectorAll("text")) {
                if (!t.textContent?.trim()) continue;
                const style = getComputedStyle(t);
                if (Number(style.fillOpacity) < 1 || Number(style.opacity) < 1) failures.push(`${t.textContent}: translucent`);
                const [a, b] = [lum(style.fill), lum(bg)].sort((x, y) => y - x);
                const ratio = (a + 0.05) / (b + 0.05);
                if (ratio < 4.5) failures.push(`${svg.id} "${t.textContent}": ${style.fill} on ${bg} = ${ratio.toFixed(2)}`);
              }
            }
            return failures;
          });
          expect(low, `chart text below 4.5:1 (${colorScheme})`).toEqual([]);
        } finally {
          await close();
        }
      }
    });
  });

  describe("no sideways scrolling", () => {
    for (const width of [320, 1920]) {
      for (const [lang, path] of [["zh", ""], ["en", "?lang=en"]]) {
        it(`at ${width}px (${lang})`, async () => {
          const {page, close} = await open(path, {viewport: {width, height: 800}});
          try {
            const sizes = await page.evaluate(() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth}));
            expect(sizes.scroll, `scrollWidth ${sizes.scroll} > innerWidth ${sizes.inner}`).toBeLessThanOrEqual(sizes.inner);
          } finally {
            await close();
          }
        });
      }
    }
  });

  // One page per language, resized with the dialog open: the heading wraps differently at each width.
  it.each([
    ["zh", ""],
    ["en", "?lang=en"]
  ])("keeps the provenance dialog's heading clear of its close button (%s, 320–1280 px)", async (lang, path) => {
    const {page, close} = await open(path, {viewport: {width: 320, height: 800}});
    try {
      await page.locator(`${SCOREBOARD} ${mark(PRESCHOOL)}`).click();
      await page.waitForSelector(`${DIALOG}[open]`);
      for (const width of [320, 375, 480, 768, 1280]) {
        await page.setViewportSize({width, height: 800});
        await settle(page);
        const overlap = await page.locator(DIALOG).evaluate((dialog) => {
          const button = dialog.querySelector("button.close")!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(dialog.querySelector("h2")!);
          return [...range.getClientRects()]
            .filter((r) => r.width > 0 && r.left < button.right && r.right > button.left && r.top < button.bottom && r.bottom > button.top)
            .map((r) => `text at x ${Math.round(r.left)}–${Math.round(r.right)}, y ${Math.round(r.top)}–${Math.round(r.bottom)}; button at x ${Math.round(button.left)}–${Math.round(button.right)}`);
        });
        expect(overlap, `heading text under the close button at ${width}px (${lang})`).toEqual([]);
      }
    } finally {
      await close();
    }
  });

  it("saves screenshots at 375 and 1280 px, in zh and en", async () => {
    mkdirSync(shots, {recursive: true});
    const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (const [lang, path] of [["zh", ""], ["en", "?lang=en"]]) {
      for (const width of [375, 1280]) {
        const file = `${shots}${lang}-${width}.png`;
        const {page, close} = await open(path, {viewport: {width, height: width < 600 ? 812 : 800}});
        try {
          await page.screenshot({path: file});
        } finally {
          await close();
        }
        expect(statSync(file).size, file).toBeGreaterThan(1000);
        expect(readFileSync(file).subarray(0, 8).equals(PNG), `${file} is a PNG`).toBe(true);
      }
    }
  });
});
