/**
 * Runs work once the page is idle, within `timeout` ms at the latest (requestIdleCallback; Safari
 * before 18 lacks it, and a timer after the same delay stands in). Returns a handle for cancelIdle.
 */
export function whenIdle(work: () => void, {timeout = 2000} = {}): number {
  return typeof requestIdleCallback === "function" ? requestIdleCallback(() => work(), {timeout}) : -setTimeout(work, timeout);
}

/** Cancels work whenIdle scheduled (a negative handle is the timer that stands in). */
export function cancelIdle(handle: number | undefined): void {
  if (handle === undefined) return;
  if (handle < 0) clearTimeout(-handle);
  else if (typeof cancelIdleCallback === "function") cancelIdleCallback(handle);
}
