import {css} from "lit";

/** The deck editor: a toolbar, the slides on one side and the chosen slide's form and preview on the other (stacked on a narrow screen). */
export const deckEditorStyles = css`
  :host { display: block; max-width: 90rem; margin: 0 auto; padding: 1rem clamp(0.75rem, 3vw, 2rem) 3rem; }
  h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
  h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
  .intro { max-width: 46rem; margin: 0 0 1rem; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0 0 0.75rem; }
  .button { display: inline-flex; align-items: center; min-height: 44px; padding: 0 0.9rem; border: 1px solid var(--rule); border-radius: 4px; background: var(--panel); color: var(--fg); text-decoration: none; cursor: pointer; box-sizing: border-box; }
  .button.primary { background: var(--c-target); border-color: var(--c-target); color: var(--bg); font-weight: 700; }
  .button[aria-disabled="true"] { opacity: 0.5; cursor: not-allowed; }
  .button:focus-visible, .open:focus-within { outline: 3px solid var(--focus); outline-offset: 2px; }
  .open input { position: absolute; width: 1px; height: 1px; opacity: 0; }
  .open { position: relative; }
  .notice { padding: 0.5rem 0.75rem; border-inline-start: 4px solid var(--c-target); background: var(--panel); margin: 0 0 0.75rem; }
  .notice.alert { border-color: var(--s-behind); }
  .link { display: grid; gap: 0.25rem; margin: 0 0 0.75rem; }
  .link input { font: inherit; font-size: 0.875rem; min-height: 40px; padding: 0 0.5rem; border: 1px solid var(--rule); border-radius: 4px; background: var(--bg); color: var(--muted); }
  .titles { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0.75rem; margin: 0 0 1rem; }
  .titles label, .field, .add { display: grid; gap: 0.25rem; }
  input, textarea, select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--rule); border-radius: 4px; box-sizing: border-box; width: 100%; }
  input:not([type="checkbox"], [type="radio"]), select { min-height: 44px; padding: 0 0.5rem; }
  textarea { padding: 0.4rem 0.5rem; resize: vertical; line-height: 1.45; }
  input[type="checkbox"], input[type="radio"] { width: auto; min-height: 0; }
  [aria-invalid="true"] { border-color: var(--s-behind); border-width: 2px; }
  .problem { color: var(--s-behind); font-size: 0.875rem; min-height: 1em; }
  .hint { color: var(--muted); font-size: 0.875rem; }
  .layout { display: grid; grid-template-columns: minmax(16rem, 1fr) minmax(0, 2.2fr); gap: 1.5rem; align-items: start; }
  @media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
  .slides { list-style: none; margin: 0 0 1rem; padding: 0; display: grid; gap: 0.4rem; }
  .slides li { display: grid; grid-template-columns: minmax(0, 1fr) auto auto auto; gap: 0.25rem; }
  .slides li.selected .pick { border-color: var(--c-target); border-width: 2px; }
  .pick { display: flex; gap: 0.5rem; align-items: baseline; text-align: start; padding: 0.4rem 0.6rem; min-width: 0; }
  .pick .n { font-weight: 700; color: var(--muted); font-variant-numeric: tabular-nums; }
  .flag { color: var(--s-behind); }
  .add { padding: 0.75rem; border: 1px dashed var(--rule); border-radius: 6px; }
  .add button { justify-self: start; }
  .empty { color: var(--muted); }
  .warnings { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border-inline-start: 4px solid var(--s-behind); background: var(--panel); }
  .warnings ul { margin: 0 0 0.5rem; padding-inline-start: 1.2em; }
  .choices { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 0 0 0.75rem; }
  fieldset { border: 1px solid var(--rule); border-radius: 6px; margin: 0; padding: 0.5rem 0.75rem; min-width: 0; }
  .choices label { display: flex; gap: 0.4rem; align-items: center; min-height: 32px; }
  .insert { display: grid; gap: 0.25rem; margin: 0 0 0.75rem; }
  .langs { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0.75rem; }
  .lang { display: grid; gap: 0.5rem; }
  bj-slide-frame { max-width: 48rem; }
  dialog { border: 1px solid var(--rule); border-radius: 8px; background: var(--bg); color: var(--fg); padding: 1.25rem; max-width: min(36rem, calc(100vw - 2rem)); width: 100%; box-sizing: border-box; }
  dialog::backdrop { background: rgb(0 0 0 / 0.5); }
  @media print { .editor, dialog { display: none; } }
`;
