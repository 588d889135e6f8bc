import {describe, expect, it} from "vitest";
import {buildDataset} from "../../../src/build/build-dataset.ts";
import {checkContent} from "../../../src/build/content/check-content.ts";
import {readContent} from "../../../src/build/content/read-content.ts";
import {formatError} from "../../../src/build/extract/dataset-error.ts";
import {readCuration} from "../../../src/build/read-curation.ts";
import type {Content} from "../../../src/schema/content.ts";

const root = new URL("../../../", import.meta.url).pathname;
const content = readContent(`${root}content`);
const {tables} = buildDataset(readCuration(`${root}data`), content);

/** The real content with one chapter changed. */
function withChapter(change: (chapter: Content["chapters"][number]) => void): Content {
  const copy: Content = structuredClone(content);
  change(copy.chapters.find((c) => c.id === "places")!);
  return copy;
}

const check = (c: Content) => checkContent(c, tables!).map(formatError);

describe("checkContent", () => {
  it("passes the real content against the real data", () => {
    expect(check(content)).toEqual([]);
  });

  it("names a slot whose indicator has no such figure, or no status, or no pace", () => {
    const errors = check(withChapter((c) => {
      c.en.narrative.push("{baseline:school-places-added} {status:school-group-coverage} {pace:school-places-added}");
    }));
    expect(errors).toEqual([
      'content/chapters/places.json: indicator school-places-added has no baseline figure in "{baseline:school-places-added} {status:school-group-coverage"',
      'content/chapters/places.json: indicator school-group-coverage has no target, so no status in "{baseline:school-places-added} {status:school-group-coverage"',
      'content/chapters/places.json: indicator school-places-added is not judged as a pace in "{baseline:school-places-added} {status:school-group-coverage"'
    ]);
  });

  it("names an unknown slot and a verdict the file does not declare", () => {
    expect(check(withChapter((c) => (c.zh.title = "{forecast:school-places-added}")))).toEqual(['content/chapters/places.json: unknown slot {forecast:school-places-added} in "{forecast:school-places-added}"']);
    expect(check(withChapter((c) => (c.zh.title = "{verdict:nowhere}")))).toEqual(['content/chapters/places.json: no verdict "nowhere" in the file\'s verdicts in "{verdict:nowhere}"']);
  });

  it("asks a verdict for wording for every status, or `other`", () => {
    const errors = check(withChapter((c) => {
      c.verdicts!.places.en = {"on-track": "ahead", behind: "behind"};
    }));
    expect(errors).toEqual(["content/chapters/places.json verdict places: en has no wording for met, moving-away, no-data; add them or \"other\""]);
  });

  it("asks every chart for a title in each language, and for indicators that exist", () => {
    expect(check(withChapter((c) => (c.charts[0].en.title = "")))).toEqual(["content/chapters/places.json chart school-places: no en title: say what the chart shows"]);
    expect(check(withChapter((c) => c.charts[0].indicators.push("no-such-indicator")))).toEqual(["content/chapters/places.json chart school-places: unknown indicators no-such-indicator"]);
  });

  it("knows the kinds of chart, and draws a line over the years in one unit and one basis only", () => {
    expect(check(withChapter((c) => (c.charts[0].kind = "pie" as never)))).toEqual(['content/chapters/places.json chart school-places: kind "pie" is not one of rows, line']);
    expect(check(withChapter((c) => (c.charts[0].kind = "line")))).toEqual([]);
    const mixed = check(withChapter((c) => c.charts.push({id: "mixed", kind: "line", indicators: ["school-places-added", "schools-built-or-expanded"], zh: {title: "x"}, en: {title: "x"}})));
    expect(mixed).toEqual(["content/chapters/places.json chart mixed: a line chart draws one unit and one basis on one axis, not 个 flow and 所 flow"]);
  });

  it("asks for a rewording of a sentence about unreported years once every year is reported", () => {
    // A 2021 actual: now no year of the plan before 2022 is missing.
    const actual2022 = tables!.observations.find((o) => o.series === "actual" && o.scope === "beijing" && o.year === 2022)!;
    const all = {...tables!, observations: [...tables!.observations, {...actual2022, observation_id: "x/2021", year: 2021}]};
    const errors = checkContent(content, all).map(formatError);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/\{year:missing\} is empty: the documents now report every year of the plan up to the latest; reword this text/);
    expect(errors.some((e) => e.startsWith("content/chapters/places.json"))).toBe(true);
  });

  it("lets a chart hold figures of different units or bases, since each row is drawn on a scale of its own", () => {
    expect(check(withChapter((c) => c.charts[0].indicators.push("winter-sports-visits")))).toEqual([]);
  });
});
