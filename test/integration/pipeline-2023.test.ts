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
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {readPublished} from "../../tools/read-published.ts";
import {explainerModel} from "../../src/model/explainer-model.ts";
import {pageData, type PageData} from "../../src/model/page-data.ts";
import type {StatusRow} from "../../src/schema/tables.ts";

const root = new URL("../..", import.meta.url).pathname;
const fixture = join(root, "test/fixtures/summary-2023");

/** data/ and content/ copied, with the fixture added as a curator would add next year's summary. */
export function curateFixture(dir: string): {data: string; content: string} {
  const data = join(dir, "data");
  const content = join(dir, "content");
  cpSync(join(root, "data"), data, {recursive: true});
  cpSync(join(root, "content"), content, {recursive: true});
  const sources = JSON.parse(readFileSync(join(data, "sources.json"), "utf8"));
  writeFileSync(join(data, "sources.json"), JSON.stringify([...sources, JSON.parse(readFileSync(join(fixture, "source.json"), "utf8"))], null, 2));
  for (const file of ["sources/raw/summary-2023.txt", "observations/summary-2023.json", "exclusions/summary-2023.json", "catalogue/summary-2023.json"]) {
    cpSync(join(fixture, file), join(data, file));
  }
  // The one edit in content/: show the new indicator in a chapter of its own domain.
  const chapter = JSON.parse(readFileSync(join(content, "chapters/whole-person.json"), "utf8"));
  chapter.charts.push({id: "labour-bases", indicators: ["labour-education-practice-bases"], zh: {title: "市级劳动教育实践基地"}, en: {title: "Municipal labour-education practice bases"}});
  writeFileSync(join(content, "chapters/whole-person.json"), JSON.stringify(chapter, null, 2));
  return {data, content};
}

describe("a year of curation, no code: the 2023 fixture", () => {
  let dir: string;
  let out: string;
  let data: PageData;
  let status: Map<string, StatusRow>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bj-2023-"));
    const input = curateFixture(dir);
    out = join(dir, "out");
    execFileSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/build-data.ts"), out, "--data", input.data, "--content", input.content], {cwd: root, stdio: "pipe"});
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

  it("paces five-year totals on every reported year: places (36,000 and 40,000) on track, schools (24 and 30) behind", () => {
    expect(status.get("plan-2021/school-places-added-2021-2025")).toMatchObject({status: "on-track", needed_per_year: 32000, reported_per_year: 38000, reported_years: "2022 2023", unreported_years: "2021"});
    expect(status.get("plan-2021/schools-built-or-expanded-2021-2025")).toMatchObject({status: "behind", needed_per_year: 30, reported_per_year: 27, reported_years: "2022 2023"});
  });

  it("keeps a one-year target on its own year's figure: 2022's pledge of 20,000 places is judged by 2022", () => {
    expect(status.get("summary-2022/school-places-added-target")).toMatchObject({status: "met", actual_id: "summary-2022/school-places-added"});
  });

  it("shows the new indicator in the chapter a curator put it in, and names 2023 in the text", () => {
    for (const lang of ["zh", "en"] as const) {
      const model = explainerModel(data, lang);
      const chapter = model.chapters.find((c) => c.id === "whole-person")!;
      const chart = chapter.charts.find((c) => c.id === "labour-bases")!;
      expect(chart.rows.map((r) => r.key)).toEqual(["labour-education-practice-bases"]);
      expect(chart.table.map((r) => r.id)).toEqual(["summary-2023/labour-education-practice-bases"]);
      expect(model.dek).toContain("2023");
      expect(model.chapters.find((c) => c.id === "preschool")!.title).toBe(lang === "zh" ? "学前教育：入园率达标，普惠覆盖率达标" : "Preschool: enrolment target met; public-benefit coverage target met");
    }
  });

  it("publishes the fixture's rows with the same columns as every other row", () => {
    const csv = readFileSync(join(out, "observations.csv"), "utf8");
    expect(csv.split("\r\n").filter((line) => line.startsWith('"summary-2023/'))).toHaveLength(5);
  });
});
