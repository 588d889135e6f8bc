import {render} from "@lit-labs/ssr";
import {collectResultSync} from "@lit-labs/ssr/lib/render-result.js";
import {renderingStatic, type StaticPage} from "../model/url-state.ts";
import {loadChartHeights} from "../charts/load-chart-heights.ts";
import {loadModule} from "../app/lazy-module.ts";
import {minifyCss} from "../build/minify-css.ts";

// A chart drawn later keeps its space from its layout, which the browser loads on first use: here it is there from the start.
await loadModule("chart-heights", loadChartHeights);

/**
 * The comments Lit's renderer leaves for hydration (`<!--lit-part …-->`,
 * `<!--/lit-part-->`, `<!--lit-node 3-->`). The live page renders afresh from
 * the same template and model and takes the static copy's place, so they mark
 * nothing anyone reads: dropped, they are a seventh of a page's bytes.
 */
const HYDRATION_MARKERS = /<!--(?:\/?lit-part(?: [^>]*?)?|lit-node \d+)-->/g;

/**
 * A template as HTML, rendered on the server by Lit's own renderer: the same
 * templates the live page renders, so the static page and the live one cannot
 * differ. Shadow roots come out as declarative shadow DOM (with their styles),
 * which browsers draw without script. Every link made while it renders leads
 * to the static site, relative to `page` (src/model/url-state.ts).
 */
export function renderHtml(page: StaticPage, template: () => unknown): string {
  // The template is made inside too: a template's values (its links) are computed when it is made.
  // Each shadow root carries its element's styles: minified, as the bundle's are (vite.config.ts).
  return renderingStatic(page, () => collectResultSync(render(template())))
    .replace(HYDRATION_MARKERS, "")
    .replace(/(<style\b[^>]*>)([^<]*)(<\/style>)/g, (_, open: string, sheet: string, close: string) => `${open}${minifyCss(sheet)}${close}`);
}
