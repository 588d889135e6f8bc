import type {ReactiveController, ReactiveControllerHost} from "lit";

/** Keys that move between a chart's marks, and where each goes. */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1
};

/**
 * A chart is one tab stop: its marks (the SVG's links) take focus by arrow
 * keys, Home and End, the way Plot's own pointer moves between points; the
 * mark that had focus keeps the tab stop. Escape gives focus back to the
 * figure, so the next Tab leaves the chart.
 */
export class MarkFocus implements ReactiveController {
  /** The observation id of the mark that holds the tab stop. */
  current: string | null = null;

  constructor(host: ReactiveControllerHost, private readonly marks: () => HTMLElement[] | SVGElement[], private readonly leave: () => void) {
    host.addController(this);
  }

  hostUpdated() {
    const links = this.marks();
    if (!links.length) return;
    if (!this.current || !links.some((a) => a.getAttribute("data-observation") === this.current)) this.current = links[0].getAttribute("data-observation");
    for (const a of links) a.setAttribute("tabindex", a.getAttribute("data-observation") === this.current ? "0" : "-1");
  }

  /** For the chart's keydown: moves focus between marks, or leaves on Escape. Returns whether it handled the key. */
  onKeyDown = (event: KeyboardEvent): boolean => {
    const links = this.marks();
    const index = links.findIndex((a) => a.getAttribute("data-observation") === this.current);
    if (event.key === "Escape") {
      this.leave();
      return true;
    }
    const move = MOVES[event.key];
    if (!move || index < 0 || event.altKey || event.ctrlKey || event.metaKey) return false;
    event.preventDefault();
    const next = links[move(index, links.length)];
    this.current = next.getAttribute("data-observation");
    for (const a of links) a.setAttribute("tabindex", a === next ? "0" : "-1");
    (next as HTMLElement).focus();
    return true;
  };

  /** A mark that took focus another way (a click) takes the tab stop. */
  onFocus = (id: string) => {
    this.current = id;
    for (const a of this.marks()) a.setAttribute("tabindex", a.getAttribute("data-observation") === id ? "0" : "-1");
  };
}
