import {css} from "lit";

/** Styles every element shares: links, focus, buttons, and the series and status colours. */
export const sharedStyles = css`
  :host { color: var(--fg); }
  a { color: var(--link); }
  a:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  button { font: inherit; color: inherit; min-height: 44px; min-width: 44px; padding: 0 0.9rem; border: 1px solid var(--rule); border-radius: 4px; background: var(--panel); cursor: pointer; }
  .series-baseline { color: var(--c-baseline); }
  .series-actual { color: var(--c-actual); }
  .series-target { color: var(--c-target); }
  .series-annual { color: var(--c-annual); }
  .series-district { color: var(--c-district); }
  .series-pace { color: var(--c-target); }
  .status { font-weight: 600; }
  .status-met { color: var(--s-met); }
  .status-on-track { color: var(--s-on-track); }
  .status-behind { color: var(--s-behind); }
  .status-moving-away { color: var(--s-moving-away); }
  /* What must stay on one line: a figure with its unit, a hyphenated word (marked.ts). */
  .nobr { white-space: nowrap; }
  /* A quote's English translation: ours, not the source's, and labelled so (quote-translation.ts). */
  .translation { color: var(--muted); margin: 0 0 1rem; }
  .translation-label { font-weight: 600; }
  .status-too-early { color: var(--s-too-early); }
  .status-not-comparable { color: var(--s-not-comparable); }
  .status-no-figure { color: var(--s-no-figure); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
