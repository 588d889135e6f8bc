import {css} from "lit";

/** The chart figure's own styles: legend, plot, read-out, source line, actions and table. */
export const chartFigureStyles = css`
  :host { display: block; margin: 1.5rem 0 2rem; --chart-bg: var(--bg); }
  figure { margin: 0; }
  h3 { font-size: 1rem; margin: 0 0 0.25rem; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 0 0 0.5rem; font-size: 0.8125rem; color: var(--muted); }
  .legend li { display: inline-flex; align-items: center; gap: 0.3rem; }
  .legend svg { flex: none; }
  .plot { width: 100%; }
  .plot svg { display: block; max-width: 100%; height: auto; overflow: visible; }
  .plot svg.adopted, .plot svg.scaled { width: 100%; }
  .plot a { cursor: pointer; outline: none; }
  .plot a:focus-visible circle, .plot a:hover circle { fill-opacity: 0.18; stroke: var(--focus); stroke-width: 3; }
  .plot .chart-note { fill: var(--muted); }
  .readout { min-height: 1.6em; margin: 0.25rem 0; font-size: 0.875rem; }
  figcaption { font-size: 0.8125rem; color: var(--muted); }
  table { border-collapse: collapse; width: 100%; font-size: 0.875rem; margin-top: 0.5rem; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { text-align: start; padding: 0.3rem 0.4rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
  .table-wrap { overflow-x: auto; }
  .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.5rem; }
  @media print { .actions, .readout { display: none; } }
`;
