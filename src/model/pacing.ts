/**
 * The speaker's timer and pacing, as values: a timer that can be paused,
 * resumed and reset, and where the presenter stands against a target
 * duration. Pure: the clock (src/app/presenter-clock.ts) passes the time.
 */

/** A timer: running since `since` (ms) with `before` ms counted earlier, or paused with `before` counted. */
export interface TimerState {
  since: number | null;
  before: number;
}

export const startTimer = (now: number): TimerState => ({since: now, before: 0});

export function timerElapsed({since, before}: TimerState, now: number): number {
  return Math.max(0, before + (since === null ? 0 : now - since));
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timer.since === null ? timer : {since: null, before: timerElapsed(timer, now)};
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  return timer.since === null ? {since: now, before: timer.before} : timer;
}

/** A timer read back from storage, or null when it is not one (storage is the reader's, not ours to trust). */
export function readTimer(text: string | null): TimerState | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== "object" || value === null) return null;
    const {since, before} = value as Record<string, unknown>;
    const ok = (since === null || (typeof since === "number" && Number.isFinite(since))) && typeof before === "number" && Number.isFinite(before) && before >= 0;
    return ok ? {since: since as number | null, before: before as number} : null;
  } catch {
    return null;
  }
}

export interface Pacing {
  /** Time left of the target (negative past it). */
  remainingMs: number;
  /** The step the presenter would be on at an even pace. */
  expectedStep: number;
  /** How far from an even pace: positive behind, negative ahead (0 within the current step's share). */
  deltaMs: number;
  state: "ahead" | "on-pace" | "behind" | "over";
}

/**
 * Where the presenter stands against a target duration, each step given an
 * even share of it: on pace while the time is within the current step's
 * share, else ahead or behind by the distance to it; over once the target
 * has passed before the last step.
 */
export function pacing({elapsedMs, targetMs, step, total}: {elapsedMs: number; targetMs: number; step: number; total: number}): Pacing {
  const share = targetMs / Math.max(1, total);
  const [from, to] = [(step - 1) * share, step * share];
  const deltaMs = elapsedMs < from ? elapsedMs - from : elapsedMs > to ? elapsedMs - to : 0;
  const expectedStep = Math.min(total, Math.max(1, Math.floor(elapsedMs / share) + 1));
  const state = elapsedMs > targetMs && step < total ? "over" : deltaMs < 0 ? "ahead" : deltaMs > 0 ? "behind" : "on-pace";
  return {remainingMs: targetMs - elapsedMs, expectedStep, deltaMs, state};
}

/** A duration as the timer shows it: m:ss, or h:mm:ss past an hour (a sign before a negative one). */
export function formatDuration(ms: number): string {
  const sign = ms <= -1000 ? "−" : "";
  const total = Math.floor(Math.abs(ms) / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, "0");
  return sign + (h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`);
}

/** A target duration typed in minutes ("15", "12.5"), as ms; null when empty or not a duration (1 minute to 8 hours). */
export function parseMinutes(text: string): number | null {
  const value = Number(text.trim().replace(",", "."));
  return text.trim() && Number.isFinite(value) && value >= 1 && value <= 480 ? Math.round(value * 60_000) : null;
}
