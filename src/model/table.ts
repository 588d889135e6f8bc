/**
 * The browser's table layer: Arquero's base Table, which holds typed columns
 * and reads them (numRows, columnNames, array, get) without Arquero's verbs.
 * ColumnTable, the class `aq.from` returns, carries every verb and with them
 * the expression parser, which the page never uses: verbs run at build time.
 */
import {columnsFrom} from "arquero/src/table/columns-from.js";
import {Table} from "arquero/src/table/Table.js";

export type {Table};

export function tableFrom(rows: readonly object[]): Table {
  return new Table(columnsFrom(rows));
}
