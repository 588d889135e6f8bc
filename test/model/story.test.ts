import {describe, expect, it} from "vitest";
import {explainerModel} from "../../src/model/explainer-model.ts";
import {clampStep, stepForKey} from "../../src/model/story-keys.ts";
import {findStory, storyModel} from "../../src/model/story-model.ts";
import {realData} from "../real-data.ts";

describe("stepForKey", () => {
  it.each([
    ["ArrowRight", 2, 3], ["PageDown", 2, 3], [" ", 2, 3], ["ArrowLeft", 2, 1], ["PageUp", 2, 1],
    ["Home", 4, 1], ["End", 2, 6], ["ArrowRight", 6, 6], ["PageUp", 1, 1], ["a", 2, null], ["Enter", 2, null]
  ] as const)("%j on step %d of 6 goes to %s", (key, step, expected) => {
    expect(stepForKey(key, step, 6)).toBe(expected);
  });

  it("keeps a step from the URL within the story", () => {
    expect([clampStep(0, 6), clampStep(4, 6), clampStep(99, 6), clampStep(NaN, 6)]).toEqual([1, 4, 6, 1]);
  });
});

describe("the plan story", () => {
  const {data} = realData();
  const story = findStory(data, "plan")!;

  it("has a caption and speaker notes for every step, in both languages", () => {
    expect(data.content.stories.map((s) => s.id)).toEqual(["plan"]);
    expect(data.content.explainer.stories).toEqual(["plan"]);
    expect(findStory(data, "nope")).toBeUndefined();
    for (const lang of ["zh", "en"] as const) {
      expect(story[lang].steps).toHaveLength(story.steps.length);
      for (const step of story[lang].steps) for (const text of [step.title, step.caption, step.notes]) expect(text).toBeTruthy();
    }
  });

  it("reveals baseline, then targets, then actuals, and never a district's figure on the city's rows", () => {
    expect(story.steps.slice(0, 3).map((s) => s.reveal)).toEqual([["baseline"], ["baseline", "target"], ["baseline", "target", "actual"]]);
    const model = storyModel(story, explainerModel(data, "zh"), data);
    const series = model.steps.map((s) => [...new Set(s.chart.rows.flatMap((r) => r.marks.map((m) => m.series)))].sort());
    expect(series[0]).toEqual(["baseline"]);
    expect(series[1]).toEqual(["baseline", "target"]);
    expect(series[2]).toEqual(["actual", "baseline", "target"]);
    for (const s of series) expect(s).not.toContain("district");
  });

  it("shows no status before the step that reveals what it is judged on, and keeps each row's scale from step to step", () => {
    const model = storyModel(story, explainerModel(data, "en"), data);
    const [baseline, targets, actuals] = model.steps;
    for (const step of [baseline, targets]) for (const row of step.chart.rows) expect([row.status, row.note]).toEqual([undefined, ""]);
    expect(actuals.chart.rows.map((r) => r.status)).toEqual(["met", "no-figure"]);
    // The same rows on the same scales: only marks enter.
    expect(targets.chart.rows.map((r) => r.domain)).toEqual(baseline.chart.rows.map((r) => r.domain));
    expect(actuals.chart.rows.map((r) => r.domain)).toEqual(baseline.chart.rows.map((r) => r.domain));
  });

  it("draws on each slide only the rows it names, two at most, so a room can read them", () => {
    const model = storyModel(story, explainerModel(data, "en"), data);
    expect(model.steps[0].chart.rows.map((r) => r.key)).toEqual(["nearby-enrolment-rate", "education-share-of-public-spending"]);
    for (const step of model.steps) expect(step.chart.rows.length, step.title).toBeLessThanOrEqual(2);
  });

  it("fills every figure in its captions from the data", () => {
    for (const lang of ["zh", "en"] as const) {
      const model = storyModel(story, explainerModel(data, lang), data);
      for (const step of model.steps) {
        const text = step.caption.map((p) => (typeof p === "string" ? p : p.text)).join("");
        expect(text, step.title).not.toMatch(/[{}]/);
        expect(step.notes).not.toMatch(/[{}]/);
        expect(step.caption.some((p) => typeof p !== "string"), step.title).toBe(true);
      }
      expect(model.steps[3].caption.map((p) => (typeof p === "string" ? p : p.text)).join("")).toContain(lang === "zh" ? "入园率90%" : "enrolment of 90%");
    }
  });

  it("rings the figures the caption talks about", () => {
    const model = storyModel(story, explainerModel(data, "zh"), data);
    const step = model.steps.findIndex((s) => s.chart.rows.some((r) => r.key === "school-places-added"));
    const ringed = model.steps[step].chart.rows.flatMap((r) => r.marks.filter((m) => m.highlight).map((m) => m.id));
    expect(ringed.sort()).toEqual(["plan-2021/school-places-added-2021-2025", "summary-2022/school-places-added", "summary-2022/school-places-added-target"].sort());
  });
});
