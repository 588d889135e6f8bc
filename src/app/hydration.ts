import type {LitElement, ReactiveControllerHost} from "lit";
import {stashPrerendered} from "./prerendered.ts";

/** Lets the browser paint and handle input before the next piece of work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves once a view and the elements it holds have drawn (a view built a block per task says when it is whole). */
export async function viewDrawn(view: LitElement | null): Promise<void> {
  await view?.updateComplete;
  await (view as Partial<{fullyRendered: Promise<void>}> | null)?.fullyRendered;
  await Promise.all([...(view?.querySelectorAll<LitElement>("bj-chart-figure, bj-narrative, bj-lang-toggle") ?? [])].map((e) => e.updateComplete));
}

/**
 * The swap from the build's static page to the live one: once the live view
 * has drawn (its charts adopt the static page's SVG, so nothing jumps), the
 * static copy is hidden in the same frame and then taken out of the document
 * a section per task, so no task blocks a slow phone. What follows the
 * tracker and the scoreboard above it load later (src/components/bj-explainer.ts):
 * until then their static copies move into the live page's pending blocks, so nothing moves.
 */
export class Hydration {
  hydrated = !document.getElementById("prerendered");
  private running = false;
  private reveal!: () => void;
  /**
   * Resolves once the live page shows whole: while it takes over, what is off
   * screen is not displayed for a task (page.css, `.revealing`), so a fragment
   * scrolled to before then is not there to scroll to.
   */
  readonly revealed = new Promise<void>((resolve) => (this.reveal = resolve));

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    if (this.hydrated) this.reveal();
  }

  async swap(view: LitElement | null): Promise<void> {
    if (this.hydrated || this.running) return;
    this.running = true;
    await viewDrawn(view);
    performance.mark("bj:rendered");
    const prerendered = document.getElementById("prerendered");
    this.hydrated = true;
    if (!prerendered) return (this.reveal(), this.host.requestUpdate());
    stashPrerendered(prerendered);
    // The scoreboard and what follows the tracker stay as the build wrote them until the live part has
    // loaded (src/components/explainer-page.ts): each block moves into its pending block.
    if (prerendered.getAttribute("lang") === document.documentElement.lang) {
      const pending = [...(view?.querySelectorAll<HTMLElement>(".rest-pending[data-part]") ?? [])];
      for (const block of prerendered.querySelectorAll<HTMLElement>("main > [data-part]")) {
        pending.find((p) => p.dataset.part === block.dataset.part)?.append(...block.childNodes);
      }
    }
    this.host.classList.add("revealing");
    prerendered.hidden = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    await nextTask();
    this.host.classList.remove("revealing");
    this.reveal();
    for (const part of [...prerendered.querySelectorAll(":scope > .page > *, :scope > .page")]) {
      await nextTask();
      part.remove();
    }
    prerendered.remove();
    performance.mark("bj:hydrated");
  }
}

/**
 * Scrolls to a fragment once the view that holds it has drawn, and charts
 * redrawn at their real width have their final height (two frames). Returns
 * false when the target is not there yet (a view that loads on first use).
 */
export async function landOn(view: LitElement | null, hash: string): Promise<boolean> {
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    id = hash.slice(1);
  }
  await viewDrawn(view);
  for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
  const target = document.getElementById(id);
  // The static copy standing in for what follows the tracker is not the target: the live
  // part replaces it once loaded, and a page scrolled to the stand-in would then move.
  if (!target || target.closest(".rest-pending")) return false;
  // A target in a folded section (the table of every figure) unfolds first.
  for (let fold = target.closest("details"); fold; fold = fold.parentElement?.closest("details") ?? null) fold.open = true;
  // The target's top, not its middle: a tall chart's title and a row's first line must show.
  target.scrollIntoView({block: "start"});
  // A target made to take focus (a quote's figure: tabindex=-1) takes it, so a screen reader reads on from there
  // (on any other it does nothing; it is in view already, so nothing scrolls).
  target.focus();
  return true;
}
