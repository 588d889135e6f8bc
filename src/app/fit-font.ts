import type {ReactiveController, ReactiveControllerHost} from "lit";

/**
 * Sets a box's font size to the largest whole pixel size between `min` and
 * `max` at which its content fits the box (PowerPoint's "shrink text on
 * overflow"): the speaker's notes fill their pane in the largest type they
 * can. The box's size must not follow its content (a grid or flex cell), so
 * setting the size never resizes it; content that does not fit at `min`
 * scrolls. A box that does not scroll (overflow: visible) is left to its styles. Refits when the box changes size, when the fonts arrive, and when
 * the host calls `fit()` (new text).
 */
export class FitFont implements ReactiveController {
  private observer?: ResizeObserver;
  private observed: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost, private readonly options: {box: () => HTMLElement | null; min: number; max: number}) {
    host.addController(this);
  }

  hostConnected() {
    void document.fonts?.ready.then(() => this.fit());
  }

  hostUpdated() {
    const box = this.options.box();
    if (box === this.observed) return;
    this.observer?.disconnect();
    this.observed = box;
    if (!box) return;
    this.observer ??= new ResizeObserver(() => this.fit());
    this.observer.observe(box);
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observed = null;
  }

  /** Whether the box shows all of its content at the size it has now. */
  private fits(box: HTMLElement): boolean {
    return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
  }

  fit(): void {
    const box = this.observed;
    if (!box || !box.clientHeight) return;
    // A box that grows with its content (a narrow window, where the page scrolls) keeps the size its styles give.
    if (getComputedStyle(box).overflowY === "visible") return void (box.style.fontSize = "");
    let [low, high] = [this.options.min, this.options.max];
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      box.style.fontSize = `${mid}px`;
      if (this.fits(box)) low = mid;
      else high = mid - 1;
    }
    box.style.fontSize = `${low}px`;
  }
}
