/**
 * Embedding, in real Chromium: embed.html on its own (a chart, the notice for
 * an unknown one, a story), the iframe snippet on a host page of another
 * origin (sized by the embed's height messages, following the host's width,
 * deaf to messages from any other origin or window), the web component in a
 * plain page under the site's Content-Security-Policy, and the explainer's
 * embed dialog. Run `npm run build` before running this file alone.
 */
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {Browser, Frame, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {componentSnippet, iframeSnippet} from "../../src/model/embed-snippet.ts";
import type {EmbedManifest} from "../../src/schema/embed-files.ts";
import {pagePolicy} from "../../src/security/hosting.ts";
import {serveStatic, type StaticServer} from "../../tools/static-server.ts";
import {closeBuiltSite, DIST as dist, openBuiltSite, type Served} from "./built-site.ts";
import {chartMenuAction, openPage, expectNoAxeViolations, recordClipboard, type OpenOptions} from "./page-helpers.ts";
import {pageModel} from "../../src/model/page-model.ts";
import {realData} from "../real-data.ts";

const CHART = "svg.indicator-chart";
const FAKE = 777;

let browser: Browser;
/** dist/, with its `_headers` (the deployed policy): the site (origin A), the run's shared server. */
let site: Served;
/** The host page with two snippets (origin B). */
let host: StaticServer;
/** A page that posts valid-looking height messages to whoever frames it (origin C). */
let evil: StaticServer;
/** A plain page with only the web component's module and the data, under the site's page policy (origin D). */
let plain: StaticServer;
const folders: string[] = [];

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "bj-embed-"));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

beforeAll(async () => {
  ({browser, server: site} = await openBuiltSite({needs: ["_headers", "embed.html", "embed.json", "bj-edu-chart.js", "index.html", "data/observations.json"]}));
  const csp = {headers: {"Content-Security-Policy": pagePolicy("'none'")}};
  // The pages of other sites this file writes itself are served here; the site is the run's.
  evil = await serveStatic(folder({"evil.html": `<!doctype html><title>x</title><link rel="icon" href="data:,"><script>
      function post() { parent.postMessage({type: "bj-edu:height", height: ${FAKE}}, "*"); }
      post(); setInterval(post, 100);
    </script>`}));
  const embedPage = `${site.url}embed.html`;
  const hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host page</title><link rel="icon" href="data:,">
<style>body { margin: 0; font-family: sans-serif; } main { padding: 0 8px; }</style></head>
<body><main><h1>A host page</h1>
<script>window.__messages = []; addEventListener("message", function (e) { __messages.push({origin: e.origin, data: e.data}); });</script>
${iframeSnippet({embedPage, lang: "en", view: {chart: "scoreboard"}, title: "Main targets (Beijing's education plan)", uid: "one"})}
${iframeSnippet({embedPage, lang: "zh", view: {chart: "school-places"}, title: "新增学位", uid: "two"})}
<iframe id="evil" src="${evil.url}evil.html" title="another site" style="width:100%;height:60px;border:0"></iframe>
</main></body></html>`;
  const dir = folder({
    "host.html": hostHtml,
    "component.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The web component</title><link rel="icon" href="data:,">
${componentSnippet({moduleUrl: "http://site.invalid/bj-edu-chart.js", chart: "scoreboard", lang: "en"}).replace("http://site.invalid/", "./")}
</head><body><main><h1>The web component</h1>
<bj-edu-chart id="known" chart="scoreboard" lang="en"></bj-edu-chart>
<bj-edu-chart id="unknown" chart="no-such-chart" lang="en"></bj-edu-chart>
</main></body></html>`
  });
  cpSync(fileURLToPath(new URL("bj-edu-chart.js", dist)), join(dir, "bj-edu-chart.js"));
  cpSync(fileURLToPath(new URL("data/", dist)), join(dir, "data"), {recursive: true});
  [host, plain] = await Promise.all([serveStatic(dir), serveStatic(dir, csp)]);
});

afterAll(async () => {
  await closeBuiltSite({browser});
  await Promise.all([host, evil, plain].map((s) => s?.close()));
  for (const dir of folders) rmSync(dir, {recursive: true, force: true});
});

interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations, as they happen. */
  errors: string[];
  close(): Promise<void>;
}

const reportViolations = () => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`), true);
const open = (url: string, options: OpenOptions = {}): Promise<Opened> => openPage(browser, url, {viewport: {width: 1000, height: 900}, initScript: reportViolations, ...options});


/** The content height embed.html measures and posts. */
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const styleHeight = (page: Page, id: string) => page.locator(`iframe#${id}`).evaluate((f) => (f as HTMLIFrameElement).style.height);

describe("embed.html", () => {
  // axe runs over embed.html, a chart and the notice, in axe-sweep.test.ts.
  it("shows one chart with its source line and a link to it in the explainer; an unknown chart gets a notice", async () => {
    const {page, errors, close} = await open(`${site.url}embed.html?chart=scoreboard&lang=en`);
    try {
      await page.waitForSelector(`bj-edu-embed bj-chart-figure ${CHART} a[data-observation]`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      const title = pageModel(realData().data, "en").charts.get("scoreboard")!.title;
      // Alone on its page, the chart's title is the page's one h1.
      expect(await page.locator("bj-edu-embed bj-chart-figure h1").textContent()).toBe(title);
      expect(await page.locator("bj-edu-embed bj-chart-figure figcaption").textContent()).toMatch(/^Source/);
      const back = page.locator("bj-edu-embed .credit a");
      // Every link of an embed is absolute: it leads to the explainer, wherever the embed is framed.
      expect(await back.getAttribute("href")).toBe(`${site.url}en/#chart-scoreboard`);
      expect(await back.getAttribute("target")).toBe("_blank");
      // Its menu has the downloads and the link, but no embed item inside an embed.
      await page.locator("bj-edu-embed bj-chart-menu button[aria-expanded]").click();
      await page.locator("bj-edu-embed bj-chart-menu button[data-download=csv]").waitFor();
      expect(await page.locator("bj-edu-embed button[data-embed]").count(), "no embed button inside an embed").toBe(0);
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("bj-edu-embed bj-chart-menu button[aria-expanded]").getAttribute("aria-expanded")).toBe("false");
      expect(await page.title()).toContain(title);
      // A mark opens its quote; the link to the source view leads to the explainer, not to embed.html.
      await page.locator(`bj-edu-embed ${CHART} a[data-observation]`).first().click();
      await page.waitForSelector("bj-edu-embed bj-provenance-panel dialog[open] blockquote mark");
      expect(await page.locator("bj-edu-embed bj-provenance-panel dialog a").getAttribute("href")).toMatch(new RegExp(`^${site.url.replace(/[.?]/g, "\\$&")}en/\\?view=source&doc=[a-z0-9-]+#q-`));
      await page.keyboard.press("Escape");

      await page.goto(`${site.url}embed.html?chart=no-such-chart&lang=en`);
      await expect.poll(() => page.locator("bj-edu-embed .notice").textContent()).toBe("There is no chart “no-such-chart”.");
      expect(await page.locator("bj-edu-embed a").getAttribute("href")).toBe(`${site.url}en/`);
      expect(await page.locator("bj-edu-embed a").getAttribute("target")).toBe("_blank");

      await page.goto(`${site.url}embed.html?chart=%22%3E%3Cimg%20src%3Dx%3E`);
      await expect.poll(() => page.locator("bj-edu-embed .notice").textContent()).toBe("这个嵌入链接没有指明图表。");
      expect(await page.locator("img").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("shows a story (?story=plan), its steps moving with the keys", async () => {
    const {page, errors, close} = await open(`${site.url}embed.html?story=plan&lang=en`);
    try {
      await page.waitForSelector(`bj-edu-embed bj-story section.slide ${CHART}`);
      expect(await page.locator("bj-edu-embed bj-story section.slide h1").textContent()).toBeTruthy();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator("bj-edu-embed bj-story progress").evaluate((p) => (p as HTMLProgressElement).value)).toBe(2);
      expect(await page.locator("bj-edu-embed .credit a").getAttribute("href")).toBe(`${site.url}en/?story=plan&step=1`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("the iframe snippet on a host page of another origin", () => {
  it("sizes each iframe by its own embed's height, follows the host's width, and ignores every other message", async () => {
    // Tall enough that both iframes stay in view: a browser may pause an off-screen iframe's rendering.
    const {page, errors, close} = await open(`${host.url}host.html`, {viewport: {width: 1000, height: 2400}});
    try {
      await expect.poll(() => [/chart=scoreboard/, /chart=school-places/].every((url) => page.frame({url}) !== null)).toBe(true);
      const one = page.frame({url: /chart=scoreboard/})!;
      const two = page.frame({url: /chart=school-places/})!;
      expect(new URL(one.url()).origin).not.toBe(new URL(page.url()).origin);
      await one.waitForSelector(`bj-chart-figure ${CHART}`);
      await two.waitForSelector(`bj-chart-figure ${CHART}`);
      // Each iframe takes the height its own page measures (the two differ: one message cannot size both).
      await expect.poll(async () => (await styleHeight(page, "bj-edu-scoreboard-one")) === `${await contentHeight(one)}px`).toBe(true);
      await expect.poll(async () => (await styleHeight(page, "bj-edu-school-places-two")) === `${await contentHeight(two)}px`).toBe(true);
      const wide = await contentHeight(one);
      expect(wide).not.toBe(await contentHeight(two));
      expect(await page.locator("iframe#bj-edu-scoreboard-one").evaluate((f) => f.getBoundingClientRect().height)).toBe(wide);
      // The whole chart shows: nothing scrolls inside the iframe.
      expect(await one.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);

      // Messages from another origin (the third site's iframe) and from the host's own window, with
      // a valid-looking payload, arrive and change nothing.
      await page.evaluate((fake) => postMessage({type: "bj-edu:height", height: fake + 1}, "*"), FAKE);
      const seen = () => page.evaluate(() => (window as unknown as {__messages: {origin: string; data: {height?: number}}[]}).__messages);
      await expect.poll(async () => (await seen()).filter((m) => m.data?.height === FAKE).length).toBeGreaterThan(2);
      await expect.poll(async () => (await seen()).some((m) => m.data?.height === FAKE + 1)).toBe(true);
      expect(await styleHeight(page, "bj-edu-scoreboard-one")).toBe(`${wide}px`);
      expect(await styleHeight(page, "bj-edu-school-places-two")).toBe(`${await contentHeight(two)}px`);

      // Narrower, the chart is taller: the embed posts its new height and the iframe follows.
      const posted = (await seen()).filter((m) => m.origin === new URL(site.url).origin).length;
      await page.setViewportSize({width: 360, height: 800});
      await expect.poll(async () => {
        const now = await contentHeight(one);
        return now !== wide && (await styleHeight(page, "bj-edu-scoreboard-one")) === `${now}px`;
      }).toBe(true);
      const narrow = await contentHeight(one);
      expect(narrow).toBeGreaterThan(wide);
      const heights = (await seen()).filter((m) => m.origin === new URL(site.url).origin).slice(posted).map((m) => m.data.height);
      expect(heights).toContain(narrow);
      expect(heights.every((h) => Number.isInteger(h))).toBe(true);
      // A message only when the height changes.
      expect(heights.every((h, i) => i === 0 || h !== heights[i - 1])).toBe(true);
      expect(await styleHeight(page, "bj-edu-scoreboard-one")).not.toBe(`${FAKE}px`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("the web component", () => {
  it("draws a chart in a plain page that loads only its module, under the CSP, with no violation", async () => {
    const {page, errors, close} = await open(`${plain.url}component.html`);
    try {
      const response = await page.request.get(`${plain.url}component.html`);
      expect(response.headers()["content-security-policy"]).toBe(pagePolicy("'none'"));
      const svg = page.locator(`bj-edu-chart#known bj-chart-figure ${CHART}`);
      await svg.waitFor();
      expect(await svg.locator("a[data-observation]").count()).toBeGreaterThan(0);
      // Read in one look: the component may redraw the chart (at its width) between two.
      const box = await svg.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(100);
      expect(await page.locator("bj-edu-chart#known .credit a").getAttribute("href")).toBe(`${plain.url}en/#chart-scoreboard`);
      // Its quotes and downloads work inside the element.
      await svg.locator("a[data-observation]").first().click();
      await page.waitForSelector("bj-edu-chart#known bj-provenance-panel dialog[open] blockquote mark");
      await page.keyboard.press("Escape");
      const [csv] = await Promise.all([page.waitForEvent("download"), chartMenuAction(page, "bj-edu-chart#known", "csv")]);
      expect(csv.suggestedFilename()).toMatch(/_scoreboard_.*\.csv$/);
      await expect.poll(() => page.locator("bj-edu-chart#unknown .notice").textContent()).toBe("There is no chart “no-such-chart”.");
      // Only the module, and the data next to it.
      expect(await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute("src")))).toEqual(["./bj-edu-chart.js"]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("is one ES module with nothing that needs 'unsafe-eval'", () => {
    const code = readFileSync(new URL("bj-edu-chart.js", dist), "utf8");
    expect(code).not.toMatch(/\bimport\s*\(|from\s*["']\.\.?\//);
    const calls = [...code.matchAll(/(?<![\w$.])(?:new\s+Function|Function|eval)\s*\(/g)].map((m) => code.slice(Math.max(0, m.index - 40), m.index + 40));
    expect(calls).toEqual([]);
  });
});

describe("the embed dialog", () => {
  it("opens from a chart with both snippets for that chart, copies them, passes axe, and closes with Escape", async () => {
    // The live explainer, whole: until what follows the tracker has come, the static scoreboard (its menu
    // a copy that does nothing) stands in the live one's place, and for a moment both are in the page.
    const {page, errors, close} = await open(site.url, {hydrated: true, whole: true});
    try {
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {origin: new URL(site.url).origin});
      await page.waitForSelector(`#chart-scoreboard ${CHART} a[data-observation]`);
      const button = await chartMenuAction(page, "#chart-scoreboard", "embed");
      expect(await button.textContent()).toBe("嵌入");
      const dialog = page.locator("bj-embed-dialog dialog[open]");
      await dialog.waitFor();
      expect(await dialog.locator("h2").textContent()).toContain("嵌入此图表");
      const iframe = await dialog.locator("textarea[data-snippet=iframe]").inputValue();
      expect(iframe).toMatch(new RegExp(`^<iframe id="bj-edu-scoreboard-[a-z0-9]+" src="${site.url}embed\\.html\\?chart=scoreboard&amp;lang=zh" title="[^"]+" loading="lazy" sandbox="[^"]+" referrerpolicy="strict-origin-when-cross-origin" style="width:100%;border:0"`));
      expect(iframe).toContain(`var origin = "${new URL(site.url).origin}";`);
      // The variant for hosts whose CSP forbids inline script loads this release's embed-host.js, pinned by its hash.
      const {version, scripts} = JSON.parse(readFileSync(new URL("embed.json", dist), "utf8")) as EmbedManifest;
      const pin = (key: keyof EmbedManifest["scripts"]) => `src="${site.url}embed/v${version}/${key === "component" ? "bj-edu-chart" : "embed-host"}.js" integrity="${scripts[key].integrity}" crossorigin="anonymous"`;
      expect(await dialog.locator("textarea[data-snippet=external]").inputValue()).toContain(`<script ${pin("hostScript")} defer></script>`);
      const component = await dialog.locator("textarea[data-snippet=component]").inputValue();
      // Pinned by the integrity hash the build wrote, at the release's own address, with the chart's title as fallback content.
      expect(component.split("\n")[0]).toBe(`<script type="module" ${pin("component")}></script>`);
      expect(component.split("\n")[1]).toMatch(new RegExp(`^<bj-edu-chart chart="scoreboard" lang="zh"><a href="${site.url}#chart-scoreboard">[^<]+</a></bj-edu-chart>$`));

      const copied = await recordClipboard(page);
      await dialog.locator("button[data-copy=component]").click();
      await expect.poll(copied).toBe(component);
      expect(await dialog.locator("[role=status]").textContent()).toBe("已复制");

      // The dialog is modal: the page under it is inert (the explainer's own tests run axe over it).
      await expectNoAxeViolations(page, "the embed dialog", {include: "bj-embed-dialog"});
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("bj-embed-dialog dialog").evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      // Focus goes back to the menu it was opened from (its item is hidden with the closed menu): never lost to the page.
      expect(await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const menu = (el?.getRootNode() as ShadowRoot | null)?.host;
        const figure = (menu?.getRootNode() as ShadowRoot | null)?.host;
        return `${figure?.id} ${menu?.localName} ${el?.localName}[aria-expanded=${el?.getAttribute("aria-expanded")}]`;
      })).toBe("chart-scoreboard bj-chart-menu button[aria-expanded=false]");

      // The menu's other way to share: the chart's own address, copied (zh, so no query), and said so.
      const copy = await chartMenuAction(page, "#chart-scoreboard", "copy-link");
      await expect.poll(copied).not.toBe(component);
      const link = new URL((await copied())!);
      expect([link.origin + link.pathname, [...link.searchParams.keys()], link.hash]).toEqual([site.url, [], "#chart-scoreboard"]);
      expect(await copy.textContent()).toBe("链接已复制");
      expect(await page.locator("#chart-scoreboard bj-chart-menu [role=status]").textContent()).toBe("链接已复制");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
