/**
 * The benchmark's reference pages cut from the real build (npm run bench:breakdown): the string work
 * in tools/bench/reference-pages.ts must find the page's first chart and its scripts there.
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {figureAlone, withoutScripts} from "../../tools/bench/reference-pages.ts";

const html = readFileSync(new URL("../../dist/index.html", import.meta.url), "utf8");

describe("the bench's reference pages, from dist/index.html", () => {
  it("without scripts keeps the whole page and its style sheets, and no script or module preload", () => {
    const out = withoutScripts(html);
    expect(out).not.toMatch(/<script\b|modulepreload/);
    expect(out).toContain('id="chart-scoreboard"');
    expect(out.match(/rel="stylesheet"/g)?.length).toBe(html.match(/rel="stylesheet"/g)?.length);
  });

  it("the figure alone is the scoreboard's figure, title and chart, and nothing of the news", () => {
    const out = figureAlone(html);
    expect(out).toMatch(/<bj-chart-figure\b[^>]*\bid="chart-scoreboard"/);
    expect(out).toContain('class="chart-title"');
    expect(out).not.toMatch(/class="status-summary"|<script\b|modulepreload/);
    expect(out.match(/<bj-chart-figure\b/g)).toHaveLength(1);
  });
});
