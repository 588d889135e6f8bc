import {css, html} from "lit";
import type {StepModel} from "../model/story-steps.ts";

/**
 * Every step of a presentation, to go to one (the overview, O): its number, title and caption's first words.
 * The current step's button has `autofocus`: the dialog's showModal() focuses it (and so brings it into view),
 * as PowerPoint's and reveal.js's overviews open on the slide being shown.
 */
export function overviewView(steps: readonly StepModel[], current: number, pick: (step: number) => void) {
  return html`<ol class="overview-list">${steps.map((s) => html`<li><button aria-current=${s.number === current ? "step" : "false"} ?autofocus=${s.number === current} @click=${() => pick(s.number)}>
    <span class="n">${s.number}</span><span class="t">${s.title}</span>
  </button></li>`)}</ol>`;
}

export const overviewStyles = css`
  .overview-list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.75rem; }
  .overview-list button { width: 100%; height: 100%; display: grid; grid-template-columns: auto 1fr; gap: 0.75rem; align-items: start; text-align: start; padding: 0.75rem; background: var(--panel); }
  /* The step shown: a ring inside the button, so the focus ring (outside: shared styles) still shows on it. */
  .overview-list button[aria-current="step"] { box-shadow: inset 0 0 0 3px var(--c-target); }
  .overview-list .n { font-size: 1.5em; font-weight: 700; font-variant-numeric: tabular-nums; color: var(--muted); }
  .overview-list .t { font-weight: 600; line-height: 1.3; }
`;
