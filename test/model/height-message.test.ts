import {describe, expect, it} from "vitest";
import {FOLLOW_LIMIT, nextReport, type HeightReports} from "../../src/model/height-message.ts";

const START: HeightReports = {last: 0, width: 0, followed: 0};
/** Runs measurements through nextReport, as the embed does, and lists the heights it posts. */
function posts(measurements: Array<{height: number; width?: number; frameHeight?: number; input?: boolean}>): number[] {
  let state = START;
  const out: number[] = [];
  for (const {height, width = 375, frameHeight = state.last, input = false} of measurements) {
    const next = nextReport(state, {height, width, frameHeight, input});
    state = next.state;
    if (next.post) out.push(height);
  }
  return out;
}

describe("nextReport", () => {
  it("posts a height once, and again only when it changes", () => {
    expect(posts([{height: 480}, {height: 480}, {height: 512}, {height: 512}, {height: 300}])).toEqual([480, 512, 300]);
    expect(posts([{height: 0}, {height: -5}])).toEqual([]);
  });

  it("stops content that grows with its frame after two heights: the frame took each one, nothing else changed", () => {
    // A slide sized to the frame: every height the frame takes makes it 73 px taller.
    const runaway = Array.from({length: 50}, (_, i) => ({height: 600 + 73 * i}));
    expect(posts(runaway)).toEqual([600, 673, 746]);
    expect(posts(runaway).length).toBe(1 + FOLLOW_LIMIT);
  });

  it("posts growth again when the reader acts, the width changes, or the frame has not taken the last height", () => {
    expect(posts([{height: 600}, {height: 700}, {height: 800}, {height: 900}, {height: 1000, input: true}])).toEqual([600, 700, 800, 1000]);
    expect(posts([{height: 600}, {height: 700}, {height: 800}, {height: 900}, {height: 950, width: 768}])).toEqual([600, 700, 800, 950]);
    expect(posts([{height: 600}, {height: 700, frameHeight: 480}, {height: 800, frameHeight: 480}, {height: 900, frameHeight: 480}])).toEqual([600, 700, 800, 900]);
  });
});
