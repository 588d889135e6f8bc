import type {ReactiveController, ReactiveControllerHost} from "lit";
import {MarkFocus} from "./mark-focus.ts";

/** Where a tooltip points: the mark's id, and the middle of its lower edge relative to the plot. */
export interface TipAnchor {
  id: string;
  x: number;
  y: number;
}

/** What a chart's tooltip needs of its figure: where its plot and tooltip are, and how to give focus back. */
export interface ChartTipsHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

/**
 * A chart's tooltip and its keyboard: the tooltip opens below the mark a pointer
 * rests on or focus reaches, stays while the pointer is on the mark or on the
 * tooltip itself (WCAG 1.4.13), goes on Escape or when the pointer leaves both,
 * and is shifted to stay inside the plot, never cut. Arrow keys move between
 * the marks (MarkFocus); Escape gives focus back to the figure.
 */
export class ChartTips implements ReactiveController {
  /** The mark whose tooltip shows, and where (relative to the plot). */
  anchor: TipAnchor | null = null;
  private readonly marks: MarkFocus;

  constructor(private readonly host: ChartTipsHost) {
    host.addController(this);
    this.marks = new MarkFocus(host, () => [...host.renderRoot.querySelectorAll<SVGElement>(".plot a[data-observation]")], () => {
      this.close();
      host.renderRoot.querySelector<HTMLElement>("figure")?.focus();
    });
  }

  close() {
    if (this.anchor) (this.anchor = null), this.host.requestUpdate();
  }

  onPoint = (event: Event) => {
    const link = (event.target as Element).closest?.("a[data-observation]");
    const plot = this.host.renderRoot.querySelector(".plot");
    if (!link || !plot) return;
    const id = link.getAttribute("data-observation")!;
    if (event.type === "focusin") this.marks.onFocus(id);
    const box = link.getBoundingClientRect();
    const frame = plot.getBoundingClientRect();
    this.anchor = {id, x: box.left + box.width / 2 - frame.left, y: box.bottom - frame.top};
    this.host.requestUpdate();
  };

  onLeave = (event: PointerEvent) => {
    const to = event.relatedTarget as Element | null;
    if (!to?.closest?.(".tip, a[data-observation]")) this.close();
  };

  onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") this.close();
    this.marks.onKeyDown(event);
  };

  hostUpdated() {
    const plot = this.host.renderRoot.querySelector<HTMLElement>(".plot");
    const tip = this.host.renderRoot.querySelector<HTMLElement>(".tip");
    if (!tip || !plot || !this.anchor) return;
    const left = Math.min(Math.max(0, this.anchor.x - tip.offsetWidth / 2), Math.max(0, plot.clientWidth - tip.offsetWidth));
    tip.style.left = `${left}px`;
  }
}
