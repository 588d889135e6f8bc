import {describe, expect, it} from "vitest";
import {fragmentId} from "../../src/model/fragment.ts";
import {fragmentOf} from "../../src/model/url-state.ts";

describe("fragmentId", () => {
  it("reads back the id a link's fragment was made from", () => {
    for (const id of ["q-plan-2021/preschool-enrolment-rate-2025", "chart-scoreboard", "q-汉字 and space"]) expect(fragmentId(fragmentOf(id))).toBe(id);
  });
  it("keeps a fragment that does not decode as it is, and reads none as empty", () => {
    expect(fragmentId("#q-%E0%A4")).toBe("q-%E0%A4");
    expect(fragmentId("")).toBe("");
  });
});
