/**
 * The size budget of the first view, from the built files: what a reader's
 * browser loads before the first screen is interactive (the page's HTML, the
 * style sheets, scripts and modulepreloads it names and what those import
 * statically, and the first screen's data part), gzip at the default level as
 * a host serves it. It fails CI; timings are the benchmark's (npm run bench).
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import {existsSync, readFileSync} from "node:fs";
import {posix} from "node:path";
import {gzipSync} from "node:zlib";
import {describe, expect, it} from "vitest";
import {PAGE_FILES} from "../../src/model/explainer-parts.ts";

const dist = new URL("../../dist/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dist));
const gzip = (path: string) => gzipSync(read(path)).length;

/** kB = 1000 bytes, as the benchmark reports. */
export const FIRST_VIEW_BUDGET = 60_000;

/** Every file a page loads before its first screen is interactive, by path under dist/. */
export function firstViewFiles(page: string, lang: "zh" | "en"): string[] {
  if (!existsSync(new URL(page, dist))) throw new Error(`dist/${page} is missing: run \`npm run build\` first`);
  const html = read(page).toString("utf8");
  const dir = posix.dirname(page) === "." ? "" : `${posix.dirname(page)}/`;
  const named = [...html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => posix.normalize(`${dir}${m[1]}`));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith(".js")) return;
    // Static imports only: `import("./x.js")` loads later, when something needs it.
    for (const m of read(file).toString("utf8").matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(`assets/${m[1]}`);
  };
  named.forEach(visit);
  return [page, ...seen, `data/${PAGE_FILES.first(lang)}`];
}

describe("the first view", () => {
  for (const [page, lang] of [["index.html", "zh"], ["en/index.html", "en"]] as const) {
    it(`of ${page} stays within ${FIRST_VIEW_BUDGET / 1000} kB gzip: HTML, CSS, JS and data`, () => {
      const files = firstViewFiles(page, lang);
      const sizes = files.map((f) => [f, gzip(f)] as const);
      const total = sizes.reduce((sum, [, n]) => sum + n, 0);
      expect(total, sizes.map(([f, n]) => `${f}: ${n}`).join("\n")).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
    });
  }

  it("holds one language and one chart: the scoreboard drawn once, the chapters' charts as pictures loaded later", () => {
    for (const [page, lang] of [["index.html", "zh"], ["en/index.html", "en"]] as const) {
      const html = read(page).toString("utf8");
      expect(html.match(/<svg\b[^>]*class="[^"]*indicator-chart/g), page).toHaveLength(1);
      expect(html).toContain(`id="pre-${lang}-scoreboard"`);
      expect([...html.matchAll(/<img\b[^>]*loading="lazy"/g)].length, page).toBeGreaterThan(10);
    }
  });

  it("loads neither the whole dataset nor Plot", () => {
    for (const [page, lang] of [["index.html", "zh"], ["en/index.html", "en"]] as const) {
      const files = firstViewFiles(page, lang);
      expect(files.filter((f) => /observations|indicators\.json|indicator-chart|load-dataset|page-model/.test(f)), page).toEqual([]);
    }
  });

  it("has a first-screen part that holds no list of observations (it does not grow with the data)", () => {
    for (const lang of ["zh", "en"] as const) {
      const part = JSON.parse(read(`data/${PAGE_FILES.first(lang)}`).toString("utf8"));
      expect(Object.keys(part).sort()).toEqual(["byline", "dek", "lang", "quoteFiles", "scoreboard", "stories", "summary", "years"]);
      expect(JSON.stringify(part)).not.toMatch(/"quote":/);
    }
  });
});
