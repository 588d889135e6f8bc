/**
 * Stand-ins for the Arquero modules that compile code with Function() or lead
 * to the expression parser (compile, compare, unroll, row-object, regroup).
 * The browser build resolves them here (vite.config.ts), so the shipped bundle
 * compiles no code from strings and runs under the project's strict
 * Content-Security-Policy (src/security/csp.ts). Expression work (filter, derive, orderby, objects,
 * groupby) belongs at build time in Node; reaching it in the browser fails
 * loudly here.
 */
export class ExpressionInBrowserError extends Error {
  constructor(what: string) {
    super(`Arquero ${what} compiles code, which this page's Content-Security-Policy forbids; do expression work at build time`);
  }
}

const refuse = (what: string) => () => {
  throw new ExpressionInBrowserError(what);
};

export const compile = {
  escape: refuse("escape()"),
  expr: refuse("expressions"),
  expr2: refuse("expressions"),
  join: refuse("join expressions"),
  param: refuse("parameters")
};

export const compare = refuse("orderby()");
export const unroll = refuse("unroll()");

export const rowObjectBuilder = refuse("objects()");
export const nest = refuse("groupby()");
/** An ungrouped table (the only kind the page makes) has nothing to regroup when it is filtered: as Arquero's own regroup. */
export const regroup = <G>(groups: G | null, filter?: unknown): G | null => {
  if (!groups || !filter) return groups;
  throw new ExpressionInBrowserError("groupby()");
};
export const reindex = refuse("groupby()");
