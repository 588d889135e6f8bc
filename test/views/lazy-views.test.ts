import {describe, expect, it} from "vitest";
import {defaultState} from "../../src/model/url-state.ts";
import {viewKey} from "../../src/views/lazy-views.ts";

describe("viewKey", () => {
  const state = defaultState();
  it("names the explainer when the address names nothing else", () => {
    expect(viewKey(state)).toBe("explainer");
  });

  it("names a story before anything else the address holds, then a view, then an indicator", () => {
    expect(viewKey({...state, story: "plan", view: "data", indicator: "x"})).toBe("story");
    expect(viewKey({...state, view: "data", indicator: "x"})).toBe("data");
    expect(viewKey({...state, view: "source", indicator: "x"})).toBe("source");
    expect(viewKey({...state, view: "deck", indicator: "x"})).toBe("deck");
    expect(viewKey({...state, indicator: "preschool-enrolment-rate"})).toBe("indicator");
  });
});
