/**
 * The keys a presenter uses, clickers included (they send PageUp/PageDown,
 * and B or . to blank the screen). Returns the new step (from 1), or null
 * when the key is not a stepping key.
 */
export function stepForKey(key: string, step: number, total: number): number | null {
  switch (key) {
    case "ArrowRight":
    case "PageDown":
    case " ":
    case "Spacebar":
      return Math.min(total, step + 1);
    case "ArrowLeft":
    case "PageUp":
      return Math.max(1, step - 1);
    case "Home":
      return 1;
    case "End":
      return total;
    default:
      return null;
  }
}

/** A step from the URL, kept within the story. */
export function clampStep(step: number, total: number): number {
  return Math.min(Math.max(1, Math.floor(step) || 1), total);
}

/** What a key does in a presentation (as in reveal.js and PowerPoint). */
export type PresenterCommand =
  | {do: "go"; step: number}
  | {do: "type"; typed: string}
  | {do: "blank"}
  | {do: "fullscreen"}
  | {do: "speaker"}
  | {do: "overview"}
  | {do: "close"};

/**
 * A key press in a presentation, given the step, the number of steps and the
 * digits typed so far: stepping keys go (Space and → are always "next"), a
 * number then Enter jumps to that step, B or . blanks the room, F is full
 * screen, S opens the speaker view, O (or G) the overview of every step,
 * Escape closes what is open (and drops typed digits). Null: not a
 * presentation key (it keeps its usual meaning). Pure: the page decides where
 * focus may keep a key (a text field keeps every key; a button keeps Enter).
 */
export function presenterCommand(key: string, {step, total, typed = ""}: {step: number; total: number; typed?: string}): PresenterCommand | null {
  if (/^[0-9]$/.test(key)) return {do: "type", typed: (typed + key).replace(/^0+/, "").slice(-3)};
  if (key === "Enter" && typed) return {do: "go", step: clampStep(Number(typed), total)};
  if (key === "Escape") return {do: "close"};
  switch (key.length === 1 ? key.toLowerCase() : key) {
    case "b":
    case ".":
      return {do: "blank"};
    case "f":
      return {do: "fullscreen"};
    case "s":
      return {do: "speaker"};
    case "o":
    case "g":
      return {do: "overview"};
  }
  const next = stepForKey(key, step, total);
  return next === null ? null : {do: "go", step: next};
}
