import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {NearScreen} from "../../src/app/near-screen.ts";

/** The browser NearScreen uses, as small fakes: one observer, window events, print media, frames. */
function fakeBrowser() {
  const world = {
    observed: [] as Array<{callback: IntersectionObserverCallback; margin?: string; disconnected: boolean}>,
    listeners: new Map<string, Set<EventListener>>(),
    printListeners: new Set<EventListener>(),
    frames: new Map<number, FrameRequestCallback>(),
    lastFrame: 0,
    fire(type: string) {
      for (const listener of [...(world.listeners.get(type) ?? [])]) listener(new Event(type));
    },
    intersect(isIntersecting: boolean) {
      for (const o of world.observed) if (!o.disconnected) o.callback([{isIntersecting} as IntersectionObserverEntry], {} as IntersectionObserver);
    },
    runFrames() {
      const due = [...world.frames.values()];
      world.frames.clear();
      for (const frame of due) frame(0);
    }
  };
  vi.stubGlobal("IntersectionObserver", class {
    private readonly entry: (typeof world.observed)[number];
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      this.entry = {callback, margin: options?.rootMargin, disconnected: false};
      world.observed.push(this.entry);
    }
    observe() {}
    disconnect() {
      this.entry.disconnected = true;
    }
  });
  vi.stubGlobal("addEventListener", (type: string, listener: EventListener) => {
    if (!world.listeners.has(type)) world.listeners.set(type, new Set());
    world.listeners.get(type)!.add(listener);
  });
  vi.stubGlobal("removeEventListener", (type: string, listener: EventListener) => world.listeners.get(type)?.delete(listener));
  vi.stubGlobal("matchMedia", () => ({
    addEventListener: (_: string, listener: EventListener) => world.printListeners.add(listener),
    removeEventListener: (_: string, listener: EventListener) => world.printListeners.delete(listener)
  }));
  vi.stubGlobal("requestAnimationFrame", (frame: FrameRequestCallback) => (world.frames.set(++world.lastFrame, frame), world.lastFrame));
  vi.stubGlobal("cancelAnimationFrame", (id: number) => world.frames.delete(id));
  vi.stubGlobal("innerHeight", 800);
  return world;
}

/** An element whose box is `top` px from the top of the screen, 300 px tall (0 wide and tall: not laid out). */
const element = (box: {top: number; height?: number}) =>
  ({getBoundingClientRect: () => ({top: box.top, bottom: box.top + (box.height ?? 300), width: box.height === 0 ? 0 : 400, height: box.height ?? 300})}) as unknown as HTMLElement;

let world: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  world = fakeBrowser();
});
afterEach(() => vi.unstubAllGlobals());

describe("NearScreen", () => {
  it("tells once, when the element comes within 600 px of the screen", () => {
    let told = 0;
    const near = new NearScreen(element({top: 3000}), () => told++);
    near.connect();
    expect(world.observed[0].margin).toBe("600px 0px");
    world.intersect(false);
    expect([told, near.isNear]).toEqual([0, false]);
    world.intersect(true);
    world.intersect(true);
    expect([told, near.isNear]).toEqual([1, true]);
    // Once near, scrolling no longer checks.
    expect(world.listeners.get("scroll")?.size).toBe(0);
  });

  it("counts a scroll that brings it near, checked once a frame, if the observer stays silent", () => {
    const box = {top: 3000};
    let told = 0;
    new NearScreen(element(box), () => told++).connect();
    world.fire("scroll");
    world.fire("scroll");
    expect(world.frames.size).toBe(1);
    world.runFrames();
    expect(told).toBe(0);
    box.top = 1300;
    world.fire("scroll");
    world.runFrames();
    expect(told).toBe(1);
  });

  it("does not count an element that is not laid out (no box) as near", () => {
    let told = 0;
    new NearScreen(element({top: 100, height: 0}), () => told++).connect();
    world.fire("scroll");
    world.runFrames();
    expect(told).toBe(0);
  });

  it("comes near for printing: the browser's print, or print media emulated", () => {
    let told = 0;
    new NearScreen(element({top: 5000}), () => told++).connect();
    world.fire("beforeprint");
    expect(told).toBe(1);
    let emulated = 0;
    new NearScreen(element({top: 5000}), () => emulated++).connect();
    for (const listener of world.printListeners) listener(new Event("change"));
    expect(emulated).toBe(1);
  });

  it("after disconnect, tells nothing: no observer, no listener, no scroll check already asked for", () => {
    let told = 0;
    const near = new NearScreen(element({top: 100}), () => told++);
    near.connect();
    world.fire("scroll");
    near.disconnect();
    world.runFrames();
    world.intersect(true);
    world.fire("beforeprint");
    expect(told).toBe(0);
    expect([...world.listeners.values()].every((set) => set.size === 0)).toBe(true);
    expect(world.printListeners.size).toBe(0);
  });
});
