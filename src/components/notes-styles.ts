import {css} from "lit";

/**
 * The speaker's window: a bar (timer, pace, clock, controls), then the slide
 * the room sees and the next one side by side at the same size, the notes in
 * large type under them. On a narrow window the panes stack.
 */
export const notesStyles = css`
  :host { display: block; box-sizing: border-box; min-height: 100vh; padding: 0.75rem clamp(0.75rem, 1.5vw, 1.5rem); background: var(--bg); color: var(--fg); font-size: clamp(16px, 1.1vw, 20px); line-height: 1.4; }
  .top { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; align-items: center; }
  .timer { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .reading, .clock { display: inline-flex; flex-direction: column; font-variant-numeric: tabular-nums; color: var(--muted); font-size: 0.85em; }
  .reading strong, .clock strong { color: var(--fg); font-size: 2em; line-height: 1.05; }
  .target { display: inline-flex; flex-direction: column; font-size: 0.85em; color: var(--muted); }
  .target input { font: inherit; font-size: 1.15em; color: var(--fg); width: 5em; min-height: 40px; box-sizing: border-box; padding: 0 0.4em; border: 1px solid var(--rule); border-radius: 4px; background: var(--bg); }
  .pace { display: inline-flex; flex-direction: column; font-weight: 700; padding: 0.2em 0.6em; border-radius: 4px; border: 2px solid currentColor; }
  .pace small { font-weight: 400; color: var(--fg); }
  .pace.on-pace, .pace.ahead { color: var(--s-met); }
  .pace.behind, .pace.over { color: var(--s-behind); }
  .typed { font-weight: 700; font-variant-numeric: tabular-nums; }
  .controls { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-inline-start: auto; }
  a.exit { display: inline-flex; align-items: center; min-height: 44px; padding: 0 0.9rem; border: 1px solid var(--rule); border-radius: 4px; text-decoration: none; }
  .blanked { margin: 0.5rem 0 0; padding: 0.4rem 0.75rem; background: #000; color: #fff; border-radius: 4px; font-weight: 700; }
  .panes { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.75rem 1.25rem; margin-top: 0.75rem; }
  .panes h2 { font-size: 0.9em; font-weight: 600; color: var(--muted); margin: 0 0 0.3rem; }
  .notes { grid-column: 1 / -1; }
  .end { display: grid; place-items: center; aspect-ratio: 4 / 3; margin: 0; border: 1px dashed var(--rule); border-radius: 4px; color: var(--muted); font-size: 1.4em; }
  @media (max-width: 56rem) { .panes { grid-template-columns: minmax(0, 1fr); } }
  h1 { font-size: 1.2em; line-height: 1.25; margin: 0 0 0.5rem; }
  h1:focus { outline: none; }
  .notes-text { font-size: 1.35em; line-height: 1.45; max-width: 60em; }
  .notes-text p { margin: 0 0 0.6em; }
  .warnings { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border-inline-start: 4px solid var(--s-behind); background: var(--panel); }
  .warnings ul { margin: 0.25rem 0 0; padding-inline-start: 1.2em; }
  .keys { color: var(--muted); font-size: 0.9em; grid-column: 1 / -1; margin: 0; }
  dialog { border: 1px solid var(--rule); border-radius: 8px; background: var(--bg); color: var(--fg); padding: 1.25rem; max-width: min(72rem, calc(100vw - 2rem)); width: 100%; box-sizing: border-box; }
  dialog::backdrop { background: rgb(0 0 0 / 0.5); }
  dialog h2 { margin: 0 0 0.75rem; font-size: 1.2em; }
`;
