import {BitSet} from "arquero/src/table/BitSet.js";
import type {Table} from "./table.ts";

/**
 * Filters and orders a table the way Arquero does inside (a BitSet of the rows
 * kept, a comparator of row indices), without its expression compiler: the
 * predicate and the comparator are plain functions of a row index, so nothing
 * is parsed or compiled, and the page keeps its strict Content-Security-Policy.
 * Returns the kept row indices, in order.
 */
export function selectRows(table: Table, keep: (row: number) => boolean, order?: (a: number, b: number) => number): Uint32Array {
  const rows = table.numRows();
  const bits = new BitSet(rows);
  for (let row = 0; row < rows; row++) if (keep(row)) bits.set(row);
  return table.create({filter: bits, ...(order ? {order: (a: number, b: number) => order(a, b)} : {})}).indices();
}
