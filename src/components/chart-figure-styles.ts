import {css} from "lit";

/** The chart figure's own styles: legend, plot, read-out, source line, actions and table. */
export const chartFigureStyles = css`
  :host { display: block; margin: 1.5rem 0 2rem; --chart-bg: var(--bg); }
  figure { margin: 0; }
  .chart-title { font-size: 1rem; line-height: 1.4; margin: 0 0 0.25rem; }
  /* As the page's headings (page.css): a Chinese title breaks between phrases, never overflows. */
  .chart-title:lang(zh) { word-break: keep-all; overflow-wrap: anywhere; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 0 0 0.5rem; font-size: 0.8125rem; color: var(--muted); }
  .legend li { display: inline-flex; align-items: center; gap: 0.3rem; }
  .legend svg { flex: none; }
  .plot { width: 100%; }
  .plot svg { display: block; max-width: 100%; height: auto; overflow: visible; }
  .plot svg.adopted, .plot svg.scaled { width: 100%; }
  /* A pre-rendered chart: one drawing for every width, as on the static page (src/styles/page.css). */
  .plot svg.responsive { max-width: 403px; }
  /* A chart the build drew as a picture (the static page's charts below the first screen). */
  .plot img.chart-picture { display: block; width: 100%; max-width: 403px; height: auto; }
  .plot a { cursor: pointer; outline: none; }
  .plot a:focus-visible circle, .plot a:hover circle { fill-opacity: 0.18; stroke: var(--focus); stroke-width: 3; }
  .plot .chart-note { fill: var(--muted); }
  .subtitle { margin: 0 0 0.4rem; font-size: 0.875rem; color: var(--muted); }
  figure:focus, .chart-end:focus { outline: none; }
  .skip-chart { position: absolute; inset-inline-start: -9999px; }
  .skip-chart:focus { position: static; display: inline-flex; align-items: center; min-height: 24px; margin: 0 0 0.25rem; }
  .plot { position: relative; }
  .plot .tick-label, .plot .axis-break { fill: var(--muted); stroke: var(--muted); stroke-width: 0; }
  .plot .axis-break { stroke-width: 1.5; }
  .plot .status-met { color: var(--s-met); } .plot .status-on-track { color: var(--s-on-track); } .plot .status-behind { color: var(--s-behind); }
  .plot .status-moving-away { color: var(--s-moving-away); } .plot .status-too-early { color: var(--s-too-early); }
  .plot .status-not-comparable { color: var(--s-not-comparable); } .plot .status-no-figure { color: var(--s-no-figure); }
  .tip { position: absolute; z-index: 2; max-width: min(18rem, 100%); box-sizing: border-box; padding: 0.4rem 0.6rem; background: var(--bg); color: var(--fg); border: 1px solid var(--rule); border-radius: 6px; box-shadow: 0 2px 10px rgb(0 0 0 / 0.18); font-size: 0.8125rem; line-height: 1.4; display: grid; gap: 0.1rem; }
  /* A bridge over the gap to the mark: a pointer moving onto the tip stays on it (WCAG 1.4.13). */
  .tip::before { content: ""; position: absolute; inset-inline: 0; bottom: 100%; height: 8px; }
  .legend .ring { color: var(--fg); }
  figcaption { font-size: 0.8125rem; color: var(--muted); }
  .table-wrap { margin-top: 0.5rem; }
  .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.5rem; }
  /* Printed, the title and subtitle stay whole and with the drawing, even in a figure taller than a page (which breaks after all). */
  @media print {
    .actions, .tip { display: none; }
    .chart-title, .subtitle { break-inside: avoid; break-after: avoid; }
  }
  /* Without script (a static page), the buttons would do nothing: the chart and its source line stay. */
  @media (scripting: none) { .actions, .skip-chart { display: none; } }
`;
