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

  it("names a comparison of a place scopes.json does not have, and one missing in a language", () => {
    const copy: Content = structuredClone(content);
    copy.explainer.comparisons.zh.scopes.xicheng = {title: "西城", body: "西城区。"};
    expect(check(copy)).toEqual([
      'content/explainer.json comparisons: scopes.xicheng: "xicheng" is not a place in data/scopes.json (beijing, dongcheng); add the place\'s record there, or fix the id',
      "content/explainer.json comparisons: scopes.xicheng: no en text; every language compares the same places"
    ]);
  });

  it("names an unknown slot and a verdict the file does not declare", () => {
    expect(check(withChapter((c) => (c.zh.title = "{forecast:school-places-added}")))).toEqual(['content/chapters/places.json: unknown slot {forecast:school-places-added} in "{forecast:school-places-added}"']);
    expect(check(withChapter((c) => (c.zh.title = "{verdict:nowhere}")))).toEqual(['content/chapters/places.json: no verdict "nowhere" in the file\'s verdicts in "{verdict:nowhere}"']);
  });

  it("asks a verdict for wording for every status, or `other`", () => {
    const errors = check(withChapter((c) => {
      c.verdicts = {places: {status: "school-places-added-five-year", zh: {other: "…"}, en: {"on-track": "ahead", behind: "behind"}}};
    }));
    expect(errors).toEqual(["content/chapters/places.json verdict places: en has no wording for met, moving-away, too-early, not-comparable, no-figure; add them or \"other\""]);
  });

  it("asks the tracker for a sentence for every target, own sentences for targets that exist, and values the page fills", () => {
    const tracker = (change: (t: Content["tracker"]["en"]) => void) => {
      const copy: Content = structuredClone(content);
      change(copy.tracker.en);
      return check(copy);
    };
    expect(tracker((t) => delete t.sentences["too-early"])).toEqual([
      'content/tracker.json (en) sentences: no sentence for target plan-2021/public-kindergarten-coverage-2025: add one of too-early/no-baseline/same, too-early/no-baseline/beijing, too-early/no-baseline, too-early, or the target\'s own under "rows"'
    ]);
    expect(tracker((t) => (t.rows = {"plan-2021/no-such-target": "x"}))).toEqual(["content/tracker.json (en) rows: no target plan-2021/no-such-target"]);
    expect(tracker((t) => (t.sentences.met = "{forecast} by {latestYear}"))).toEqual([
      "content/tracker.json (en) sentence met: {forecast} is not a value the page fills here (one of name, latest, latestN, latestYear, target, targetYear, baseline, baselineYear, gap, needed, reported, reportedYears, missing, otherName)"
    ]);
    expect(tracker((t) => (t.lead.some = "{checkable} of {total} by {baseline:school-places-added}"))).toEqual(['content/tracker.json: indicator school-places-added has no baseline figure in "{checkable} of {total} by {baseline:school-places-added}"']);
  });

  it("asks every chart for a title in each language, and for indicators that exist", () => {
    expect(check(withChapter((c) => (c.charts[0].en.title = "")))).toEqual(["content/chapters/places.json chart school-places: no en title: say what the chart shows"]);
    expect(check(withChapter((c) => c.charts[0].indicators.push("no-such-indicator")))).toEqual(["content/chapters/places.json chart school-places: unknown indicators no-such-indicator"]);
  });

  it("knows the kinds of chart, and draws a line over the years in one unit and one basis only", () => {
    expect(check(withChapter((c) => (c.charts[0].kind = "pie" as never)))).toEqual(['content/chapters/places.json chart school-places: kind "pie" is not one of rows, line']);
    expect(check(withChapter((c) => (c.charts[0].kind = "line")))).toEqual([]);
    const mixed = check(withChapter((c) => c.charts.push({id: "mixed", kind: "line", indicators: ["school-places-added", "schools-built-or-expanded"], zh: {title: "x", subtitle: "x"}, en: {title: "x", subtitle: "x"}})));
    expect(mixed).toEqual(["content/chapters/places.json chart mixed: a line chart draws one unit and one basis on one axis, not 个 flow and 所 flow"]);
  });

  it("keeps a chart only where every row sets two or more comparable figures of one indicator and one place", () => {
    // The target of smart-campus coverage alone; Dongcheng's target is not a figure of the city's row.
    expect(check(withChapter((c) => c.charts[0].indicators.push("smart-campus-coverage")))).toEqual([
      "content/chapters/places.json chart school-places: row smart-campus-coverage sets only its target on its scale; a chart needs two or more comparable figures of one indicator and one place (make it a sentence or a row of the tracker)"
    ]);
    expect(check(withChapter((c) => (c.charts[0].indicators = ["school-places-added", "school-group-coverage"])))).toEqual([
      "content/chapters/places.json chart school-places: row school-group-coverage sets only its actual on its scale; a chart needs two or more comparable figures of one indicator and one place (make it a sentence or a row of the tracker)"
    ]);
  });

  it("asks every chart for a subtitle, and a story never to reveal a district's figure on the city's rows", () => {
    expect(check(withChapter((c) => (c.charts[0].zh.subtitle = "")))).toEqual(["content/chapters/places.json chart school-places: no zh subtitle: say in one sentence what the chart draws"]);
    const copy: Content = structuredClone(content);
    copy.stories[0].steps[0].reveal.push("district");
    expect(checkContent(copy, tables!).map(formatError)).toEqual([`content/stories/plan.json step ${copy.stories[0].steps[0].id}: reveals a district's figure on the city's rows: a district's target counts another place; say it in the caption`]);
  });

  it("stops when a status a text was written for has moved, and when a text names a target's figures without saying which status it was written for", () => {
    expect(check(withChapter((c) => (c.writtenFor = {...c.writtenFor, "school-places-added-five-year": "behind"})))).toEqual([
      "content/chapters/places.json writtenFor: written for school-places-added-five-year being behind, but it is now on-track: reread the text, rewrite what is no longer true, then set school-places-added-five-year to on-track"
    ]);
    expect(check(withChapter((c) => (c.writtenFor = {"schools-built-or-expanded-five-year": "not-comparable"})))).toEqual([
      'content/chapters/places.json writtenFor: the text names school-places-added-five-year\'s figures in words written for today\'s data: add "school-places-added-five-year": "on-track"'
    ]);
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
    expect(check(withChapter((c) => c.charts[0].indicators.push("preschool-enrolment-rate")))).toEqual([]);
  });
});
