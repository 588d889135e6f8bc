/**
 * Language of parts (WCAG 3.1.2) on the live English pages: every run of
 * Chinese text a reader meets is inside an element that says it is Chinese,
 * shadow roots included. (An accessible name in an attribute, such as a chart
 * mark's aria-label, is one plain string: no markup can give a part of it a
 * language, so attributes are not checked. The static pages are written by
 * scripts/prerender.ts.) Run `npm run build` first.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "./built-site.ts";
import {openPage, settledChart} from "./page-helpers.ts";

let site: BuiltSite;
beforeAll(async () => {
  site = await openBuiltSite();
});
afterAll(() => closeBuiltSite(site));

/** Chinese text on the page that no `lang="zh…"` covers, as "<element> text". */
function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const han = /[\u3400-\u9fff]/;
    const out = new Set<string>();
    // The language an element is in, climbing out of shadow roots to their hosts.
    const langOf = (start: Node | null): string => {
      for (let node = start; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
        if (node.nodeType === 1 && (node as Element).hasAttribute("lang")) return (node as Element).getAttribute("lang")!;
      }
      return "";
    };
    const walk = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          const el = node as Element;
          if (el.shadowRoot) walk(el.shadowRoot);
          continue;
        }
        const parent = node.parentNode as Element | null;
        if (!han.test(node.textContent ?? "") || parent?.closest?.("script, style, template, title, desc")) continue;
        if (!langOf(parent).startsWith("zh")) out.add(`<${parent?.localName}> ${node.textContent!.trim().slice(0, 60)}`);
      }
    };
    walk(document);
    return [...out];
  });
}

describe("Chinese on the English pages", () => {
  it.each([
    ["the explainer, whole", "en/", undefined],
    ["the data view, its citations open", "en/?view=data", "bj-data-view tbody tr"],
    ["an indicator's page", "en/?indicator=school-group-coverage", "bj-indicator-detail bj-chart-figure svg.indicator-chart"],
    ["an embed", "embed.html?chart=preschool-rates&lang=en", "bj-edu-embed bj-chart-figure svg.indicator-chart"]
  ])("is marked as Chinese: %s", async (_name, path, ready) => {
    const {page, close} = await openPage(site.browser, site.server.url + path, {ready, whole: path === "en/", hydrated: path === "en/"});
    try {
      expect(await unmarkedChinese(page)).toEqual([]);
      // A figure's quote, in its dialog (the figure as written is Chinese), where the page has a chart.
      const marks = page.locator("bj-chart-figure svg.indicator-chart a[data-observation]");
      if (await marks.count()) {
        // A mark of the chart as the live page draws it at its column's width, not one about to be replaced.
        const mark = marks.first();
        await settledChart(mark);
        await mark.click();
        await page.locator("bj-provenance-panel dialog[open] blockquote").waitFor();
        expect(await unmarkedChinese(page)).toEqual([]);
      }
    } finally {
      await close();
    }
  });
});
