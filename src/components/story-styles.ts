import {css} from "lit";

/**
 * The room view: one slide fills the screen and never scrolls (the slide's
 * text is sized from the stage: slide-view.ts). On a small or short screen
 * (a phone held sideways, 400 % zoom) the slide reflows and the page
 * scrolls instead, with every control in reach.
 */
export const storyStyles = css`
  :host { display: block; background: var(--bg); color: var(--fg); }
  .room { box-sizing: border-box; height: 100vh; height: 100dvh; overflow: hidden; display: grid; grid-template-rows: auto minmax(0, 1fr); gap: 0.4rem;
    padding: 0.5rem clamp(0.75rem, 2.5vw, 3rem) 0.8rem; }
  .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; min-height: 44px; font-size: clamp(16px, 1vw, 22px); }
  .bar .progress { display: flex; align-items: center; gap: 0.6em; margin-inline-end: auto; }
  progress { width: clamp(5rem, 16vw, 14em); height: 0.45em; accent-color: var(--c-target); }
  .bar button { font: inherit; }
  .typed { font-variant-numeric: tabular-nums; font-weight: 700; }
  .menu { position: relative; }
  .menu ul { position: absolute; inset-inline-end: 0; top: calc(100% + 4px); z-index: 3; margin: 0; padding: 0.25rem; list-style: none; min-width: 15em; background: var(--bg); border: 1px solid var(--rule); border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
  .menu ul[hidden] { display: none; }
  .menu li > :is(button, a) { display: flex; align-items: center; justify-content: space-between; gap: 1em; width: 100%; box-sizing: border-box; border: 0; background: none; text-align: start; min-height: 44px; padding: 0 0.75em; color: var(--link); }
  .menu kbd { color: var(--muted); font: inherit; }
  .stage { min-height: 0; container-type: size; display: grid; }
  .blank { position: fixed; inset: 0; z-index: 10; background: #000; }
  dialog { border: 1px solid var(--rule); border-radius: 8px; background: var(--bg); color: var(--fg); padding: 1.25rem; box-sizing: border-box; max-width: min(72rem, calc(100vw - 2rem)); width: 100%; }
  dialog::backdrop { background: rgb(0 0 0 / 0.5); }
  dialog h2 { margin: 0 0 0.75rem; font-size: 1.25rem; }
  /* In an embed: as tall as the content, text sized from the width alone (bj-story's embedded): a frame sized to
     its content reports that height to its host, and a slide that filled the frame would grow with it. */
  :host([embedded]) .room { height: auto; min-height: 0; overflow: visible; font-size: clamp(15px, 0.9vw + 10px, 20px); grid-template-rows: auto auto;
    /* Nothing in a frame follows the frame's height: a short frame (the snippet's first 480 px) gets a tall one's padding. */
    padding: 0.5rem clamp(0.75rem, 2.5vw, 3rem) 0.8rem; }
  :host([embedded]) .stage { display: block; container-type: normal; }
  /* The slide's own text size follows its stage's size (container units): in a frame that would follow the frame. */
  :host([embedded]) .slide { display: block; height: auto; font-size: inherit; }
  :host([embedded]) .slide > * + * { margin-top: 0.4em; }
  :host([embedded]) bj-chart-figure { margin: 0.75em 0 0; }
  /* Full screen: the slide and its progress; the keys still work, and Escape leaves. */
  :host(:fullscreen) .bar > :not(.progress, .typed) { display: none; }
  @media print { .room { display: none; } }
  @media (max-width: 600px), (max-height: 500px) {
    .room { height: auto; min-height: 100dvh; overflow: visible; padding: 0.5rem 0.75rem 1rem; }
    /* The menu opens under the bar, across it, so every item is on screen. */
    .bar { position: relative; }
    .menu { position: static; }
    .menu ul { inset-inline: 0; min-width: 0; }
    .stage { container-type: normal; }
    .stage .slide { font-size: 16px; height: auto; }
  }
`;
