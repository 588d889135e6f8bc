import type {ReactiveController, ReactiveControllerHost} from "lit";

/**
 * Whether to say "loading": only once something has been pending for a
 * moment (500 ms by default), so a fast load shows no flash of a notice and a
 * slow one is never silent.
 */
export class LoadingNotice implements ReactiveController {
  private since?: number;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost, private readonly delayMs = 500) {
    host.addController(this);
  }

  /** Call on each render with whether the host is waiting; true once it has waited long enough. */
  shown(pending: boolean): boolean {
    if (!pending) {
      clearTimeout(this.timer);
      this.since = this.timer = undefined;
      return false;
    }
    this.since ??= performance.now();
    const waited = performance.now() - this.since;
    if (waited >= this.delayMs) return true;
    this.timer ??= setTimeout(() => this.host.requestUpdate(), this.delayMs - waited);
    return false;
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }
}
