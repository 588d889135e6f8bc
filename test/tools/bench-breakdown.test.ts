import {describe, expect, it} from "vitest";
import {breakdownTable} from "../../tools/bench/breakdown.ts";
import {figureAlone, withoutScripts} from "../../tools/bench/reference-pages.ts";

const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>T</title>
<script>document.documentElement.dataset.theme = "light";</script>
<link rel="stylesheet" href="./assets/main.css">
<link rel="modulepreload" crossorigin href="./assets/app.js">
<script type="module" crossorigin src="./assets/entry.js"></script>
</head>
<body><bj-edu-app><h1>News</h1><p>Only 4 of 16.</p>
<bj-chart-figure id="chart-a"><template shadowrootmode="open"><style>h3{}</style><h3>Title</h3><svg class="plot-1 indicator-chart" width="288"><text>Row</text></svg></template></bj-chart-figure>
<bj-chart-figure id="chart-b"><template shadowrootmode="open"><svg class="indicator-chart"></svg></template></bj-chart-figure>
</bj-edu-app></body></html>`;

describe("the bench's reference pages", () => {
  it("takes out every script and module preload, and nothing else", () => {
    const out = withoutScripts(page);
    expect(out).not.toMatch(/<script|modulepreload/);
    expect(out).toContain('<link rel="stylesheet" href="./assets/main.css">');
    expect(out).toContain("<h1>News</h1><p>Only 4 of 16.</p>");
    expect(out).toContain('<bj-chart-figure id="chart-b">');
  });

  it("keeps the head's styles and only the first chart's figure, whole, in the page's column", () => {
    const out = figureAlone(page);
    expect(out).toContain('<link rel="stylesheet" href="./assets/main.css">');
    expect(out).not.toMatch(/<script|modulepreload|News|chart-b/);
    expect(out).toContain('<body><div class="page"><main><bj-chart-figure id="chart-a"><template shadowrootmode="open"><style>h3{}</style><h3>Title</h3><svg class="plot-1 indicator-chart" width="288"><text>Row</text></svg></template></bj-chart-figure></main></div></body>');
  });

  it("reads rel and class as lists of tokens, as the browser does", () => {
    expect(withoutScripts(`<link rel="preload modulepreload" href="a.js"><link rel = 'modulepreload' href=b.js><link rel="stylesheet" href="c.css">`)).toBe('<link rel="stylesheet" href="c.css">');
    const legendFirst = page.replace("<h1>News</h1>", '<svg class="indicator-chart-legend"></svg><h1>News</h1>');
    expect(figureAlone(legendFirst)).toContain('<bj-chart-figure id="chart-a">');
  });

  it("takes the chart's own host, not an earlier one that closed before it", () => {
    const chartOutside = `<html><head></head><body><bj-chart-figure id="a">A</bj-chart-figure><p>News</p><svg class="indicator-chart"></svg></body></html>`;
    expect(() => figureAlone(chartOutside)).toThrow(/not inside a <bj-chart-figure>/);
    const longerName = `<html><head></head><body><bj-chart-figure id="a"><bj-chart-figure-note>n</bj-chart-figure-note><svg class="indicator-chart"></svg></bj-chart-figure></body></html>`;
    expect(figureAlone(longerName)).toContain('<body><div class="page"><main><bj-chart-figure id="a">');
  });

  it("says what is missing rather than measure the wrong page", () => {
    expect(() => figureAlone("<html><body><p>no chart</p></body></html>")).toThrow(/no <svg class="indicator-chart">/);
    expect(() => figureAlone('<html><body><svg class="indicator-chart"></svg></body></html>')).toThrow(/not inside a <bj-chart-figure>/);
  });
});

describe("the breakdown's table", () => {
  const steps = [
    {key: "page", name: "the page", takesOut: "—"},
    {key: "bare", name: "the bare SVG", takesOut: "everything else"}
  ];
  const machine = {runs: 9, loadAverage: [1.5, 1.25, 1]};

  it("sets each page's first chart against the last row's and says what each step saved", () => {
    const lines = breakdownTable(steps, {chart: {page: 500, bare: 250}, paint: {page: 420, bare: 260}, counted: {page: 9, bare: 9}}, machine).split("\n");
    expect(lines[1]).toBe("medians of 9 cold loads of each page, in turn · 4× CPU · no network throttling · load average 1.50, 1.25, 1.00");
    expect(lines.slice(3, 6)).toEqual([
      "page          first paint  first chart  charts  × static   saves  by taking out",
      "the page           420 ms       500 ms  9 of 9      2.00       —  —",
      "the bare SVG       260 ms       250 ms  9 of 9      1.00  250 ms  everything else"
    ]);
  });

  it("counts the loads that showed a chart, and leaves a dash where none did", () => {
    const lines = breakdownTable(steps, {chart: {page: null, bare: 250}, paint: {page: 400, bare: 260}, counted: {page: 0, bare: 3}}, {...machine, runs: 3}).split("\n");
    expect(lines[4]).toBe("the page           400 ms            —  0 of 3         —      —  —");
  });
});
