import type {ReactiveController, ReactiveControllerHost} from "lit";
import {onceAFrame} from "./once-a-frame.ts";
import {clampStart, meanRowHeight, startForFocus, startForScroll, VIRTUAL_FROM, windowSize} from "../model/row-window.ts";

/** What the host tells the window; the host also calls reset() when its rows change. */
export interface VirtualRowsOptions {
  /** How many rows the table has. */
  rows: () => number;
  /** The drawn table's body (its rows carry aria-rowindex and data-observation). */
  body: () => Element | null;
}

/**
 * The window of rows a long table draws (more than VIRTUAL_FROM rows): those
 * around the screen, or around the row that has focus, so Tab and a screen
 * reader's cursor still reach every row (each says its place, aria-rowindex).
 * The browser's find-in-page sees only the rows drawn: the table's search box
 * searches them all. The arithmetic is src/model/row-window.ts; this measures.
 */
export class VirtualRows implements ReactiveController {
  private start = 0;
  /** The height of a drawn row, measured (a guess until then), for the space of those not drawn. */
  private rowHeight = 48;
  /** Every window measured so far, by its first row (row-window.ts: meanRowHeight). */
  private readonly measured = new Map<number, {rows: number; height: number}>();
  /**
   * Where focus is in the table before a window moves: a row's elements are re-used for whichever
   * row comes to their place, so focus would be left on another row. After the update it goes back
   * to the same control of the same row.
   */
  private focusWas: {row: string; control: number} | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element, private readonly options: VirtualRowsOptions) {
    host.addController(this);
  }

  /** Whether the table is long enough to draw a window of it. */
  get active(): boolean {
    return this.options.rows() > VIRTUAL_FROM;
  }

  /** The rows to draw now, and the height each row not drawn stands for; undefined: draw them all. */
  get window(): {start: number; end: number; rowHeight: number} | undefined {
    if (!this.active) return undefined;
    const size = this.size;
    const start = clampStart(this.start, size, this.options.rows());
    return {start, end: start + size, rowHeight: this.rowHeight};
  }

  /** Other rows, other heights: what was measured no longer holds. */
  reset(): void {
    this.measured.clear();
  }

  hostConnected() {
    addEventListener("scroll", this.onScroll, {passive: true});
    addEventListener("resize", this.onScroll, {passive: true});
    this.host.addEventListener("focusin", this.onFocus);
  }

  hostDisconnected() {
    removeEventListener("scroll", this.onScroll);
    removeEventListener("resize", this.onScroll);
    this.host.removeEventListener("focusin", this.onFocus);
    this.place.cancel();
  }

  hostUpdate() {
    const active = document.activeElement;
    const row = active?.closest("tr[data-observation]");
    this.focusWas = this.active && row && this.host.contains(row) ? {row: row.getAttribute("data-observation")!, control: [...row.querySelectorAll("a, button, input")].indexOf(active!)} : null;
  }

  hostUpdated() {
    if (!this.active) return;
    const was = this.focusWas;
    const body = this.options.body();
    if (was && document.activeElement?.closest("tr[data-observation]")?.getAttribute("data-observation") !== was.row) {
      const row = [...(body?.querySelectorAll("tr[data-observation]") ?? [])].find((tr) => tr.getAttribute("data-observation") === was.row);
      row?.querySelectorAll<HTMLElement>("a, button, input")[was.control]?.focus();
    }
    // Measure the rows drawn, so the space of the others matches them (stacked cards are taller than table rows).
    const drawn = [...(body?.querySelectorAll<HTMLElement>("tr[aria-rowindex]") ?? [])];
    if (drawn.length === 0) return;
    const total = drawn.at(-1)!.getBoundingClientRect().bottom - drawn[0].getBoundingClientRect().top;
    if (total > 0) this.measured.set(Number(drawn[0].getAttribute("aria-rowindex")), {rows: drawn.length, height: total});
    const height = meanRowHeight(this.measured.values());
    if (height > 0 && Math.abs(height - this.rowHeight) / this.rowHeight > 0.1) {
      this.rowHeight = height;
      this.host.requestUpdate();
      // The space above the window changes with it, so what is on screen may now be another part of the
      // table, with no scroll to say so: place the window again.
      this.onScroll();
    }
  }

  /** Focus on a row near the window's edge moves the window, so the next Tab finds a row, not the end of the table. */
  private readonly onFocus = (event: Event) => {
    if (!this.active) return;
    const row = (event.target as Element).closest?.("tr[aria-rowindex]");
    const index = Number(row?.getAttribute("aria-rowindex")) - 2;
    if (!(index >= 0)) return;
    this.moveTo(startForFocus(index, {size: this.size, rows: this.options.rows(), current: this.start}));
  };

  private get size(): number {
    return windowSize(this.rowHeight, innerHeight);
  }

  private moveTo(start: number) {
    if (start === this.start) return;
    this.start = start;
    this.host.requestUpdate();
  }

  /** Places the window where the table is on screen, once a frame. */
  private readonly place = onceAFrame(() => {
    const body = this.options.body();
    if (!body) return;
    const above = -body.getBoundingClientRect().top;
    this.moveTo(startForScroll(above, {rowHeight: this.rowHeight, size: this.size, rows: this.options.rows(), current: this.start}));
  });

  private readonly onScroll = () => {
    if (this.active) this.place();
  };
}
