import {describe, expect, it} from "vitest";
import {lazyModule, loadModule} from "../../src/app/lazy-module.ts";

/** A host that counts the renders it is asked for. */
const host = () => ({updates: 0, requestUpdate() {
  this.updates++;
}, addController() {}, removeController() {}, updateComplete: Promise.resolve(true)});

describe("lazyModule", () => {
  it("loads once, asks for a render when it arrives, then gives the module", async () => {
    const h = host();
    let loads = 0;
    const load = async () => (loads++, {answer: 42});
    expect(lazyModule(h, "once", load)).toEqual({status: "loading"});
    expect(lazyModule(h, "once", load)).toEqual({status: "loading"});
    await new Promise((done) => setTimeout(done, 0));
    expect(lazyModule(h, "once", load)).toEqual({status: "ready", module: {answer: 42}});
    expect(loads).toBe(1);
    expect(h.updates).toBeGreaterThan(0);
  });

  it("reports a chunk that failed to load instead of loading forever, and a retry loads it again", async () => {
    const h = host();
    let attempt = 0;
    const load = async () => {
      if (++attempt === 1) throw new TypeError("Failed to fetch dynamically imported module");
      return {view: "data"};
    };
    lazyModule(h, "flaky", load);
    await new Promise((done) => setTimeout(done, 0));
    const failed = lazyModule(h, "flaky", load);
    expect(failed.status).toBe("failed");
    // A render without retry does not hammer the network: the failure stays.
    expect(lazyModule(h, "flaky", load).status).toBe("failed");
    expect(attempt).toBe(1);
    expect(lazyModule(h, "flaky", load, {retry: true})).toEqual({status: "loading"});
    await new Promise((done) => setTimeout(done, 0));
    expect(lazyModule(h, "flaky", load)).toEqual({status: "ready", module: {view: "data"}});
    expect(attempt).toBe(2);
  });

  it("loadModule tries a failed load again", async () => {
    let attempt = 0;
    const load = async () => {
      if (++attempt === 1) throw new Error("offline");
      return "downloads";
    };
    await expect(loadModule("for-events", load)).rejects.toThrow("offline");
    await expect(loadModule("for-events", load)).resolves.toBe("downloads");
  });
});
