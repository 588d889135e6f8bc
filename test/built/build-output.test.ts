/**
 * Checks on what the build ships (dist/): the size budget of the first view,
 * no code that evaluates strings, and a page that reads without JavaScript.
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import {FIRST_PAINT_SCRIPT, firstPaintHash} from "../../src/security/first-paint.ts";
import {CONTENT_SECURITY_POLICY} from "../../src/security/csp.ts";
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {gzipSync} from "node:zlib";
import {beforeAll, describe, expect, it} from "vitest";
import {JSDOM} from "jsdom";
import {pageModel} from "../../src/model/page-model.ts";
import {realData} from "../real-data.ts";

const dist = new URL("../../dist/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dist), "utf8");
const gzip = (text: string) => gzipSync(text, {level: 9}).length;
let html: string;

beforeAll(() => {
  if (!existsSync(new URL("index.html", dist))) throw new Error("dist/ is missing: run `npm run build` first");
  html = read("index.html");
});

/** The scripts the first view loads: those index.html names, and what they import statically. */
function initialScripts(): string[] {
  const named = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Static imports only: `import("./x.js")` is loaded later, when a view needs it.
    for (const m of read(file).matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(`assets/${m[1]}`);
  };
  named.forEach(visit);
  return [...seen];
}

describe("the first view's JavaScript", () => {
  it("stays within 100 KB gzip", () => {
    const scripts = initialScripts();
    expect(scripts.some((s) => /assets\/main-/.test(s))).toBe(true);
    const bytes = scripts.reduce((sum, file) => sum + gzip(read(file)), 0);
    expect(bytes, `${scripts.join(", ")}: ${bytes} bytes gzip`).toBeLessThanOrEqual(100 * 1024);
  });

  it("does not include Plot, the data view, or the downloads", () => {
    const initial = initialScripts().map(read).join("\n");
    expect(initial).not.toMatch(/function plot\(|zipStore|BjDataView|bj-data-view"/);
    const lazy = readdirSync(new URL("assets/", dist)).filter((f) => f.endsWith(".js") && !initialScripts().includes(`assets/${f}`));
    expect(lazy.some((f) => f.startsWith("indicator-chart"))).toBe(true);
    expect(lazy.some((f) => f.startsWith("data-view"))).toBe(true);
    expect(lazy.some((f) => f.startsWith("downloads"))).toBe(true);
  });
});

describe("code in dist/ that would need 'unsafe-eval'", () => {
  it("has no eval(), Function() or new Function() anywhere", () => {
    const files = readdirSync(new URL("assets/", dist)).filter((f) => f.endsWith(".js"));
    for (const file of files) {
      const code = read(`assets/${file}`);
      // A call, not a name that ends in "Function" (parseFunction, isAsyncFunction…).
      const calls = [...code.matchAll(/(?<![\w$.])(?:new\s+Function|Function|eval)\s*\(/g)].map((m) => code.slice(Math.max(0, m.index - 40), m.index + 40));
      expect(calls, file).toEqual([]);
      expect(code, file).not.toMatch(/setTimeout\(\s*["'`]|setInterval\(\s*["'`]/);
    }
  });

  it("has no inline script in index.html but the first paint's, which the policy names by its hash", () => {
    const doc = new JSDOM(html).window.document;
    for (const script of doc.querySelectorAll("script:not([type='application/json'])")) {
      if (!script.getAttribute("src")) expect(script.textContent, script.outerHTML.slice(0, 80)).toBe(FIRST_PAINT_SCRIPT);
    }
    expect(CONTENT_SECURITY_POLICY).toContain(firstPaintHash());
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe("the pre-rendered pages", () => {
  it("carry, one language each, the scoreboard drawn in, each chapter's text, and the way to the data", () => {
    for (const [file, lang, title] of [["index.html", "zh", "北京教育“十四五”规划：进展如何？"], ["en/index.html", "en", "Beijing's education plan: how is it going?"]] as const) {
      const doc = new JSDOM(read(file)).window.document;
      const page = doc.querySelector("#prerendered > .page")!;
      expect(doc.querySelector("#prerendered")!.getAttribute("lang"), file).toBe(lang === "zh" ? "zh-CN" : "en");
      expect(doc.documentElement.getAttribute("lang")).toBe(lang === "zh" ? "zh-CN" : "en");
      // Drawn into the chart figure's declarative shadow root, which jsdom leaves as a template: read in the text.
      expect(read(file).match(new RegExp(`<svg[^>]*id="pre-${lang}-scoreboard"`, "g")), file).toHaveLength(1);
      expect(page.querySelectorAll("section h2").length).toBeGreaterThan(10);
      expect(page.querySelector('a[href$="data/observations-excel.csv"]'), file).not.toBeNull();
      expect(doc.querySelector("h1")!.textContent).toBe(title);
      // What news sites and search engines read; the absolute addresses only when the build was told the site's.
      const {site} = JSON.parse(read("data/content.json")) as {site: {url: string | null}};
      for (const selector of ['link[rel=alternate][hreflang="en"]', 'link[rel=alternate][hreflang="zh-CN"]', 'meta[name=description]']) {
        expect(doc.querySelector(selector), `${file}: ${selector}`).not.toBeNull();
      }
      for (const selector of ['link[rel=canonical]', 'meta[property="og:url"]', 'meta[property="og:image"]', 'meta[name="twitter:card"][content="summary_large_image"]']) {
        expect(doc.querySelector(selector) !== null, `${file}: ${selector} with the site's address ${site.url}`).toBe(site.url !== null);
      }
      if (site.url) expect(doc.querySelector("link[rel=canonical]")!.getAttribute("href")).toBe(new URL(lang === "en" ? "en/" : "", site.url).href);
      expect(existsSync(new URL(`og.${lang}.png`, dist))).toBe(true);
      // The answer and the pending targets, as the live page says them.
      const {explainer} = pageModel(realData().data, lang);
      expect(page.querySelector("main .status-summary p.finding")?.textContent, file).toBe(explainer.summary.finding);
      // The verdicts the finding counts, then, after their own sentence, the targets whose figure cannot be checked.
      const {summary} = explainer;
      expect(page.querySelectorAll("main .status-summary ul.groups > li").length, file).toBe(summary.groups.length + (summary.aside?.groups.length ?? 0));
      expect(page.querySelector("main .status-summary p.aside")?.textContent ?? "", file).toBe(summary.aside?.text ?? "");
      expect([...page.querySelectorAll("#scoreboard ul.pending strong")].map((s) => s.textContent), file).toEqual(explainer.scoreboard.pending.targets.map((t) => t.name));
    }
  });

  it("have unique ids", () => {
    for (const file of ["index.html", "en/index.html"]) {
      const ids = [...new JSDOM(read(file)).window.document.querySelectorAll("[id]")].map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), file).toEqual([]);
    }
  });
});
