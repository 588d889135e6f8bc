import {createHash} from "node:crypto";

/**
 * The one inline script of the explainer's pages, run before the first paint:
 * an address that names another view (a story's slide, the data, an indicator,
 * a source) or the page's other language marks the document, and page.css then
 * does not paint the static explainer, which that view replaces: the first
 * thing such a link shows is its own view (src/app/hydration.ts takes over).
 * Plain ES5, a few hundred bytes; the Content-Security-Policy allows it by its
 * hash (src/security/csp.ts), and nothing else inline.
 */
// The language asked for: the query's lang= if it names one, else the page file's (en/ is English: its links carry no lang=).
export const FIRST_PAINT_SCRIPT = `(function(d){var q=location.search,m=/[?&]lang=(en|zh)(&|$)/.exec(q),e=m?m[1]==="en":/\\/en\\/(index\\.html)?$/.test(location.pathname);if(/[?&](story|view|indicator)=/.test(q)||e!==(d.lang==="en"))d.className+=" live-view"})(document.documentElement)`;

/** The script's CSP hash source (`'sha256-…'`). */
export function firstPaintHash(): string {
  return `'sha256-${createHash("sha256").update(FIRST_PAINT_SCRIPT).digest("base64")}'`;
}
