import {afterEach, describe, expect, it, vi} from "vitest";
import {anySignal, timeoutSignal} from "../../src/model/abort-signals.ts";

afterEach(() => vi.unstubAllGlobals());

/** AbortSignal as an older browser has it: no `any`, no `timeout`. */
function withoutNewerHelpers() {
  const Old = class extends AbortSignal {};
  Object.defineProperty(Old, "any", {value: undefined});
  Object.defineProperty(Old, "timeout", {value: undefined});
  vi.stubGlobal("AbortSignal", Old);
}

describe("the abort signals, with and without AbortSignal.any and .timeout", () => {
  for (const older of [false, true]) {
    it(`${older ? "fall back" : "use the built-ins"}: any aborts with the first signal's reason, timeout with a TimeoutError`, async () => {
      if (older) withoutNewerHelpers();
      const [a, b] = [new AbortController(), new AbortController()];
      const both = anySignal([a.signal, b.signal]);
      expect(both.aborted).toBe(false);
      b.abort("left the view");
      expect(both.aborted).toBe(true);
      expect(both.reason).toBe("left the view");
      const already = new AbortController();
      already.abort("before");
      expect(anySignal([new AbortController().signal, already.signal]).reason).toBe("before");
      const timeout = timeoutSignal(5);
      await new Promise((done) => timeout.addEventListener("abort", done));
      expect((timeout.reason as DOMException).name).toBe("TimeoutError");
    });
  }
});
