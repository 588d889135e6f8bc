import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {markLanguages} from "../../src/charts/mark-languages.ts";

const svgOf = (markup: string) => new JSDOM(`<!doctype html><body><svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`).window.document.querySelector("svg")!;

describe("markLanguages", () => {
  it("marks the Chinese in an English chart's text, keeping every character and line", () => {
    const svg = svgOf(`<text>Coverage of school groups (集团化办学)</text><text><tspan>2022 target</tspan><tspan>99%以上</tspan></text>`);
    markLanguages(svg, "en");
    expect([...svg.querySelectorAll("tspan[lang='zh-CN']")].map((t) => t.textContent)).toEqual(["集团化办学", "99%以上"]);
    expect([...svg.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["Coverage of school groups (集团化办学)", "2022 target99%以上"]);
  });

  it("leaves a Chinese chart, and text outside <text>, alone", () => {
    const svg = svgOf(`<desc>说明</desc><text>适龄儿童入园率</text>`);
    markLanguages(svg, "zh");
    markLanguages(svg, "en");
    expect(svg.querySelectorAll("[lang]").length).toBe(1);
    expect(svg.querySelector("desc")!.innerHTML).toBe("说明");
  });
});
