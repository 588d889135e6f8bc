import type {ReactiveController, ReactiveControllerHost} from "lit";

/** How elapsed time reads: m:ss, or h:mm:ss past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/**
 * The speaker's clock: the time now, and the time since the presentation
 * started. The start is kept in the window's session storage, so a reload of
 * the speaker's window keeps counting; "restart" sets it to now.
 */
export class PresenterClock implements ReactiveController {
  elapsed = "0:00";
  now = "";
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost, private readonly story: () => string) {
    host.addController(this);
  }

  private get key() {
    return `bj-edu-story-start:${this.story()}`;
  }

  /** Without storage (a sandboxed frame, a locked-down browser), the clock counts from when the window opened. */
  private fallback = Date.now();

  private start(): number {
    try {
      const kept = Number(sessionStorage.getItem(this.key));
      if (Number.isFinite(kept) && kept > 0) return kept;
      sessionStorage.setItem(this.key, String(this.fallback));
    } catch {
      // No storage: the fallback start stands.
    }
    return this.fallback;
  }

  restart() {
    this.fallback = Date.now();
    try {
      sessionStorage.setItem(this.key, String(this.fallback));
    } catch {
      // No storage: the fallback start stands.
    }
    this.tick();
  }

  private tick = () => {
    this.elapsed = formatElapsed(Date.now() - this.start());
    this.now = new Date().toLocaleTimeString([], {hour: "2-digit", minute: "2-digit"});
    this.host.requestUpdate();
  };

  hostConnected() {
    this.tick();
    this.timer = setInterval(this.tick, 1000);
  }

  hostDisconnected() {
    clearInterval(this.timer);
  }
}
