import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {exportSvg, LIGHT_PALETTE} from "../../src/charts/export-svg.ts";
import {indicatorChart} from "../../src/charts/indicator-chart.ts";
import {explainerModel} from "../../src/model/explainer-model.ts";
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
    const texts = [...root.children].filter((e) => e.localName === "text").map((e) => e.textContent).join(" ");
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
