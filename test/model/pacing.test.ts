import {describe, expect, it} from "vitest";
import {formatDuration, pacing, parseMinutes, pauseTimer, readTimer, resumeTimer, startTimer, timerElapsed} from "../../src/model/pacing.ts";

const MIN = 60_000;

describe("the speaker's timer", () => {
  it("counts while running, holds while paused, and goes on from there", () => {
    let timer = startTimer(1000);
    expect(timerElapsed(timer, 61_000)).toBe(60_000);
    timer = pauseTimer(timer, 61_000);
    expect(timerElapsed(timer, 500_000)).toBe(60_000);
    expect(pauseTimer(timer, 900_000)).toBe(timer);
    timer = resumeTimer(timer, 500_000);
    expect(timerElapsed(timer, 530_000)).toBe(90_000);
    expect(resumeTimer(timer, 600_000)).toBe(timer);
  });

  it("reads back only a timer it wrote", () => {
    expect(readTimer(JSON.stringify({since: 5, before: 10}))).toEqual({since: 5, before: 10});
    expect(readTimer(JSON.stringify({since: null, before: 10}))).toEqual({since: null, before: 10});
    for (const text of [null, "", "{", "[]", "null", '{"since":"5","before":1}', '{"since":5,"before":-1}', '{"since":5}']) expect(readTimer(text), String(text)).toBeNull();
  });
});

describe("pacing against a target duration", () => {
  // 15 minutes over 6 steps: 2.5 minutes a step.
  const at = (minutes: number, step: number) => pacing({elapsedMs: minutes * MIN, targetMs: 15 * MIN, step, total: 6});

  it("is on pace while the time is within the current step's share", () => {
    expect(at(0, 1)).toMatchObject({state: "on-pace", deltaMs: 0, expectedStep: 1, remainingMs: 15 * MIN});
    expect(at(6, 3)).toMatchObject({state: "on-pace", deltaMs: 0, expectedStep: 3});
  });

  it("is behind by the time past the step's share, ahead by the time before it", () => {
    expect(at(7, 2)).toMatchObject({state: "behind", deltaMs: 2 * MIN, expectedStep: 3});
    expect(at(1, 3)).toMatchObject({state: "ahead", deltaMs: -4 * MIN, expectedStep: 1});
  });

  it("is over once the target has passed before the last step, and on pace on the last step within it", () => {
    expect(at(16, 5)).toMatchObject({state: "over", remainingMs: -MIN, expectedStep: 6});
    expect(at(14, 6)).toMatchObject({state: "on-pace"});
  });
});

describe("durations", () => {
  it.each([[0, "0:00"], [59_999, "0:59"], [61_000, "1:01"], [3_725_000, "1:02:05"], [-90_000, "−1:30"], [-5, "0:00"]])("%d ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it("reads a target typed in minutes", () => {
    expect([parseMinutes("15"), parseMinutes(" 12.5 "), parseMinutes("7,5")]).toEqual([15 * MIN, 12.5 * MIN, 7.5 * MIN]);
    for (const text of ["", "0", "-3", "abc", "1e9", "0.5"]) expect(parseMinutes(text), text).toBeNull();
  });
});
