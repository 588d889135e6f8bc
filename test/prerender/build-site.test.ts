/**
 * The site step over a published data folder and Vite's page shells (stand-ins
 * with the same outlets): each language's page model is computed once, every
 * view gets its part, and every static page is written, linking only to the
 * static site, with no absolute address when the build is given none.
 */
import {NO_SITE} from "../../src/schema/site.ts";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import {publish} from "../../src/build/publish.ts";
import {releaseOf} from "../../src/build/release.ts";
import {readContent} from "../../src/build/content/read-content.ts";
import {PAGE_FILES} from "../../src/model/page-parts.ts";
import {realBuild} from "../real-data.ts";


const root = new URL("../..", import.meta.url).pathname;
const shell = (lang: string, tag: string) => `<!doctype html><html lang="${lang}"><head><title>t</title><link rel="stylesheet" crossorigin href="./assets/main-1.css">
<!--site-head--></head><body><${tag}><!--site-body--></${tag}><script type="module" src="./assets/main-1.js"></script></body></html>`;

let dist: string;
let explainer: typeof import("../../src/model/explainer-model.ts");
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "bj-site-"));
  const built = realBuild();
  const content = readContent(join(root, "content"));
  const release = releaseOf(readFileSync(join(root, "CHANGELOG.md"), "utf8"));
  publish(join(dist, "data"), {tables: built.tables, texts: built.extracted.sources, release, site: NO_SITE, project: content.explainer.project.name, extra: {"content.json": {...content, release, site: NO_SITE}}});
  mkdirSync(join(dist, "en"));
  writeFileSync(join(dist, "index.html"), shell("zh-CN", "bj-edu-app"));
  writeFileSync(join(dist, "en/index.html"), shell("en", "bj-edu-app"));
  writeFileSync(join(dist, "embed.html"), shell("zh-CN", "bj-edu-embed").replace("<bj-edu-embed><!--site-body--></bj-edu-embed>", "<!--site-body-->"));
  // The unit files share one module graph (isolate: false): the spy takes effect on modules loaded afresh.
  vi.resetModules();
  vi.doMock("../../src/model/explainer-model.ts", {spy: true});
  explainer = await import("../../src/model/explainer-model.ts");
  const {buildSite} = await import("../../src/prerender/build-site.ts");
  vi.mocked(explainer.explainerModel).mockClear();
  await buildSite({data: join(dist, "data"), dist});
});

afterAll(() => {
  vi.doUnmock("../../src/model/explainer-model.ts");
  rmSync(dist, {recursive: true, force: true});
});

const read = (path: string) => readFileSync(join(dist, path), "utf8");
const json = (path: string) => JSON.parse(read(`data/${path}`));

describe("the site step", () => {
  it("computes each language's page model once", () => {
    expect(vi.mocked(explainer.explainerModel).mock.calls.map(([, lang]) => lang)).toEqual(["zh", "en"]);
  });

  it("writes every view's part, in both languages", () => {
    for (const lang of ["zh", "en"] as const) {
      const index = json(PAGE_FILES.index(lang));
      expect(index.charts.length).toBeGreaterThan(1);
      for (const {id} of index.charts) expect(json(PAGE_FILES.chart(lang, id))).toMatchObject({chart: {id, lang}, quoteFiles: index.quoteFiles});
      for (const id of index.indicators) expect(json(PAGE_FILES.indicator(lang, id)).id).toBe(id);
      for (const {id, steps} of index.stories) expect(json(PAGE_FILES.story(lang, id)).story.steps).toHaveLength(steps);
      expect(json(PAGE_FILES.sources(lang)).docs).toHaveLength(index.sources.length);
      expect(json(PAGE_FILES.dataView(lang)).rows.length).toBe(json("observations.json").length);
      const quotes = Object.assign({}, ...Array.from({length: index.quoteFiles}, (_, i) => json(PAGE_FILES.quotes(lang, i))));
      expect(Object.keys(quotes).sort()).toEqual(json("observations.json").map((o: {observation_id: string}) => o.observation_id).sort());
    }
  });

  it("fills the explainer's pages with their static copy and the chart drawn in", () => {
    for (const [file, lang] of [["index.html", "zh-CN"], ["en/index.html", "en"]]) {
      const page = read(file);
      expect(page).toContain(`<div id="prerendered" class="prerendered" data-static lang="${lang}">`);
      expect(page).toMatch(/<svg[^>]*id="pre-(zh|en)-scoreboard"/);
      expect(page).toMatch(/<img class="chart-picture" src="(\.\.\/)?charts\/(zh|en)\/[a-z-]+\.svg"/);
      expect(page).toContain('<script type="module" src="./assets/main-1.js">');
    }
    for (const file of readdirSync(join(dist, "charts/zh"))) expect(read(`charts/zh/${file}`)).toMatch(/^<svg/);
  });

  it("writes a static page per indicator and per source document, linking only to static pages", () => {
    const index = json(PAGE_FILES.index("en"));
    for (const id of index.indicators) expect(existsSync(join(dist, `en/indicators/${id}/index.html`)), id).toBe(true);
    for (const {id} of index.sources) expect(existsSync(join(dist, `sources/${id}/index.html`)), id).toBe(true);
    const page = read("indicators/school-places-added/index.html");
    expect(page).not.toContain("<script");
    expect(page).toContain('<link rel="stylesheet" href="../../assets/main-1.css" />');
    const links = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(links.filter((l) => l.startsWith("?"))).toEqual([]);
    expect(links).toContain("../../sources/summary-2022/#q-summary-2022/school-places-added");
  });

  it("publishes no absolute address when the build is given none (the languages' alternates are relative)", () => {
    for (const file of ["index.html", "en/index.html", "indicators/school-places-added/index.html"]) {
      expect(read(file)).not.toMatch(/rel="canonical"|og:url|og:image"|href="https?:/);
    }
  });

  it("writes each embeddable chart's own embed page, its chart drawn in and its assets reached from its folder", () => {
    for (const lang of ["zh", "en"] as const) {
      const embeddable = json(PAGE_FILES.index(lang)).charts.filter((c: {embeddable: boolean}) => c.embeddable);
      expect(embeddable.length).toBeGreaterThan(1);
      for (const {id} of embeddable) {
        const page = read(`frame/${lang}/${id}.html`);
        expect(page).toContain(`<bj-edu-embed chart="${id}" lang="${lang}" site="../../"><div data-static>`);
        expect(page).toMatch(new RegExp(`<svg[^>]*id="pre-${lang}-${id}"`));
        expect(page).toContain('<script type="module" src="../../assets/main-1.js">');
        expect(page).toContain(`<html lang="${lang === "zh" ? "zh-CN" : "en"}"`);
      }
    }
    // Its marks lead to the static source pages, from its folder.
    expect(read("frame/en/school-places.html")).toContain('href="../../en/sources/summary-2022/#q-summary-2022/school-places-added"');
  });

  it("says in embed.html, without JavaScript, in each language, that the chart needs it", () => {
    const page = read("embed.html");
    expect(page).toContain('<p lang="zh-CN">');
    expect(page).toContain('<p lang="en">');
    // In a new tab: a sandboxed frame may not navigate its host's page.
    expect(page).toContain('href="en/" target="_blank" rel="noopener"');
  });
});
