/**
 * Without JavaScript the built site is still useful, in Chromium with
 * JavaScript off: the explainer in each language (index.html, en/index.html)
 * shows its first chart and its text, and every link of every static page
 * leads to real content: another static page with a heading and text, the
 * element a fragment names (a quote's highlighted sentence, a chart, a
 * section), or a data file. The crawl starts at the two explainers and
 * embed.html and follows every link on the site.
 * Run `npm run build` before running this file alone.
 */
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeBuiltSite, openBuiltSite, type Served} from "./built-site.ts";

let browser: Browser;
let server: Served;
let context: BrowserContext;

beforeAll(async () => {
  ({browser, server} = await openBuiltSite({needs: ["index.html", "en/index.html", "embed.html"]}));
  context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 412, height: 900}});
});

afterAll(async () => {
  await context?.close();
  await closeBuiltSite({browser});
});

interface Seen {
  title: string;
  h1: string;
  text: number;
  ids: string[];
  links: string[];
  charts: number;
}

/** A page as a reader without JavaScript gets it: its heading, how much text, its ids, its links (absolute), its visible charts. */
async function visit(url: string, tab?: Page): Promise<Seen> {
  const page = tab ?? (await context.newPage());
  try {
    const response = await page.goto(url, {waitUntil: "domcontentloaded"});
    expect(response?.status(), url).toBe(200);
    return await page.evaluate(() => {
      // The static pages draw their figures in declarative shadow roots (the same elements as the live page): look inside them too.
      const all = (selector: string): Element[] => {
        const out: Element[] = [];
        const walk = (root: Document | ShadowRoot) => {
          out.push(...root.querySelectorAll(selector));
          for (const el of root.querySelectorAll("*")) if (el.shadowRoot) walk(el.shadowRoot);
        };
        walk(document);
        return out;
      };
      return {
        title: document.title,
        h1: all("h1")[0]?.textContent?.trim() ?? "",
        text: (document.querySelector("main")?.textContent ?? "").replace(/\s+/g, "").length,
        ids: all("[id]").map((e) => e.id),
        // SVG links too (a chart's marks): their href attribute, resolved against the page.
        links: all("a[href]").map((a) => new URL(a.getAttribute("href")!, document.baseURI).href),
        charts: all("svg.indicator-chart").filter((s) => s.getBoundingClientRect().width > 0).length
      };
    });
  } finally {
    if (!tab) await page.close();
  }
}

/** Tabs the crawl reads pages in at once: a few, so one page's load overlaps another's parsing. */
const TABS = 4;

describe("without JavaScript", () => {
  it("shows the first screen's chart and the narrative in each language", async () => {
    for (const [path, h1] of [["", /北京/], ["en/", /Beijing/]] as const) {
      const seen = await visit(server.url + path);
      expect(seen.h1).toMatch(h1);
      expect(seen.charts, path).toBe(1);
      expect(seen.text, path).toBeGreaterThan(2000);
    }
  });

  it("follows every link of the static pages to real content", async () => {
    const origin = new URL(server.url).origin;
    const pages = new Map<string, Seen>();
    const queue = [server.url, `${server.url}en/`, `${server.url}embed.html`];
    const queued = new Set(queue);
    const fragments: Array<{from: string; to: string; id: string}> = [];
    const files = new Set<string>();
    // A few tabs take the next page from the queue as they finish one; every page they read adds its links.
    const tabs = await Promise.all(Array.from({length: TABS}, () => context.newPage()));
    let reading = 0;
    // Settles when a tab has finished a page (and queued its links): what an idle tab waits for.
    let wake = () => {};
    let finished = new Promise<void>((done) => (wake = done));
    const crawl = async (tab: Page): Promise<void> => {
      for (let url = queue.shift(); url !== undefined || reading > 0; url = queue.shift()) {
        // Another tab may still find links: look again once it has read its page.
        if (url === undefined) {
          await finished;
          continue;
        }
        reading++;
        try {
          const seen = await visit(url, tab);
          pages.set(url, seen);
          expect(seen.h1 || seen.title, url).not.toBe("");
          for (const href of seen.links) {
            const link = new URL(href);
            // A story has no static page: its link is the live page's, which without JavaScript shows the explainer the crawl reads anyway.
            if (link.origin !== origin || link.searchParams.has("story")) continue;
            const id = decodeURIComponent(link.hash.slice(1));
            link.hash = "";
            if (id) fragments.push({from: url, to: link.href, id});
            if (/\/data\/|\.(csv|json|png|svg)$/.test(link.pathname)) files.add(link.href);
            else if (!queued.has(link.href)) (queued.add(link.href), queue.push(link.href));
          }
        } finally {
          reading--;
          wake();
          finished = new Promise<void>((done) => (wake = done));
        }
      }
    };
    await Promise.all(tabs.map(crawl));
    await Promise.all(tabs.map((tab) => tab.close()));
    // Every page reached is a page of the site's own, with a heading and text (no page of the explainer stands for another).
    expect(pages.size).toBeGreaterThan(20);
    for (const [url, seen] of pages) {
      expect(new URL(url).search, `${url}: a link with a query only the live page reads`).toBe("");
      expect(seen.text, `${url} has little to read`).toBeGreaterThan(30);
    }
    // Every fragment names an element of the page it leads to: the quote links open the highlighted sentence.
    const missing = fragments.filter((f) => !pages.get(f.to)?.ids.includes(f.id)).map((f) => `${f.from} → ${f.to}#${f.id}`);
    expect(missing).toEqual([]);
    expect(fragments.some((f) => f.id.startsWith("q-") && /\/sources\//.test(f.to))).toBe(true);
    // Every data file a page links to is there.
    for (const file of files) {
      const response = await context.request.get(file);
      expect(response.status(), file).toBe(200);
    }
  });

  it("says in both languages that embed.html needs JavaScript, with a link to the explainer; a chart's own frame page shows the chart", async () => {
    const seen = await visit(`${server.url}embed.html?chart=school-places&lang=en`);
    // Not a chart it was not asked for (the scoreboard, in Chinese): a notice, and the way to the explainer.
    expect(seen.charts).toBe(0);
    expect(seen.links.some((href) => new URL(href).pathname === new URL(server.url).pathname)).toBe(true);
    const frame = await visit(`${server.url}frame/en/school-places.html`);
    expect(frame.charts).toBe(1);
    expect(frame.h1).toMatch(/school places/i);
  });
});
