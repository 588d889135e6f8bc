import type {ReactiveController, ReactiveControllerHost} from "lit";
/**
 * Moves a chart's marks from their place in the last drawing to their place in
 * the new one (FLIP: first, last, invert, play), so the eye follows what a
 * story's step changed: a figure that stays slides, a new one fades in. Marks
 * are matched by `data-key` (src/charts/keyed.ts). Motion is off for readers
 * who ask for less (prefers-reduced-motion): the new drawing simply shows.
 */

export interface MarkPlaces {
  /** Each keyed element's centre, in screen pixels, relative to the drawing's container. */
  places: Map<string, {x: number; y: number}>;
}

const DURATION = 650;

const centre = (el: Element, origin: DOMRect) => {
  const r = el.getBoundingClientRect();
  return {x: r.left + r.width / 2 - origin.left, y: r.top + r.height / 2 - origin.top};
};

/** Where each mark of the drawing is now. */
export function markPlaces(svg: SVGSVGElement, container: Element): MarkPlaces {
  const origin = container.getBoundingClientRect();
  return {places: new Map([...svg.querySelectorAll("[data-key]")].map((el) => [el.getAttribute("data-key")!, centre(el, origin)]))};
}

export function prefersLessMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * Plays the move into the new drawing. A mark Plot placed with a transform
 * attribute is animated from that transform plus its offset, since a CSS
 * transform replaces the attribute while it runs. Returns the animations
 * (none when motion is reduced or nothing was drawn before).
 */
export function playMarkTransition(svg: SVGSVGElement, container: Element, before: MarkPlaces | undefined): Animation[] {
  if (!before || prefersLessMotion() || typeof Element.prototype.animate !== "function") return [];
  const origin = container.getBoundingClientRect();
  const box = svg.viewBox.baseVal;
  // Screen pixels to the drawing's own units (the chart is drawn at a design width and scaled).
  const scale = box && box.width ? svg.getBoundingClientRect().width / box.width : 1;
  const animations: Animation[] = [];
  for (const el of svg.querySelectorAll<SVGGraphicsElement>("[data-key]")) {
    const was = before.places.get(el.getAttribute("data-key")!);
    if (!was) {
      animations.push(el.animate([{opacity: 0}, {opacity: 1}], {duration: DURATION * 0.6, delay: DURATION * 0.4, easing: "ease-out", fill: "backwards"}));
      continue;
    }
    const now = centre(el, origin);
    const dx = (was.x - now.x) / scale;
    const dy = (was.y - now.y) / scale;
    if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) continue;
    const own = el.transform?.baseVal.consolidate()?.matrix;
    const [e, f] = own ? [own.e, own.f] : [0, 0];
    animations.push(el.animate([{transform: `translate(${e + dx}px, ${f + dy}px)`}, {transform: `translate(${e}px, ${f}px)`}], {duration: DURATION, easing: "cubic-bezier(0.2, 0.7, 0.2, 1)"}));
  }
  return animations;
}

/**
 * For a chart element: notes where the marks are before its chart changes and
 * plays the move once the new drawing is in place (only when `enabled`).
 */
export class MarkMoves implements ReactiveController {
  private last?: {chart: unknown; svg?: SVGSVGElement};
  private pending?: {svg: SVGSVGElement; places: MarkPlaces; refit: boolean};
  /** When the last move started: a drawing redone while it runs (a slide's chart refitted to its new height) moves on from where the marks are. */
  private playedAt = -Infinity;

  /** Without a host, the element calls hostUpdate and hostUpdated itself (a controller loaded later must still run before the drawing's). */
  constructor(host: ReactiveControllerHost | null, private readonly state: () => {enabled: boolean; chart: unknown; svg?: SVGSVGElement; container: Element | null}) {
    host?.addController(this);
  }

  hostUpdate() {
    const {enabled, chart, svg, container} = this.state();
    const moving = performance.now() - this.playedAt < DURATION;
    const changed = this.last !== undefined && this.last.chart !== chart;
    if (enabled && this.last && (changed || moving) && svg?.isConnected && container) this.pending = {svg, places: markPlaces(svg, container), refit: !changed};
    this.last = {chart, svg};
  }

  hostUpdated() {
    const {svg, container} = this.state();
    // A refit that did not redraw has nothing to move.
    if (this.pending?.refit && svg === this.pending.svg) this.pending = undefined;
    if (!this.pending || !svg || svg === this.pending.svg || !svg.isConnected || !container) return;
    if (playMarkTransition(svg, container, this.pending.places).length) this.playedAt = performance.now();
    this.pending = undefined;
  }
}
