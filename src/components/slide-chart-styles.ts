import {css} from "lit";
import {BjChartFigure} from "./bj-chart-figure.ts";

/**
 * What a slide's chart (`room`) and a handout's (`preview`) add to a chart
 * figure's styles. They come with story mode, not with the first view: the
 * figure adopts them when it is one of these (bj-chart-figure.ts).
 */
export const slideChartStyles = css`
  /* A chart beside words that name it (a handout's): legend and source line at 8.4 pt, as a printed note. */
  :host([preview]) .legend, :host([preview]) figcaption { font-size: 0.7rem; }
  /* A slide's chart (room): legend and source line a step below the chart's labels, the plot as large as the space left allows, in its own shape. */
  :host([room]) { margin: 0; height: 100%; min-height: 0; }
  :host([room]) figure { height: 100%; display: flex; flex-direction: column; }
  :host([room]) .legend, :host([room]) figcaption { font-size: 0.9em; gap: 0.2em 1.2em; line-height: 1.3; }
  :host([room]) .legend { margin-bottom: 0.3em; }
  :host([room]) .legend svg { width: 0.9em; height: 0.9em; }
  :host([room]) .plot { flex: 1 1 0; min-height: 0; container-type: size; display: flex; justify-content: center; align-items: flex-start; }
  :host([room]) .plot svg.scaled, :host([room]) .plot svg.adopted { width: min(100cqw, calc(100cqh / var(--aspect, 0.5))); height: auto; flex: none; }
  /* A slide on a small or short screen (a phone held sideways, 400 % zoom): the page scrolls and the chart keeps its own shape at the column's width. */
  @media (max-width: 600px), (max-height: 500px) {
    :host([room]) { height: auto; }
    :host([room]) figure { height: auto; }
    :host([room]) .plot { flex: none; container-type: normal; display: block; }
    :host([room]) .plot svg.scaled, :host([room]) .plot svg.adopted { width: 100%; }
  }
`;

BjChartFigure.slideStyles ??= slideChartStyles;
