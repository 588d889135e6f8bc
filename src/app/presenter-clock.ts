import type {ReactiveController, ReactiveControllerHost} from "lit";
import {htmlLang, type Lang} from "../i18n/locale.ts";
import {pauseTimer, readTimer, resumeTimer, startTimer, timerElapsed, type TimerState} from "../model/pacing.ts";

/** How elapsed time reads: m:ss, or h:mm:ss past an hour. */
export {formatDuration as formatElapsed} from "../model/pacing.ts";

/**
 * The speaker's timer and clock: the time since the presentation started
 * (pausable, resettable), an optional target duration, and the time now in
 * the page's language. Timer and target are kept in the window's session
 * storage, so a reload of the speaker's window keeps counting; without
 * storage (a sandboxed frame, a locked-down browser) they live as long as the page.
 */
export class PresenterClock implements ReactiveController {
  elapsedMs = 0;
  now = "";
  private timer?: ReturnType<typeof setInterval>;
  private memory: {timer: TimerState | null; target: number | null} = {timer: null, target: null};

  constructor(private readonly host: ReactiveControllerHost, private readonly options: {story: () => string; lang: () => Lang}) {
    host.addController(this);
  }

  private key(what: string) {
    return `bj-edu-story-${what}:${this.options.story()}`;
  }

  private read(what: "start" | "target"): string | null {
    try {
      return sessionStorage.getItem(this.key(what));
    } catch {
      return null;
    }
  }

  private write(what: "start" | "target", value: string | null) {
    try {
      if (value === null) sessionStorage.removeItem(this.key(what));
      else sessionStorage.setItem(this.key(what), value);
    } catch {
      // No storage: memory stands in.
    }
  }

  /** The timer as stored (a start time alone, as earlier versions kept it, is a timer running since then). */
  get state(): TimerState {
    const stored = this.read("start");
    const legacy = stored && /^\d+$/.test(stored) ? {since: Number(stored), before: 0} : null;
    const state = readTimer(stored) ?? legacy ?? this.memory.timer;
    if (state) return state;
    const fresh = startTimer(Date.now());
    this.save(fresh);
    return fresh;
  }

  private save(state: TimerState) {
    this.memory.timer = state;
    this.write("start", JSON.stringify(state));
    this.tick();
  }

  get running(): boolean {
    return this.state.since !== null;
  }

  pause() {
    this.save(pauseTimer(this.state, Date.now()));
  }

  resume() {
    this.save(resumeTimer(this.state, Date.now()));
  }

  reset() {
    this.save(startTimer(Date.now()));
  }

  /** The target duration in ms, or null for none. */
  get target(): number | null {
    const stored = Number(this.read("target"));
    return Number.isFinite(stored) && stored > 0 ? stored : this.memory.target;
  }

  set target(ms: number | null) {
    this.memory.target = ms;
    this.write("target", ms === null ? null : String(ms));
    this.tick();
  }

  private tick = () => {
    this.elapsedMs = timerElapsed(this.state, Date.now());
    this.now = new Date().toLocaleTimeString(htmlLang(this.options.lang()), {hour: "2-digit", minute: "2-digit"});
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
