/** Deep imports of Arquero's base table; the package ships JavaScript with JSDoc types only. */
declare module "arquero/src/table/Table.js" {
  export class Table {
    constructor(columns: Record<string, ArrayLike<unknown>>, names?: string[]);
    numRows(): number;
    numCols(): number;
    columnNames(): string[];
    array(name: string): ArrayLike<unknown>;
    get(name: string, row?: number): unknown;
  }
}
declare module "arquero/src/table/columns-from.js" {
  export function columnsFrom(values: readonly object[], names?: string[]): Record<string, ArrayLike<unknown>>;
}
