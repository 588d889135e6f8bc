import {describe, expect, it} from "vitest";
import {readStepMessage, stepMessage} from "../../src/model/presenter-message.ts";

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
