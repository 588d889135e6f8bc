import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {EXPORT_WIDTH, exportChart} from "../../src/charts/export-chart.ts";
import {LIGHT_PALETTE} from "../../src/charts/export-svg.ts";
import {textWidth} from "../../src/charts/wrap-text.ts";
import {messagesFor} from "../../src/i18n/messages.ts";
import {explainerModel} from "../../src/model/explainer-model.ts";
import {exportLines} from "../../src/model/export-lines.ts";
import {realData} from "../real-data.ts";

const {window} = new JSDOM("<!doctype html><body></body>");
const charts = (lang: "zh" | "en") => {
  const model = explainerModel(realData().data, lang);
  return [model.scoreboard.chart, ...model.chapters.flatMap((c) => c.charts)];
};
const parse = (markup: string) => new window.DOMParser().parseFromString(markup, "image/svg+xml").documentElement;
const textOf = (root: Element) => [...root.children].filter((e) => e.localName === "text").map((e) => e.textContent ?? "");

describe("exportChart", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`draws every chart at one width with its title, subtitle, legend, unit and source line, wrapped inside it (${lang})`, () => {
      for (const chart of charts(lang)) {
        const lines = exportLines(chart, lang, messagesFor(lang));
        const file = exportChart(chart, {...lines, address: `https://news.example.net/bj/#chart-${chart.id}`, document: window.document});
        const root = parse(file.markup);
        expect([file.width, Number(root.getAttribute("width")), root.getAttribute("viewBox")], chart.id).toEqual([EXPORT_WIDTH, EXPORT_WIDTH, `0 0 ${EXPORT_WIDTH} ${file.height}`]);
        const text = textOf(root);
        const joined = text.join("");
        // Wrapped lines, read together, say all of it (CJK lines break between characters, Latin at spaces).
        const plain = (s: string) => s.replace(/\s+/g, "");
        for (const part of [chart.title, chart.subtitle, chart.sourceLine, lines.dateLine, lines.unitLine, ...chart.legend.map((l) => l.label)]) expect(plain(joined), `${chart.id}: ${part}`).toContain(plain(part));
        for (const el of [...root.children].filter((e) => e.localName === "text")) {
          const size = Number(el.getAttribute("font-size"));
          expect(textWidth(el.textContent ?? "", size, {bold: size >= 20}), `${chart.id}: "${el.textContent}"`).toBeLessThanOrEqual(EXPORT_WIDTH - 2 * 24 + 1);
        }
        expect(root.querySelector("title")!.textContent).toBe(chart.title);
        expect(root.querySelectorAll("a")).toHaveLength(0);
      }
    });
  }

  it("gives the pace mark and the legend's keys their series colours, as on the page", () => {
    const chart = charts("en").find((c) => c.legend.some((l) => l.series === "pace"))!;
    const root = parse(exportChart(chart, {dateLine: "", document: window.document}).markup);
    const paced = [...root.querySelectorAll(".series-pace")];
    expect(paced.length).toBeGreaterThan(0);
    for (const el of paced) expect(el.getAttribute("style")).toBe(`color: ${LIGHT_PALETTE["series-pace"]}`);
    expect(root.querySelector(`g[color="${LIGHT_PALETTE["series-pace"]}"]`), "the pace key").not.toBeNull();
  });

  it("says the unit once, unless the subtitle does, or each row's when they differ", () => {
    const m = messagesFor("en");
    const chart = charts("en")[0];
    const one = m.chart.subtitleUnit.replace("{unit}", m.chart.perCent);
    expect(exportLines(chart, "en", m).unitLine).toBe(chart.subtitle.includes(one) ? "" : one);
    const mixed = {...chart, subtitle: "", rows: [{...chart.rows[0], label: "Schools", unit: "所"}, {...chart.rows[0], label: "Rate", unit: "%"}]};
    expect(exportLines(mixed, "en", m).unitLine).toBe("Units: Schools (schools); Rate (per cent).");
    expect(exportLines({...mixed, lang: "zh"}, "zh", messagesFor("zh")).unitLine).toBe("单位：Schools（所）；Rate（%）。");
  });
});
