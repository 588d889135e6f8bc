// The parts of citation-js (plain JavaScript without types) that the citation tests use.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: {forceType?: string});
    /** The items read, as CSL-JSON. */
    data: Array<Record<string, unknown>>;
    format(format: "bibliography" | "bibtex" | "data", options?: {template?: string; lang?: string; format?: "text" | "html"}): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
