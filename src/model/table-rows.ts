import type {Table} from "./table.ts";

/**
 * Rows of an Arquero table as plain objects. `table.objects()` compiles code
 * with Function(), which a strict Content-Security-Policy forbids; reading
 * whole columns with `array()` does not.
 */
export function tableRows<T extends object>(table: Table): T[] {
  const names = table.columnNames();
  const columns = names.map((name) => table.array(name) as ArrayLike<unknown>);
  const rows: T[] = [];
  for (let i = 0; i < table.numRows(); i++) {
    const row: Record<string, unknown> = {};
    names.forEach((name, j) => (row[name] = columns[j][i]));
    rows.push(row as T);
  }
  return rows;
}
