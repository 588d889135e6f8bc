import {onceAFrame} from "./once-a-frame.ts";

/** How near the screen (px, above or below) an element counts as near. */
const NEAR = 600;

/**
 * Tells once when an element comes near the screen: within NEAR px of it, or
 * when the page is printed (a page printed before a reader scrolled to every
 * chart prints them all). What is drawn only near the screen is drawn then.
 */
export class NearScreen {
  private near = false;
  private intersection?: IntersectionObserver;
  private print?: MediaQueryList;

  constructor(private readonly element: HTMLElement, private readonly onNear: () => void) {}

  /** Whether the element has come near (it stays so). */
  get isNear(): boolean {
    return this.near;
  }

  connect(): void {
    this.intersection = new IntersectionObserver(([entry]) => {
      if (entry.isIntersecting) this.comeNear();
    }, {rootMargin: `${NEAR}px 0px`});
    this.intersection.observe(this.element);
    // A fallback for the observer: a figure scrolled to while the page was busy (a link landing on
    // it under load) was seen to stay undrawn, its observer silent. Scrolling near it counts too.
    if (!this.near) addEventListener("scroll", this.onScroll, {passive: true});
    addEventListener("beforeprint", this.comeNear);
    // Print media: the browser's print, or print emulated (a test's PDF, which fires no beforeprint).
    this.print = matchMedia("print");
    this.print.addEventListener("change", this.comeNear);
  }

  disconnect(): void {
    this.intersection?.disconnect();
    // A scroll check already asked for would otherwise tell an element that has left the page.
    this.onScroll.cancel();
    removeEventListener("scroll", this.onScroll);
    removeEventListener("beforeprint", this.comeNear);
    this.print?.removeEventListener("change", this.comeNear);
  }

  private comeNear = () => {
    if (this.near) return;
    this.near = true;
    removeEventListener("scroll", this.onScroll);
    this.onNear();
  };

  private readonly onScroll = onceAFrame(() => {
    const box = this.element.getBoundingClientRect();
    if (box.bottom > -NEAR && box.top < innerHeight + NEAR && (box.width > 0 || box.height > 0)) this.comeNear();
  });
}
