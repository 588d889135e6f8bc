import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {exportSvg, LIGHT_PALETTE} from "../../src/charts/export-svg.ts";
import {indicatorChart} from "../../src/charts/indicator-chart.ts";
import {brokenBetween} from "../../src/i18n/line-breaks.ts";
import {explainerModel} from "../../src/model/explainer-model.ts";
import {pageModel} from "../../src/model/page-model.ts";
import {realData} from "../real-data.ts";

const {window} = new JSDOM("<!doctype html><body></body>");
globalThis.XMLSerializer ??= window.XMLSerializer;
const chart = explainerModel(realData().data, "zh").scoreboard.chart;

describe("exportSvg", () => {
  const svg = indicatorChart(chart, {document: window.document, width: 640});
  const file = exportSvg(svg, {title: chart.title, sourceLine: chart.sourceLine, dateLine: "数据年份：2020、2022、2025。"});
  const doc = new window.DOMParser().parseFromString(file.markup, "image/svg+xml");
  const root = doc.documentElement;

  it("is a standalone SVG with its title, source line and data years", () => {
    expect(root.localName).toBe("svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect([Number(root.getAttribute("width")), Number(root.getAttribute("height"))]).toEqual([file.width, file.height]);
    expect(file.height).toBeGreaterThan(Number(svg.getAttribute("height")));
    const texts = [...root.children].filter((e) => e.localName === "text").map((e) => e.textContent).join("");
    // The title wraps to the picture's width, a line a <text>.
    expect(texts).toContain(chart.title);
    expect(texts).toContain("市教委2022年度工作总结");
    expect(texts).toContain("数据年份");
  });

  it("makes colours explicit and drops the page's links", () => {
    expect(root.querySelector(".series-actual")!.getAttribute("style")).toBe(`color: ${LIGHT_PALETTE["series-actual"]}`);
    expect(root.querySelectorAll("a")).toHaveLength(0);
    // The page's SVG is not changed.
    expect(svg.querySelectorAll("a").length).toBeGreaterThan(0);
  });
});

describe("exported charts break lines only where the rules allow", () => {
  const WIDTHS = [320, 375, 600, 1280, 1920];
  // Every chart of the explainer, in both languages, exported at each width: the title's and source line's
  // lines (one <text> each) and every wrapped label's lines (<tspan>s) are checked pair by pair.
  it.each(["zh", "en"] as const)("every %s chart at 320–1920 px", (lang) => {
    const charts = [...pageModel(realData().data, lang).charts.values()];
    const broken: string[] = [];
    for (const c of charts) {
      for (const width of WIDTHS) {
        const file = exportSvg(indicatorChart(c, {document: window.document, width}), {title: c.title, sourceLine: c.sourceLine, dateLine: lang === "zh" ? "数据年份：2020、2022、2025。" : "Data years: 2020, 2022, 2025."});
        const root = new window.DOMParser().parseFromString(file.markup, "image/svg+xml").documentElement;
        const runs: string[][] = [];
        // The picture's own lines: consecutive <text>s of one size make one wrapped text.
        let size = "";
        for (const t of [...root.children].filter((e) => e.localName === "text")) {
          if (t.getAttribute("font-size") !== size) runs.push([]);
          size = t.getAttribute("font-size")!;
          runs.at(-1)!.push(t.textContent ?? "");
        }
        for (const t of root.querySelectorAll("svg text")) {
          const spans = [...t.children].filter((e) => e.localName === "tspan");
          if (spans.length > 1) runs.push(spans.map((s) => s.textContent ?? ""));
        }
        for (const lines of runs) for (let i = 1; i < lines.length; i++) if (brokenBetween(lines[i - 1], lines[i], lang)) broken.push(`${c.id} ${width}px: ${lines[i - 1]} | ${lines[i]}`);
        // Nothing of the title or the source line is lost to the wrapping.
        expect(runs[0].join(lang === "zh" ? "" : " ")).toBe(c.title);
      }
    }
    expect(broken).toEqual([]);
  });
});
