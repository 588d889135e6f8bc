import {afterEach, describe, expect, it, vi} from "vitest";
import {onceAFrame} from "../../src/app/once-a-frame.ts";

afterEach(() => vi.unstubAllGlobals());

describe("onceAFrame", () => {
  it("runs once in the next frame however often asked, again when asked after it, never once cancelled", () => {
    const frames = new Map<number, FrameRequestCallback>();
    let last = 0;
    vi.stubGlobal("requestAnimationFrame", (f: FrameRequestCallback) => (frames.set(++last, f), last));
    vi.stubGlobal("cancelAnimationFrame", (id: number) => frames.delete(id));
    const run = () => {
      const due = [...frames.values()];
      frames.clear();
      for (const f of due) f(0);
    };
    let runs = 0;
    const work = onceAFrame(() => runs++);
    work();
    work();
    work();
    expect(frames.size).toBe(1);
    run();
    expect(runs).toBe(1);
    work();
    run();
    expect(runs).toBe(2);
    work();
    work.cancel();
    run();
    work();
    run();
    expect(runs).toBe(3);
  });
});
