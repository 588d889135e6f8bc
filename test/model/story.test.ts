import {describe, expect, it} from "vitest";
import {explainerModel} from "../../src/model/explainer-model.ts";
import {clampStep, presenterCommand, stepForKey} from "../../src/model/story-keys.ts";
import {findStory, storyModel, storyValues} from "../../src/model/story-model.ts";
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

describe("presenterCommand", () => {
  const at = (key: string, typed = "") => presenterCommand(key, {step: 3, total: 7, typed});

  it("steps with the presenter's keys, Space and → always forward", () => {
    expect([at(" "), at("ArrowRight"), at("PageDown"), at("ArrowLeft"), at("PageUp"), at("Home"), at("End")]).toEqual(
      [4, 4, 4, 2, 2, 1, 7].map((step) => ({do: "go", step}))
    );
  });

  it("blanks with B or . (clickers send either), in either case", () => {
    expect([at("b"), at("B"), at(".")]).toEqual([{do: "blank"}, {do: "blank"}, {do: "blank"}]);
  });

  it("has F for full screen, S for the speaker view, O or G for the overview, Escape to close", () => {
    expect([at("f"), at("S"), at("o"), at("g"), at("Escape")]).toEqual([{do: "fullscreen"}, {do: "speaker"}, {do: "overview"}, {do: "overview"}, {do: "close"}]);
  });

  it("jumps to a typed number on Enter, kept within the story", () => {
    expect(at("1")).toEqual({do: "type", typed: "1"});
    expect(at("2", "1")).toEqual({do: "type", typed: "12"});
    expect(at("Enter", "5")).toEqual({do: "go", step: 5});
    expect(at("Enter", "12")).toEqual({do: "go", step: 7});
    expect(at("0")).toEqual({do: "type", typed: ""});
    expect(at("7", "1234")).toEqual({do: "type", typed: "347"});
  });

  it("leaves other keys alone, Enter with nothing typed included", () => {
    expect([at("Enter"), at("a"), at("Tab"), at("ArrowDown")]).toEqual([null, null, null, null]);
  });
});

describe("the plan story", () => {
  const {data} = realData();
  const story = findStory(data, "plan")!;
  const model = (lang: "zh" | "en") => storyModel(story, explainerModel(data, lang), data);
  const text = (pieces: ReturnType<typeof model>["steps"][number]["caption"]) => pieces.map((p) => (typeof p === "string" ? p : p.text)).join("");

  it("has a title, caption and notes for every step, in both languages", () => {
    expect(data.content.stories.map((s) => s.id)).toEqual(["plan"]);
    expect(data.content.explainer.stories).toEqual(["plan"]);
    expect(findStory(data, "nope")).toBeUndefined();
    for (const lang of ["zh", "en"] as const) {
      expect(story[lang].steps).toHaveLength(story.steps.length);
      for (const step of story[lang].steps) for (const text of [step.title, step.caption, step.notes]) expect(text).toBeTruthy();
    }
  });

  it("opens with the bottom line: how many targets can be judged, and how they stand, from the data", () => {
    const values = storyValues(explainerModel(data, "en"));
    expect(values.count).toBe(Number(values.judged) + Number(values.unjudged));
    const [first] = model("en").steps;
    expect(first.title).toBe(`Only ${values.judged} of ${values.count} targets have a 2022 figure to check`);
    expect(text(first.caption)).toContain(String(values.breakdown));
    expect(model("zh").steps[0].title).toBe(`${values.count}项目标中，只有${values.judged}项有2022年的数字可以核对`);
  });

  it("prints the news in one sentence on the handout's cover, the same in both languages", () => {
    const values = storyValues(explainerModel(data, "en"));
    const en = text(model("en").cover.bottomLine!);
    const zh = text(model("zh").cover.bottomLine!);
    expect(en).toBe(`Of the plan's ${values.count} main targets and five-year totals, only ${values.judged} can be checked against 2022 figures: ${values.breakdown}.`);
    expect(zh).toContain(`规划的${values.count}项主要目标和五年累计目标中，只有${values.judged}项能用2022年的数字核对：`);
    expect(`${zh.match(/[。]/g)?.length} ${en.match(/\. |\.$/g)?.length}`).toBe("1 1");
  });

  it("says what the opening chart draws when it draws fewer rows than its caption counts", () => {
    const values = storyValues(explainerModel(data, "en"));
    for (const lang of ["zh", "en"] as const) {
      const [first] = model(lang).steps;
      expect(first.chart!.rows.length).toBeLessThan(Number(values.judged));
      expect(text(first.caption)).toMatch(lang === "zh" ? /图中是其中以百分比计的几项.*新增学位是数量，另有一页/ : /The chart shows those measured in per cent.*school places, a count, have a slide of their own/);
    }
  });

  it("names on a slide's source line the plan whose target its caption states, beside the report whose figure it draws", () => {
    for (const lang of ["zh", "en"] as const) {
      const schools = model(lang).steps.find((s) => s.chart!.rows.some((r) => r.key === "schools-built-or-expanded"))!;
      expect(schools.chart!.sourceLine).toMatch(lang === "zh" ? /工作总结.*“十四五”时期教育改革和发展规划/ : /Work Summary.*Plan/i);
    }
  });

  it("closes on the targets with no figure and on school building counted only in part", () => {
    const values = storyValues(explainerModel(data, "en"));
    expect(values.noFigure).toBe(11);
    const en = model("en").steps.at(-1)!;
    expect(en.title).toBe("What is not known: 11 targets with no figure, and school building counted only in part");
    expect(text(en.caption)).toMatch(/^The documents tracked here give no figure for 11 targets\..*leaves out the schools taken over/);
    const zh = model("zh").steps.at(-1)!;
    expect(zh.title).toBe("尚不清楚的：11项目标没有数字，学校建设只报告了一部分");
    expect(text(zh.caption)).toMatch(/^本站收录的文件中，有11项目标没有数字。.*没有计入目标也算在内的接收的居住区配套学校/);
  });

  it("closes on what is not known and what to ask for", () => {
    for (const lang of ["zh", "en"] as const) {
      const last = model(lang).steps.at(-1)!;
      expect(last.title).toMatch(lang === "zh" ? /尚不清楚/ : /What is not known/);
      expect(text(last.caption)).toMatch(lang === "zh" ? /需要索取/ : /To ask for/);
    }
  });

  it("puts no district target on a city row, and draws two rows or fewer except the opening", () => {
    for (const step of model("en").steps) {
      const chart = step.chart!;
      expect(chart.rows.flatMap((r) => r.marks.map((m) => m.series)), step.title).not.toContain("district");
      if (step.number > 1) expect(chart.rows.length, step.title).toBeLessThanOrEqual(2);
    }
  });

  it("keeps every verdict's caveat on the slide that shows it: school building says its count leaves out schools taken over", () => {
    const en = model("en").steps.find((s) => s.chart!.rows.some((r) => r.key === "schools-built-or-expanded"))!;
    expect(en.chart!.rows[0].status).toBeDefined();
    expect(`${en.title} ${text(en.caption)}`).toMatch(/taken over/);
    const zh = model("zh").steps.find((s) => s.chart!.rows.some((r) => r.key === "schools-built-or-expanded"))!;
    expect(`${zh.title}${text(zh.caption)}`).toMatch(/接收/);
  });

  it("draws rows of one unit on one scale, and keeps a row's scale from step to step", () => {
    const steps = model("en").steps;
    for (const step of steps) {
      const byUnit = new Map<string, string>();
      for (const row of step.chart!.rows) {
        const domain = JSON.stringify(row.domain);
        expect(byUnit.get(row.unit) ?? domain, `${step.title}: ${row.key}`).toBe(domain);
        byUnit.set(row.unit, domain);
      }
    }
    const domainOf = (step: number, key: string) => steps[step].chart!.rows.find((r) => r.key === key)?.domain;
    expect(domainOf(1, "nearby-enrolment-rate")).toEqual(domainOf(0, "nearby-enrolment-rate"));
  });

  it("fills every slot from the data; notes are paragraphs to speak from", () => {
    for (const lang of ["zh", "en"] as const) {
      for (const step of model(lang).steps) {
        expect(text(step.caption), step.title).not.toMatch(/[{}]/);
        expect(step.title + step.notes).not.toMatch(/[{}]/);
        expect(step.notes.split("\n").length, step.title).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("calls out the figures a caption names only when they are some of those drawn", () => {
    const steps = model("zh").steps;
    const called = (n: number) => steps[n].chart!.rows.flatMap((r) => r.marks.filter((m) => m.highlight).map((m) => m.id)).sort();
    // Step 2 names both actuals and the preschool target, not the near-home baseline or target.
    expect(called(1)).toEqual(["plan-2021/preschool-enrolment-rate-2025", "summary-2022/nearby-enrolment-rate", "summary-2022/preschool-enrolment-rate"]);
    // School places names every figure it draws: nothing is singled out.
    expect(called(3)).toEqual([]);
  });

  it("shows a status only on a step that reveals what it is judged on (an actual or a pace), even where there is none", () => {
    for (const [i, step] of model("en").steps.entries()) {
      const judged = story.steps[i].reveal.some((s) => s === "actual" || s === "pace");
      for (const row of step.chart!.rows) expect(row.status !== undefined, `${step.title}: ${row.key}`).toBe(judged);
    }
  });

  it("names no address on the handout's cover unless the site has one", () => {
    expect(model("en").cover.url).toBeNull();
    const site = {url: "https://edu.example.cn/bj/", contact: null};
    const hosted = storyModel(story, explainerModel(data, "en"), {...data, content: {...data.content, site}});
    expect(hosted.cover.url).toBe("https://edu.example.cn/bj/?story=plan&step=1&lang=en");
  });
});
