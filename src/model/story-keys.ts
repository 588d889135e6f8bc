/**
 * The keys a presenter uses, clickers included (they send PageUp/PageDown).
 * Returns the new step (from 1), or null when the key is not a story key.
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
