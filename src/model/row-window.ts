/**
 * The window of rows a long table draws (bj-data-view): which rows, how many,
 * and the height the rows not drawn stand for. Pure arithmetic on heights in
 * px, so it is pinned by unit tests; src/app/virtual-rows.ts measures the page.
 */

/** Up to this many rows a table is drawn whole; above, only a window of rows around the screen (the rest is space). */
export const VIRTUAL_FROM = 200;

export interface WindowSizing {
  /** How many screens' height of rows a window covers (default 2.5). */
  screens?: number;
  /** The fewest rows a window draws (default 12). */
  minRows?: number;
}

/** How many rows a window draws: enough for `screens` screens of rows this tall (stacked cards are taller than table rows). */
export function windowSize(rowHeight: number, screenHeight: number, {screens = 2.5, minRows = 12}: WindowSizing = {}): number {
  return Math.max(minRows, Math.ceil((screens * screenHeight) / rowHeight));
}

/** A first row moved into the table: a window of `size` rows never runs past the last of `rows`. */
export function clampStart(start: number, size: number, rows: number): number {
  return Math.max(0, Math.min(start, rows - size));
}

/** How much of a window is drawn above the first row on screen, so a scroll up finds rows already there. */
const LEAD = 1 / 4;
/** A window moves only by this much of itself or more, so small scrolls draw nothing again. */
const STEP = 1 / 8;
/** A focused row this near the window's top or bottom moves the window (more below: Tab goes down). */
const FOCUS_EDGE = {top: 5, bottom: 10};

/**
 * Where the window starts once the reader has scrolled `above` px of the table out of view above
 * the screen: a LEAD of a window above the first row on screen. It stays where it is (`current`)
 * if that moves it less than a STEP of a window.
 */
export function startForScroll(above: number, {rowHeight, size, rows, current}: {rowHeight: number; size: number; rows: number; current: number}): number {
  const start = clampStart(Math.floor(above / rowHeight) - Math.floor(size * LEAD), size, rows);
  return Math.abs(start - current) >= size * STEP ? start : current;
}

/**
 * Where the window starts once focus is on row `index` (0 the first row of data): centred on it,
 * if the row is within FOCUS_EDGE rows of the window's top or bottom, so the next Tab or Shift+Tab
 * finds a row, not the end of what is drawn; else where it is.
 */
export function startForFocus(index: number, {size, rows, current}: {size: number; rows: number; current: number}): number {
  if (index >= current + FOCUS_EDGE.top && index <= current + size - FOCUS_EDGE.bottom) return current;
  return clampStart(index - Math.floor(size / 2), size, rows);
}

/**
 * The height of a row for the space of those not drawn: the mean of every window measured
 * (rows differ: a card with a long quote). The last window's alone would move the space above
 * the window each time it moves, and could send it back and forth between two places. 0 if
 * nothing is measured.
 */
export function meanRowHeight(measured: Iterable<{rows: number; height: number}>): number {
  let rows = 0;
  let height = 0;
  for (const window of measured) {
    rows += window.rows;
    height += window.height;
  }
  return rows ? height / rows : 0;
}
