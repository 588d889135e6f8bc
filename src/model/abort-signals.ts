/**
 * AbortSignal's newer helpers, with a fallback where a supported browser
 * lacks them (README, "Browsers"): `AbortSignal.any` came with Safari/iOS
 * 17.4, Chrome 116 and Firefox 124, `AbortSignal.timeout` with Safari 16,
 * Chrome 103 and Firefox 100. Each fallback is a controller wired to the
 * same events.
 */

/** A signal that aborts after `ms` milliseconds (with a TimeoutError, as the built-in one). */
export function timeoutSignal(ms: number): AbortSignal {
  if (typeof AbortSignal.timeout === "function") return AbortSignal.timeout(ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException("The operation timed out.", "TimeoutError")), ms);
  return controller.signal;
}

/** A signal that aborts as soon as one of `signals` does, with its reason. */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === "function") return AbortSignal.any(signals as AbortSignal[]);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener("abort", () => controller.abort(signal.reason), {once: true, signal: controller.signal});
  }
  return controller.signal;
}
