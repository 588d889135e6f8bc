import {css, unsafeCSS} from "lit";
import {LEGIBLE_FRAME_WIDTH} from "./bj-slide-frame.ts";

const legible = unsafeCSS(`${LEGIBLE_FRAME_WIDTH}px`);

/**
 * The speaker's window. On a landscape screen (1024×768 and up) it never
 * scrolls: the slide the room sees at the left, as large as the height
 * leaves room for and never too small to read; the timer, clock and
 * controls under it (on a short screen the controls head the right column); at the right the next slide (a picture where one fits
 * at a readable size, else its title in words) and the notes, in the largest
 * type their pane holds (FitFont). In a narrow window the parts stack and the
 * page scrolls.
 */
export const notesStyles = css`
  :host { display: block; background: var(--bg); color: var(--fg); font-size: clamp(16px, 1.05vw, 20px); line-height: 1.4; }
  .speaker { box-sizing: border-box; min-height: 100vh; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.6rem clamp(0.75rem, 1.4vw, 1.5rem); padding: clamp(0.5rem, 1.2vw, 1.25rem); }
  h2 { display: flex; flex-wrap: wrap; gap: 0 1em; font-size: 0.85em; font-weight: 600; color: var(--muted); margin: 0 0 0.25rem; }
  .typed { color: var(--fg); font-weight: 700; font-variant-numeric: tabular-nums; }
  .picture { position: relative; }
  .blanked { position: absolute; inset: 0; margin: 0; display: grid; place-items: center; padding: 1em; text-align: center; background: #000; color: #fff; border-radius: 4px; font-weight: 700; font-size: 1.2em; }
  .bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
  .timer, .controls { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; align-content: start; }
  .reading, .clock, .target { display: inline-flex; flex-direction: column; font-size: 0.85em; color: var(--muted); font-variant-numeric: tabular-nums; }
  .reading strong, .clock strong { color: var(--fg); font-size: 1.9em; line-height: 1.05; }
  .target input { font: inherit; font-size: 1.15em; color: var(--fg); width: 4.5em; min-height: 40px; box-sizing: border-box; padding: 0 0.4em; border: 1px solid var(--rule); border-radius: 4px; background: var(--bg); }
  .pace { display: inline-flex; flex-direction: column; font-weight: 700; padding: 0.1em 0.5em; border-radius: 4px; border: 2px solid currentColor; }
  .pace small { font-weight: 400; color: var(--fg); }
  .pace.on-pace, .pace.ahead { color: var(--s-met); }
  .pace.behind, .pace.over { color: var(--s-behind); }
  a.exit { display: inline-flex; align-items: center; min-height: 44px; padding: 0 0.9rem; border: 1px solid var(--rule); border-radius: 4px; text-decoration: none; }
  .keys { flex-basis: 100%; color: var(--muted); font-size: 0.8em; margin: 0; }
  .side { display: flex; flex-direction: column; gap: 0.75rem; min-width: 0; container: side / inline-size; }
  .next-title { margin: 0; font-size: 1.1em; font-weight: 600; line-height: 1.3; }
  /* The next slide as a picture only where it is drawn large enough to read (and the height leaves the notes room); its title in words otherwise. */
  .next bj-slide-frame { display: none; }
  @media (min-height: 62rem) {
    @container side (min-width: ${legible}) {
      .next bj-slide-frame { display: block; width: min(100%, max(${legible}, 55vh)); }
      .next-title { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    }
  }
  .notes { font-size: 1.2em; }
  .end { margin: 0; padding: 0.5em; border: 1px dashed var(--rule); border-radius: 4px; color: var(--muted); }
  h1 { font-size: 0.8em; line-height: 1.25; margin: 0 0 0.4em; color: var(--muted); }
  h1:focus { outline: none; }
  .notes-text { line-height: 1.4; max-width: 60em; }
  .notes-text p { margin: 0 0 0.5em; }
  .warnings { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border-inline-start: 4px solid var(--s-behind); background: var(--panel); font-size: 0.8em; }
  .warnings ul { margin: 0.25rem 0 0; padding-inline-start: 1.2em; }
  @media (min-width: 62rem) and (min-height: 37.5rem) {
    .speaker { height: 100vh; height: 100dvh; grid-template-columns: clamp(${legible}, 56vw, (100vh - 13rem) * 4 / 3) minmax(0, 1fr); grid-template-rows: auto auto minmax(0, 1fr); grid-template-areas: "now side" "bar side" "controls side"; }
    .now { grid-area: now; }
    .bar { grid-area: bar; }
    .controls { grid-area: controls; }
    .side { grid-area: side; min-height: 0; }
    .notes { flex: 1 1 0; min-height: 0; overflow: auto; }
  }
  /* A wide, short screen (1280×720): under the slide there is room for the timer only; the controls head the right column. */
  @media (min-width: 75rem) and (min-height: 37.5rem) and (max-height: 47rem) {
    .speaker { grid-template-rows: auto minmax(0, 1fr) auto; grid-template-areas: "now controls" "now side" "bar side"; }
  }
  dialog { border: 1px solid var(--rule); border-radius: 8px; background: var(--bg); color: var(--fg); padding: 1.25rem; max-width: min(72rem, calc(100vw - 2rem)); width: 100%; box-sizing: border-box; }
  dialog::backdrop { background: rgb(0 0 0 / 0.5); }
  dialog h2 { margin: 0 0 0.75rem; font-size: 1.2em; color: var(--fg); }
`;
