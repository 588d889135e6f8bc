import {describe, expect, it} from "vitest";
import {blankMessage, helloMessage, isHello, isLeave, leaveMessage, readBlankMessage, readStepMessage, stepMessage} from "../../src/model/presenter-message.ts";
import {formatElapsed} from "../../src/app/presenter-clock.ts";

describe("the presenter's step message", () => {
  it("reads a step of this story within its steps", () => {
    expect(readStepMessage(stepMessage("plan", 3), "plan", 6)).toBe(3);
    expect(readStepMessage({type: "step", story: "plan", step: 6}, "plan", 6)).toBe(6);
  });

  it("ignores another story, a step outside the story, and anything malformed", () => {
    for (const message of [
      {type: "step", story: "other", step: 2}, {type: "step", story: "plan", step: 99}, {type: "step", story: "plan", step: 0},
      {type: "step", story: "plan", step: 2.5}, {type: "step", story: "plan", step: "2"}, {type: "goto", story: "plan", step: 2},
      null, "step", 2, [], {story: "plan", step: 2}, {type: "step", story: "plan", step: Number.NaN}
    ]) expect(readStepMessage(message, "plan", 6), JSON.stringify(message)).toBeNull();
    expect(readStepMessage(stepMessage("plan", 1), null, 6)).toBeNull();
  });
});

describe("the hello of a window that opens or reloads", () => {
  it("is recognised for its story only", () => {
    expect(isHello(helloMessage("plan"), "plan")).toBe(true);
    for (const message of [helloMessage("other"), {type: "hello"}, stepMessage("plan", 2), null, "hello", []]) expect(isHello(message, "plan"), JSON.stringify(message)).toBe(false);
    expect(isHello(helloMessage("plan"), null)).toBe(false);
  });
});

describe("blanking the room and leaving", () => {
  it("are read for this presentation only, and only in their shape", () => {
    expect([readBlankMessage(blankMessage("plan", true), "plan"), readBlankMessage(blankMessage("plan", false), "plan")]).toEqual([true, false]);
    for (const message of [blankMessage("other", true), {type: "blank", story: "plan", blank: "yes"}, {type: "blank", story: "plan"}, stepMessage("plan", 2), null, "blank", []]) {
      expect(readBlankMessage(message, "plan"), JSON.stringify(message)).toBeNull();
    }
    expect(isLeave(leaveMessage("deck-abc"), "deck-abc")).toBe(true);
    for (const message of [leaveMessage("other"), {type: "leave"}, helloMessage("plan"), null, "leave"]) expect(isLeave(message, "plan"), JSON.stringify(message)).toBe(false);
    expect(isLeave(leaveMessage("plan"), null)).toBe(false);
  });
});

describe("formatElapsed", () => {
  it.each([[0, "0:00"], [59_999, "0:59"], [61_000, "1:01"], [3_600_000, "1:00:00"], [3_725_000, "1:02:05"], [-5, "0:00"]])("%d ms reads %s", (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
