/** Deep imports of Arquero's base table; the package ships JavaScript with JSDoc types only. */
declare module "arquero/src/table/Table.js" {
  export class Table {
    constructor(columns: Record<string, ArrayLike<unknown>>, names?: string[]);
    numRows(): number;
    numCols(): number;
    columnNames(): string[];
    array(name: string): ArrayLike<unknown>;
    get(name: string, row?: number): unknown;
    /** A table over the same columns with another filter or order (Arquero's own; compiles nothing). */
    create(options: {filter?: import("arquero/src/table/BitSet.js").BitSet; order?: (a: number, b: number) => number}): Table;
    /** The indices of the rows the filter keeps, in the table's order. */
    indices(): Uint32Array;
  }
}
declare module "arquero/src/table/columns-from.js" {
  export function columnsFrom(values: readonly object[], names?: string[]): Record<string, ArrayLike<unknown>>;
}
declare module "arquero/src/table/BitSet.js" {
  export class BitSet {
    constructor(size: number);
    set(index: number): void;
    get(index: number): number;
    count(): number;
  }
}
