/**
 * Without JavaScript the built site is still useful, in Chromium with
 * JavaScript off: the explainer in each language (index.html, en/index.html)
 * shows its first chart and its text, and every link of every static page
 * leads to real content: another static page with a heading and text, the
 * element a fragment names (a quote's highlighted sentence, a chart, a
 * section), or a data file. The crawl starts at the two explainers and
 * embed.html and follows every link on the site. It reads what a browser
 * without JavaScript reads, the served HTML, over HTTP and through the HTML
 * standard's parser (parse5, scripting off), not in Chromium: what it checks
 * (status, headings, text, ids, links) is all in the markup, and some 250
 * pages cost 1 s so, not 16 s of drawing.
 * Run `npm run build` before running this file alone.
 */
import {parse, type DefaultTreeAdapterMap} from "parse5";
import type {Browser, BrowserContext} from "playwright-core";
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

/** A page as a reader without JavaScript gets it in Chromium: its heading, how much text, its ids, its links (absolute), its visible charts. */
async function visit(url: string): Promise<Seen> {
  const page = await context.newPage();
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
    await page.close();
  }
}

type ParsedNode = DefaultTreeAdapterMap["node"];
type ParsedElement = DefaultTreeAdapterMap["element"];

/**
 * The same reading of a static page, from its HTML as served: parsed as a browser with scripting off
 * parses it (a <noscript>'s content is markup), each declarative shadow root (a <template
 * shadowrootmode>) read as the shadow root it becomes. No drawing, so no visible charts.
 */
async function read(url: string): Promise<Omit<Seen, "charts">> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  const document = parse(await response.text(), {scriptingEnabled: false});
  const children = (node: ParsedNode): ParsedNode[] => ("childNodes" in node ? node.childNodes : []);
  const isElement = (node: ParsedNode): node is ParsedElement => "tagName" in node;
  const attribute = (el: ParsedElement, name: string) => el.attrs.find((a) => a.name === name)?.value;
  /** textContent: the text below a node in its own tree (a shadow root's text is not its host's). */
  const text = (node: ParsedNode): string => (node.nodeName === "#text" ? (node as DefaultTreeAdapterMap["textNode"]).value : children(node).map(text).join(""));
  /** Every element of the page, its shadow roots' included, in its tree's order and then each shadow root's. */
  const all: ParsedElement[] = [];
  const shadows: ParsedNode[] = [];
  for (let root: ParsedNode | undefined = document; root; root = shadows.shift()) {
    const walk = (node: ParsedNode) => {
      for (const child of children(node)) {
        if (!isElement(child)) continue;
        all.push(child);
        if (child.tagName === "template") {
          if (attribute(child, "shadowrootmode")) shadows.push((child as DefaultTreeAdapterMap["template"]).content);
        } else walk(child);
      }
    };
    walk(root);
  }
  const light = (tag: string) => {
    const find = (node: ParsedNode): ParsedElement | undefined => {
      for (const child of children(node)) {
        if (!isElement(child)) continue;
        if (child.tagName === tag) return child;
        const found = child.tagName === "template" ? undefined : find(child);
        if (found) return found;
      }
    };
    return find(document);
  };
  const h1 = all.find((el) => el.tagName === "h1");
  const main = light("main");
  const title = light("title");
  return {
    title: title ? text(title).trim() : "",
    h1: h1 ? text(h1).trim() : "",
    text: main ? text(main).replace(/\s+/g, "").length : 0,
    ids: all.flatMap((el) => attribute(el, "id") ?? []),
    // SVG links too (a chart's marks): their href attribute, resolved against the page (no page has a <base>).
    links: all.flatMap((el) => (el.tagName === "a" && attribute(el, "href") !== undefined ? [new URL(attribute(el, "href")!, response.url).href] : []))
  };
}

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
    const pages = new Map<string, Omit<Seen, "charts">>();
    let queue = [server.url, `${server.url}en/`, `${server.url}embed.html`];
    const queued = new Set(queue);
    const fragments: Array<{from: string; to: string; id: string}> = [];
    const files = new Set<string>();
    // A level of the crawl at a time: every page of it read at once, then the links they hold.
    while (queue.length) {
      const level = await Promise.all(queue.map(async (url) => [url, await read(url)] as const));
      queue = [];
      for (const [url, seen] of level) {
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
      }
    }
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
      const response = await fetch(file);
      expect(response.status, file).toBe(200);
      await response.arrayBuffer();
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
