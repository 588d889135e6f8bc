/**
 * The tracker in real Chromium: a real table without JavaScript (caption,
 * scoped headers, a row per target), sorted and filtered with the keyboard
 * alone, said to a screen reader, and a card per target at 375 px with
 * nothing wider than the screen. Run `npm run build` before running this
 * file alone.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "./built-site.ts";
import {newPage, openPage} from "./page-helpers.ts";
import {en} from "../../src/i18n/en.ts";
import {zh} from "../../src/i18n/zh.ts";
import {pageModel} from "../../src/model/page-model.ts";
import {realData} from "../real-data.ts";

const site: Partial<BuiltSite> = {};
beforeAll(async () => Object.assign(site, await openBuiltSite({needs: ["index.html", "en/index.html"]})));
afterAll(() => closeBuiltSite(site));

const {data} = realData();
const model = (lang: "zh" | "en") => pageModel(data, lang).explainer.tracker;
const LIVE = "bj-tracker table.tracker-table";

/** The tracker's rows as the page shows them: each group's target ids, in order. */
const shownRows = (page: Page, root = "") =>
  page.locator(`${root} table.tracker-table tbody:not([hidden])`).evaluateAll((bodies) =>
    bodies.map((b) => [...b.querySelectorAll("tr[data-target]")].map((tr) => tr.getAttribute("data-target")!))
  );

describe("the tracker", () => {
  it.each(["zh", "en"] as const)("is a table without JavaScript (%s): a caption, scoped headers, a row per target in its group", async (lang) => {
    // Not openPage: it waits for frames a page without scripts never draws.
    const {page, errors, close} = await newPage(site.browser!, {javaScriptEnabled: false});
    try {
      await page.goto(`${site.server!.url}${lang === "en" ? "en/" : ""}`);
      const table = page.locator("#tracker table.tracker-table");
      await expect.poll(() => table.count()).toBe(1);
      const tracker = model(lang);
      expect((await table.locator("caption").textContent())?.trim()).toBe(tracker.caption);
      expect(await table.locator("thead th[scope=col]").count()).toBe(7);
      const rows = await shownRows(page, "#tracker");
      expect(rows.flat().sort()).toEqual(tracker.rows.map((r) => r.id).sort());
      // Each name leads to its indicator's static page, which needs no script either.
      expect(await table.locator("tbody th[scope=row] a[href*='indicators/']").count()).toBe(tracker.rows.length);
      expect(await table.locator("tbody tr.group th[scope=rowgroup]").allTextContents()).toEqual(tracker.groups.map((g) => g.label));
      // Every verdict reads in words beside its shape; no control that would do nothing is shown.
      const verdicts = Object.fromEntries(await table.locator("tr[data-target]").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-target"), tr.querySelector(".verdict")?.textContent?.trim()])));
      const words = (lang === "zh" ? zh : en).status;
      expect(verdicts).toEqual(Object.fromEntries(tracker.rows.map((r) => [r.id, words[r.status]])));
      expect(await table.locator(".verdict svg.status-icon").count()).toBe(tracker.rows.length);
      expect(await page.locator("#tracker .tracker-controls").isVisible()).toBe(false);
      // The first screen's links land on the rows.
      const hrefs = await page.locator(".status-summary ul.groups a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(await page.locator(`tr[id="${href.slice(1)}"]`).count(), href).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(["zh", "en"] as const)("lines up every verdict's targets on the first screen at 1280 px, the not-comparable aside's too (%s)", async (lang) => {
    const {page, close} = await newPage(site.browser!, {javaScriptEnabled: false, viewport: {width: 1280, height: 900}});
    try {
      await page.goto(`${site.server!.url}${lang === "en" ? "en/" : ""}`);
      await page.evaluate(() => document.fonts.ready);
      const lists = page.locator("main .status-summary ul.groups .targets");
      expect(await page.locator("main .status-summary p.aside + ul.groups .targets").count()).toBeGreaterThan(0);
      const lefts = await lists.evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().left)));
      expect(lefts.length).toBeGreaterThan(1);
      expect(new Set(lefts).size, lefts.join(", ")).toBe(1);
    } finally {
      await close();
    }
  });

  it("sorts and filters with the keyboard alone, says what changed, and keeps each group whole", async () => {
    const {page, errors, close} = await openPage(site.browser!, `${site.server!.url}en/`, {ready: LIVE, hydrated: true});
    try {
      const tracker = model("en");
      const status = page.locator("bj-tracker .tracker-count[role=status]");
      const verdict = page.locator("bj-tracker thead th.col-status");
      expect(await verdict.getAttribute("aria-sort")).toBe("ascending");
      const byVerdict = await shownRows(page, "bj-tracker");
      const rank = (id: string) => ["met", "on-track", "behind", "moving-away", "too-early", "not-comparable", "no-figure"].indexOf(tracker.rows.find((r) => r.id === id)!.status);
      for (const group of byVerdict) expect(group.map(rank)).toEqual([...group.map(rank)].sort((a, b) => a - b));

      // Sort by name: the button is reached with Tab and pressed with Enter; a second press turns the order around.
      const nameButton = page.locator("bj-tracker thead th.col-target button");
      await nameButton.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("bj-tracker thead th.col-target").getAttribute("aria-sort")).toBe("ascending");
      expect(await verdict.getAttribute("aria-sort")).toBe("none");
      await expect.poll(() => status.textContent()).toContain("sorted by name, ascending");
      const names = await page.locator("bj-tracker tbody.group-headline th[scope=row]").allTextContents();
      expect(names.map((n) => n.trim())).toEqual([...names.map((n) => n.trim())].sort((a, b) => a.localeCompare(b, "en", {numeric: true})));
      await page.keyboard.press("Space");
      await expect.poll(() => page.locator("bj-tracker thead th.col-target").getAttribute("aria-sort")).toBe("descending");
      await expect.poll(() => status.textContent()).toContain("sorted by name, descending");

      // Filter by verdict from the keyboard: focus the select, move to the next option.
      const select = page.locator("bj-tracker select[name=status]");
      await select.focus();
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => select.inputValue()).toBe("met");
      const met = tracker.rows.filter((r) => r.status === "met").map((r) => r.id);
      await expect.poll(async () => (await shownRows(page, "bj-tracker")).flat().sort()).toEqual(met.sort());
      await expect.poll(() => status.textContent()).toContain(`Showing ${met.length} of ${tracker.rows.length} targets`);
      // A group with no row left hides whole, heading and all.
      expect(await page.locator("bj-tracker tbody.group-district").isHidden()).toBe(true);

      // And by area, on top of it: counts in each option say what choosing it gives.
      const area = page.locator("bj-tracker select[name=area]");
      const preschool = await area.locator("option[value=preschool]").textContent();
      expect(preschool).toBe(`Preschool (${tracker.rows.filter((r) => r.area === "preschool" && r.status === "met").length})`);
      await area.focus();
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => area.inputValue()).toBe("preschool");
      await expect.poll(async () => (await shownRows(page, "bj-tracker")).flat()).toEqual(tracker.rows.filter((r) => r.area === "preschool" && r.status === "met").map((r) => r.id));

      // "Show all" puts every row back and the focus on the first filter.
      await page.locator("bj-tracker button.tracker-reset").focus();
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await shownRows(page, "bj-tracker")).flat().length).toBe(tracker.rows.length);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("area");
      // axe: the sweep (axe-sweep.test.ts) checks the page with the tracker in it; a run here would add some 10 s for one more button.
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(["zh", "en"] as const)("stacks each target as a card at 375 px, nothing wider than the screen (%s)", async (lang) => {
    const {page, errors, close} = await openPage(site.browser!, `${site.server!.url}${lang === "en" ? "en/" : ""}`, {ready: LIVE, hydrated: true, viewport: {width: 375, height: 812}});
    try {
      const row = page.locator(`bj-tracker tr[data-target="plan-2021/public-kindergarten-coverage-2025"]`);
      await row.scrollIntoViewIfNeeded();
      const boxes = await row.locator(":scope > th, :scope > td").evaluateAll((cells) => cells.map((c) => {
        const r = c.getBoundingClientRect();
        return {column: c.className, top: r.top, bottom: r.bottom, right: r.right, label: getComputedStyle(c, "::before").content};
      }));
      expect(boxes).toHaveLength(7);
      // One cell under the other, none wider than the screen; an empty figure (no 十三五 figure here) is left to screen readers.
      const shown = boxes.filter((b) => !b.column.includes("empty"));
      expect(shown.map((b) => b.column)).toEqual(["col-target", "col-area", "col-latest", "col-goal", "col-status", "col-sentence"]);
      for (let i = 1; i < shown.length; i++) expect(shown[i].top, shown[i].column).toBeGreaterThanOrEqual(shown[i - 1].bottom - 1);
      for (const b of boxes) expect(b.right).toBeLessThanOrEqual(375);
      // A figure says which it is; the area, the verdict and the sentence need no label.
      expect(shown.filter((b) => b.label !== "none" && b.label !== "normal").map((b) => b.column)).toEqual(["col-latest", "col-goal"]);
      // The sort buttons stay, as a row above the cards; the page never scrolls sideways.
      expect(await page.locator("bj-tracker thead button.sort").count()).toBe(3);
      for (const b of await page.locator("bj-tracker thead button.sort").all()) expect(await b.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      // No figure breaks inside (a Chinese one is one line; an English one breaks only before its number), nor a Chinese verdict.
      const broken = await page.locator("bj-tracker .val, bj-tracker .verdict > span").evaluateAll((els, zh) =>
        els.filter((el) => {
          const text = el.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) return false;
          const content = text.textContent ?? "";
          // From the first digit on (English), or the whole (Chinese), the text is one line.
          const from = zh ? 0 : Math.max(0, content.search(/\d/));
          const range = document.createRange();
          range.setStart(text, from);
          range.setEnd(text, content.length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return lines.size > 1;
        }).map((el) => el.textContent),
        lang === "zh"
      );
      expect(broken).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
