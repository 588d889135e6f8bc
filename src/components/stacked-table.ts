import {html, nothing, unsafeCSS} from "lit";
import {ifDefined} from "lit/directives/if-defined.js";
import styles from "../styles/stacked-table.css?inline";

/** The stacked-table rules for a shadow root (the page's light DOM gets the same file through page.css). */
export const stackedTableStyles = unsafeCSS(styles);

export interface TableColumn<R> {
  /** The column's name: its header, and the label a cell carries when rows stack on a narrow screen. */
  label: string;
  /** What the header shows, when more than its name (a sort button). */
  header?: unknown;
  /** aria-sort, for a sortable column. */
  sort?: "ascending" | "descending" | "none";
  cell: (row: R) => unknown;
}

export interface StackedTableOptions<R> {
  caption?: unknown;
  /** An id per row, for a fragment link (#all-…). */
  rowId?: (row: R) => string | undefined;
  /** The observation a row shows (data-observation), for tests and for links. */
  rowObservation?: (row: R) => string | undefined;
  /** What an empty table says. */
  empty?: string;
  /**
   * Draw only rows `start` to `end` (a long table, bj-data-view): the rows
   * above and below keep their place as empty space of `rowHeight` each, and
   * the table says how many rows it has (aria-rowcount) and which each drawn
   * row is (aria-rowindex), so assistive technology knows the whole.
   */
  window?: {start: number; end: number; rowHeight: number};
}

/**
 * A table that stays a table for assistive technology and, in a narrow
 * container, shows each row as a card of labelled lines instead of columns a
 * character wide (stacked-table.css). The explicit roles keep the table's
 * semantics when CSS changes its display; the labels are drawn with
 * `content: attr(data-label) / ""`, so they are not read twice.
 */
export function stackedTable<R>(rows: readonly R[], columns: readonly TableColumn<R>[], {caption, rowId, rowObservation, empty, window}: StackedTableOptions<R> = {}) {
  const start = window ? Math.max(0, Math.min(window.start, rows.length)) : 0;
  const end = window ? Math.max(start, Math.min(window.end, rows.length)) : rows.length;
  const space = (count: number) =>
    count > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${columns.length} style="height: ${Math.round(count * window!.rowHeight)}px"></td></tr>` : nothing;
  return html`<table class="stack" role="table" aria-rowcount=${ifDefined(window ? rows.length + 1 : undefined)}>
    ${caption ? html`<caption>${caption}</caption>` : nothing}
    <thead role="rowgroup"><tr role="row" aria-rowindex=${ifDefined(window ? 1 : undefined)}>${columns.map((c) => html`<th role="columnheader" scope="col" aria-sort=${ifDefined(c.sort)}>${c.header ?? c.label}</th>`)}</tr></thead>
    <tbody role="rowgroup">
      ${rows.length === 0 && empty ? html`<tr role="row"><td role="cell" colspan=${columns.length}>${empty}</td></tr>` : nothing}
      ${window ? space(start) : nothing}
      ${rows.slice(start, end).map((row, i) => html`<tr role="row" id=${ifDefined(rowId?.(row))} data-observation=${ifDefined(rowObservation?.(row))} aria-rowindex=${ifDefined(window ? start + i + 2 : undefined)}>
        ${columns.map((c) => html`<td role="cell" data-label=${c.label}>${c.cell(row)}</td>`)}
      </tr>`)}
      ${window ? space(rows.length - end) : nothing}
    </tbody>
  </table>`;
}
