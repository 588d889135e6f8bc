import {css} from "lit";

/**
 * The room view: one slide fills the screen and never scrolls. Text is sized
 * from the screen (at least 24 px at 1920×1080, proportionally less on
 * smaller screens); the chart takes the space the heading and caption leave.
 */
export const storyStyles = css`
  :host { display: block; background: var(--bg); color: var(--fg); }
  .room { box-sizing: border-box; height: 100vh; height: 100dvh; overflow: hidden; display: grid; grid-template-rows: auto minmax(0, 1fr); gap: 0.4em;
    padding: 0.6em clamp(0.75rem, 3vw, 2.5em) 0.8em; font-size: clamp(16px, min(1.35vw, 2.4vh), 44px); line-height: 1.35; }
  .bar { display: flex; align-items: center; gap: 0.6em; min-height: 44px; font-size: max(16px, 0.95em); }
  .bar .progress { display: flex; align-items: center; gap: 0.6em; margin-inline-end: auto; }
  progress { width: clamp(5rem, 16vw, 14em); height: 0.45em; accent-color: var(--c-target); }
  .bar button, .bar a.exit { font: inherit; min-height: 44px; min-width: 44px; }
  .bar .menu { position: relative; }
  .bar .menu ul { position: absolute; inset-inline-end: 0; top: calc(100% + 4px); z-index: 3; margin: 0; padding: 0.25rem; list-style: none; min-width: 14em; background: var(--bg); border: 1px solid var(--rule); border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
  .bar .menu ul[hidden] { display: none; }
  .bar .menu li > * { display: flex; align-items: center; width: 100%; box-sizing: border-box; border: 0; background: none; text-align: start; min-height: 44px; padding: 0 0.75em; color: var(--link); text-decoration: none; }
  .stage { min-height: 0; display: grid; }
  .slide { min-height: 0; display: grid; grid-template-rows: auto auto minmax(0, 1fr); gap: 0.3em; max-width: 96em; width: 100%; margin: 0 auto; }
  h1 { font-size: 1.45em; line-height: 1.2; margin: 0; }
  .caption { font-size: 1.05em; margin: 0; max-width: 52em; }
  .caption strong { background: var(--mark); padding: 0 0.15em; border-radius: 2px; }
  .chart { min-height: 0; }
  [tabindex="-1"]:focus { outline: none; }
  /* In an embed: as tall as the content, text sized from the width alone (bj-story's embedded). */
  :host([embedded]) .room { height: auto; overflow: visible; font-size: clamp(15px, 0.9vw + 10px, 20px); grid-template-rows: auto auto; }
  :host([embedded]) .stage, :host([embedded]) .slide { display: block; }
  :host([embedded]) .slide > * + * { margin-top: 0.4em; }
  :host([embedded]) bj-chart-figure { margin: 0.75em 0 0; }
  /* Full screen: the slide and its progress; the keys still work, and Escape leaves. */
  :host(:fullscreen) .bar > :not(.progress) { display: none; }
  @media print { .room { display: none; } }
`;
