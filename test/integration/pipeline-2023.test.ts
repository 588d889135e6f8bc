/**
 * Adding next year's summary is curation, not code: a synthetic "2023 summary"
 * (test/fixtures/summary-2023, clearly marked as not a real document) goes
 * through the real build and the page model with no code change, the statuses
 * move to 2023, and a new indicator shows in the chapter a curator put it in.
 */
import {execFileSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {JSDOM} from "jsdom";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {drawChart} from "../../src/charts/draw-chart.ts";
import {readPublished} from "../../src/prerender/read-published.ts";
import {explainerModel} from "../../src/model/explainer-model.ts";
import {pageData, type PageData} from "../../src/model/page-data.ts";
import type {StatusRow} from "../../src/schema/tables.ts";

const root = new URL("../..", import.meta.url).pathname;
const fixture = join(root, "test/fixtures/summary-2023");

/** data/ and content/ copied, with the fixture added as a curator would add next year's summary (and nothing else yet). */
export function addFixture(dir: string): {data: string; content: string} {
  const data = join(dir, "data");
  const content = join(dir, "content");
  cpSync(join(root, "data"), data, {recursive: true});
  cpSync(join(root, "content"), content, {recursive: true});
  const sources = JSON.parse(readFileSync(join(data, "sources.json"), "utf8"));
  writeFileSync(join(data, "sources.json"), JSON.stringify([...sources, JSON.parse(readFileSync(join(fixture, "source.json"), "utf8"))], null, 2));
  for (const file of ["sources/raw/summary-2023.txt", "observations/summary-2023.json", "exclusions/summary-2023.json", "catalogue/summary-2023.json", "translations/summary-2023.json"]) {
    cpSync(join(fixture, file), join(data, file));
  }
  // The edit in content/: the places added each year, now two years of them, as a line over the years
  // (a chart of another kind: content only).
  const places = JSON.parse(readFileSync(join(content, "chapters/places.json"), "utf8"));
  places.charts.push({id: "places-by-year", kind: "line", indicators: ["school-places-added"], zh: {title: "每年新增的中小学学位", subtitle: "每年新增学位的实际数字。"}, en: {title: "School places added each year", subtitle: "The places added in each year, as reported."}});
  writeFileSync(join(content, "chapters/places.json"), JSON.stringify(places, null, 2));
  return {data, content};
}

/** What the 2023 figures change in the prose: public-benefit coverage now meets its target. */
const REWRITES: Array<[string, string]> = [
  ["低于{year:target}年{target:public-kindergarten-coverage}的目标", "达到{year:target}年{target:public-kindergarten-coverage}的目标"],
  ["short of the {year:target} target of {target:public-kindergarten-coverage}", "meeting its {year:target} target of {target:public-kindergarten-coverage}"],
  ["；普惠性幼儿园覆盖率{actual:public-kindergarten-coverage}，目标是{target:public-kindergarten-coverage}", "，普惠性幼儿园覆盖率{actual:public-kindergarten-coverage}也达到目标"],
  ["; public-benefit kindergartens reached {actual:public-kindergarten-coverage}, against a target of {target:public-kindergarten-coverage}", ", and public-benefit kindergartens reached theirs at {actual:public-kindergarten-coverage}"],
  ["离{year:target}年{target:public-kindergarten-coverage}的目标还有距离。规划没有给出“十三五”末的覆盖率，无从判断这样的进度是快是慢，现在下结论为时尚早。", "已达到{target:public-kindergarten-coverage}的目标。"],
  ["still short of the {target:public-kindergarten-coverage} the plan wants by {year:target}. The plan gives no figure for the end of the Thirteenth Five-Year Plan, so there is no telling whether that pace is fast enough: it is too early to judge.", "meeting the plan's target of {target:public-kindergarten-coverage}."]
];

/**
 * The fixture added, then the prose edited as the build asks: every text written for a status
 * the new figures move is reread and rewritten (REWRITES), and the new indicator, a single
 * figure, is told in a sentence of the chapter of its domain.
 */
export function curateFixture(dir: string): {data: string; content: string} {
  const input = addFixture(dir);
  const files = ["explainer.json", "chapters/preschool.json", "stories/plan.json"].map((f) => join(input.content, f));
  for (const file of files) {
    let text = readFileSync(file, "utf8");
    for (const [from, to] of REWRITES) text = text.split(from).join(to);
    const json = JSON.parse(text);
    if (json.writtenFor?.["public-kindergarten-coverage"]) json.writtenFor["public-kindergarten-coverage"] = "met";
    writeFileSync(file, JSON.stringify(json, null, 2));
  }
  const chapterFile = join(input.content, "chapters/whole-person.json");
  const chapter = JSON.parse(readFileSync(chapterFile, "utf8"));
  chapter.zh.narrative.push("{year:actual}年，全市建成市级劳动教育实践基地{actual:labour-education-practice-bases}。");
  chapter.en.narrative.push("In {year:actual}, the city opened {actual.n:labour-education-practice-bases} municipal labour-education practice bases.");
  writeFileSync(chapterFile, JSON.stringify(chapter, null, 2));
  return input;
}

const buildData = (input: {data: string; content: string}, out: string) =>
  execFileSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/build-data.ts"), out, "--data", input.data, "--content", input.content], {cwd: root, stdio: "pipe"});

describe("a year of curation, no code: the 2023 fixture", () => {
  let dir: string;
  let out: string;
  let data: PageData;
  let status: Map<string, StatusRow>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bj-2023-"));
    const input = curateFixture(dir);
    out = join(dir, "out");
    buildData(input, out);
    data = pageData(readPublished(new URL(`file://${out}/`)));
    status = new Map(JSON.parse(readFileSync(join(out, "status.json"), "utf8")).map((s: StatusRow) => [s.target_id, s]));
  });

  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it("reads the years from the data: 2023 is the latest actual, 2021 still unreported", () => {
    expect(data.years).toMatchObject({baseline: 2020, actual: 2023, target: 2025, missing: [2021]});
  });

  it("judges each target by its latest actual: public-benefit coverage moves from no comparable data to met", () => {
    expect(status.get("plan-2021/public-kindergarten-coverage-2025")).toMatchObject({status: "met", actual_id: "summary-2023/public-kindergarten-coverage"});
    expect(status.get("plan-2021/preschool-enrolment-rate-2025")).toMatchObject({status: "met", actual_id: "summary-2023/preschool-enrolment-rate"});
  });

  it("paces five-year totals on every reported year: places (36,000 and 40,000) on track; schools (24 and 30), a part of what the target counts, below the pace and so no verdict", () => {
    expect(status.get("plan-2021/school-places-added-2021-2025")).toMatchObject({status: "on-track", needed_per_year: 32000, reported_per_year: 38000, reported_years: "2022 2023", unreported_years: "2021"});
    expect(status.get("plan-2021/schools-built-or-expanded-2021-2025")).toMatchObject({status: "not-comparable", status_reason: "part", counts: "part", needed_per_year: 30, reported_per_year: 27, reported_years: "2022 2023"});
  });

  it("keeps a one-year target on its own year's figure: 2022's pledge of 20,000 places is judged by 2022", () => {
    expect(status.get("summary-2022/school-places-added-target")).toMatchObject({status: "met", actual_id: "summary-2022/school-places-added"});
  });

  it("stops until the prose written for the statuses the new figures move has been reread", () => {
    const bare = addFixture(join(dir, "bare"));
    let message = "";
    try {
      buildData(bare, join(dir, "bare-out"));
    } catch (error) {
      message = String((error as {stderr?: Buffer}).stderr ?? error);
    }
    expect(message).toContain("content/chapters/preschool.json writtenFor: written for public-kindergarten-coverage being too-early, but it is now met");
  });

  it("tells the new indicator in the chapter a curator put it in, and names 2023 in the text", () => {
    for (const lang of ["zh", "en"] as const) {
      const model = explainerModel(data, lang);
      const chapter = model.chapters.find((c) => c.id === "whole-person")!;
      const figures = chapter.narrative.flat().flatMap((p) => (typeof p === "string" ? [] : [p.observation.observation_id]));
      expect(figures).toContain("summary-2023/labour-education-practice-bases");
      expect(model.dek).toContain("2023");
      const preschool = model.chapters.find((c) => c.id === "preschool")!.charts[0];
      expect(preschool.title).toContain(lang === "zh" ? "达到2025年90%的目标" : "meeting its 2025 target of 90%");
    }
  });

  it("draws a chart of another kind from content alone: places added each year as a line over 2022 and 2023", () => {
    const {document} = new JSDOM("<!doctype html><body></body>").window;
    for (const lang of ["zh", "en"] as const) {
      const chart = explainerModel(data, lang).chapters.flatMap((c) => c.charts).find((c) => c.id === "places-by-year")!;
      expect(chart.kind).toBe("line");
      expect(chart.rows[0].marks.filter((m) => m.series === "actual").map((m) => [m.id, m.year])).toEqual([["summary-2022/school-places-added", 2022], ["summary-2023/school-places-added", 2023]]);
      const svg = drawChart(chart, {document, width: 640});
      expect(svg.classList.contains("line-chart")).toBe(true);
      expect([...svg.querySelectorAll("a[data-observation]")].map((a) => a.getAttribute("data-observation"))).toEqual(expect.arrayContaining(["summary-2022/school-places-added", "summary-2023/school-places-added"]));
    }
  });

  it("publishes the fixture's rows with the same columns as every other row", () => {
    const csv = readFileSync(join(out, "observations.csv"), "utf8");
    expect(csv.split("\r\n").filter((line) => line.startsWith('"summary-2023/'))).toHaveLength(5);
  });
});
