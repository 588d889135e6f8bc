import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {VirtualRows} from "../../src/app/virtual-rows.ts";

/** A host element, the window's listeners and frames, and a table body scrolled `scrolled` px past the screen's top. */
function fakePage(rows: number) {
  const page = {
    rows,
    scrolled: 0,
    updates: 0,
    windowListeners: new Map<string, EventListener>(),
    hostListeners: new Map<string, EventListener>(),
    frames: new Map<number, FrameRequestCallback>(),
    lastFrame: 0,
    runFrames() {
      const due = [...page.frames.values()];
      page.frames.clear();
      for (const frame of due) frame(0);
    }
  };
  vi.stubGlobal("addEventListener", (type: string, listener: EventListener) => page.windowListeners.set(type, listener));
  vi.stubGlobal("removeEventListener", (type: string) => page.windowListeners.delete(type));
  vi.stubGlobal("requestAnimationFrame", (frame: FrameRequestCallback) => (page.frames.set(++page.lastFrame, frame), page.lastFrame));
  vi.stubGlobal("cancelAnimationFrame", (id: number) => page.frames.delete(id));
  vi.stubGlobal("innerHeight", 800);
  vi.stubGlobal("document", {activeElement: null});
  const host = {
    addController() {},
    removeController() {},
    requestUpdate: () => page.updates++,
    updateComplete: Promise.resolve(true),
    contains: () => true,
    addEventListener: (type: string, listener: EventListener) => page.hostListeners.set(type, listener),
    removeEventListener: (type: string) => page.hostListeners.delete(type)
  };
  const body = {getBoundingClientRect: () => ({top: -page.scrolled}), querySelectorAll: () => []};
  const window = new VirtualRows(host as never, {rows: () => page.rows, body: () => body as never});
  const scroll = (to: number) => {
    page.scrolled = to;
    page.windowListeners.get("scroll")?.(new Event("scroll"));
  };
  return {page, window, scroll};
}

/** A focus event on data row `index` (aria-rowindex counts the header row as 1). */
const focusOnRow = (index: number) =>
  ({target: {closest: () => ({getAttribute: () => String(index + 2)})}}) as unknown as Event;

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe("VirtualRows", () => {
  it("draws a table of 200 rows whole, and does nothing on scroll", () => {
    const {page, window, scroll} = fakePage(200);
    window.hostConnected();
    expect(window.window).toBeUndefined();
    scroll(5000);
    expect(page.frames.size).toBe(0);
  });

  it("draws a window of a longer table, and moves it, once a frame, with the scroll", () => {
    const {page, window, scroll} = fakePage(1000);
    window.hostConnected();
    // 2.5 screens of 800 px in rows of 48 px (the guess before a row is measured).
    expect(window.window).toEqual({start: 0, end: 42, rowHeight: 48});
    scroll(2400);
    scroll(2400);
    expect(page.frames.size).toBe(1);
    page.runFrames();
    // Row 50 at the top of the screen; the window starts a quarter of itself (10 rows) above it.
    expect(window.window).toEqual({start: 40, end: 82, rowHeight: 48});
    expect(page.updates).toBe(1);
  });

  it("scrolls again after being taken out of the page and put back with a check pending", () => {
    const {page, window, scroll} = fakePage(1000);
    window.hostConnected();
    scroll(2400);
    window.hostDisconnected();
    expect([page.frames.size, page.windowListeners.size, page.hostListeners.size]).toEqual([0, 0, 0]);
    window.hostConnected();
    scroll(4800);
    page.runFrames();
    expect(window.window?.start).toBe(90);
  });

  it("moves the window to a focused row near its edge", () => {
    const {page, window} = fakePage(1000);
    window.hostConnected();
    page.hostListeners.get("focusin")?.(focusOnRow(20));
    expect(window.window?.start).toBe(0);
    page.hostListeners.get("focusin")?.(focusOnRow(35));
    expect(window.window?.start).toBe(14);
  });
});
