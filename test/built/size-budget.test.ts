/**
 * The size budget of the first view, from the built files: what a reader's
 * browser loads before the first screen is interactive (the page's HTML, the
 * style sheets, scripts and modulepreloads it names and what those import
 * statically, and the first screen's data part), gzip at the default level as
 * a host serves it. It fails CI; timings are the benchmark's (npm run bench).
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {describe, expect, it} from "vitest";
import {FIRST_VIEW_BUDGET, firstViewBytes, firstViewFiles as filesIn} from "../../tools/first-view.ts";
import {PAGE_FILES} from "../../src/model/page-parts.ts";

const dist = new URL("../../dist/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dist));
const firstViewFiles = (page: string, lang: "zh" | "en") => filesIn(fileURLToPath(dist), page, lang);

describe("the first view", () => {
  for (const [page, lang] of [["index.html", "zh"], ["en/index.html", "en"]] as const) {
    it(`of ${page} stays within ${FIRST_VIEW_BUDGET / 1000} kB gzip: HTML, CSS, JS and data`, () => {
      const {total, files} = firstViewBytes(fileURLToPath(dist), page, lang);
      expect(total, files.map((f) => `${f.path}: ${f.gzipBytes}`).join("\n")).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
    });
  }

  it("holds one language and one chart: the scoreboard drawn once, the chapters' charts as pictures loaded later", () => {
    for (const [page, lang] of [["index.html", "zh"], ["en/index.html", "en"]] as const) {
      const html = read(page).toString("utf8");
      expect(html.match(/<svg\b[^>]*class="[^"]*indicator-chart/g), page).toHaveLength(1);
      expect(html).toContain(`id="pre-${lang}-scoreboard"`);
      // A picture for each chapter's chart (the content's charts, however few earn their place).
      const chapterCharts = JSON.parse(read("data/content.json").toString("utf8")).chapters.flatMap((c: {charts: unknown[]}) => c.charts).length;
      expect([...html.matchAll(/<img\b[^>]*loading="lazy"/g)].length, page).toBeGreaterThanOrEqual(chapterCharts);
    }
  });

  it("loads neither the whole dataset nor Plot", () => {
    for (const [page, lang] of [["index.html", "zh"], ["en/index.html", "en"]] as const) {
      const files = firstViewFiles(page, lang);
      expect(files.filter((f) => /observations|indicators\.json|indicator-chart|load-dataset|page-model/.test(f)), page).toEqual([]);
    }
  });

  it("has a first-screen part that holds the news and no list of targets or observations (it does not grow with the data)", () => {
    for (const lang of ["zh", "en"] as const) {
      const part = JSON.parse(read(`data/${PAGE_FILES.first(lang)}`).toString("utf8"));
      // The tracker (a row per target) comes with the rest's part, below the scoreboard.
      expect(Object.keys(part).sort()).toEqual(["byline", "dek", "lang", "quoteFiles", "stories", "summary", "years"]);
      expect(JSON.stringify(part)).not.toMatch(/"quote":/);
    }
  });
});
