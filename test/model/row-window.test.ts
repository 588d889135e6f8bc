import {describe, expect, it} from "vitest";
import {clampStart, meanRowHeight, startForFocus, startForScroll, windowSize} from "../../src/model/row-window.ts";

describe("the window of rows a long table draws", () => {
  it("covers two and a half screens of rows, and never fewer than 12", () => {
    expect(windowSize(48, 800)).toBe(42); // 2000 px of 48 px rows
    expect(windowSize(400, 800)).toBe(12); // tall cards: 5 would cover the screens, 12 are drawn
    expect(windowSize(50, 1000, {screens: 1, minRows: 4})).toBe(20);
  });

  it("keeps a window inside the table", () => {
    expect(clampStart(-3, 40, 1000)).toBe(0);
    expect(clampStart(990, 40, 1000)).toBe(960);
    expect(clampStart(5, 40, 30)).toBe(0); // fewer rows than a window: from the first
  });

  it("starts a quarter of a window above the first row on screen, and stays put for a scroll of under an eighth", () => {
    const table = {rowHeight: 50, size: 40, rows: 1000, current: 0};
    // 2000 px scrolled past: row 40 is at the top of the screen, the window starts 10 rows above it.
    expect(startForScroll(2000, table)).toBe(30);
    // From 30, a scroll to row 43 would move the window 3 rows, under 40 / 8: it stays.
    expect(startForScroll(2150, {...table, current: 30})).toBe(30);
    expect(startForScroll(2250, {...table, current: 30})).toBe(35);
    // The table's top still below the screen's: from the first row.
    expect(startForScroll(-300, {...table, current: 30})).toBe(0);
    // Past the end: the last window.
    expect(startForScroll(1e6, table)).toBe(960);
  });

  it("centres the window on a focused row near its edges, and leaves it for one well inside", () => {
    const table = {size: 40, rows: 1000, current: 100};
    expect(startForFocus(120, table)).toBe(100);
    expect(startForFocus(105, table)).toBe(100); // 5 rows from the top: still inside
    expect(startForFocus(130, table)).toBe(100); // 10 from the bottom: still inside
    expect(startForFocus(104, table)).toBe(84); // 4 rows from the top
    expect(startForFocus(131, table)).toBe(111); // 9 rows from the bottom
    expect(startForFocus(999, table)).toBe(960);
  });

  it("estimates a row's height from every window measured, not the last", () => {
    expect(meanRowHeight([])).toBe(0);
    expect(meanRowHeight([{rows: 10, height: 500}, {rows: 30, height: 3000}])).toBe(87.5);
  });
});
