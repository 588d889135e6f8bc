// The parts of `datapackage` (frictionless-js, plain JavaScript without types) that the harness uses.
declare module "datapackage" {
  /** An error the client emits in place of a row when reading with `forceCast`. */
  export interface RowError extends Error {
    rowNumber?: number;
    columnNumber?: number;
    errors?: RowError[];
  }

  export interface ForeignKey {
    fields: string[];
    reference: {resource: string; fields: string[]};
  }

  export interface Schema {
    readonly valid: boolean;
    readonly errors: Error[];
    readonly fieldNames: string[];
    readonly primaryKey: string[];
    readonly foreignKeys: ForeignKey[];
    readonly descriptor: {missingValues?: string[]};
  }

  export interface ReadOptions {
    cast?: boolean;
    forceCast?: boolean;
    relations?: boolean;
  }

  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly tabular: boolean;
    readonly descriptor: {profile?: unknown};
    readonly headers: string[] | null;
    readonly schema: Schema | null;
    read(options?: ReadOptions): Promise<Array<unknown[] | RowError>>;
  }

  export class Package {
    static load(descriptor: string | object, options?: {basePath?: string; strict?: boolean}): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
