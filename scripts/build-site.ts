/**
 * The site step: each language's page model, once, from the published data.
 *
 *   tsx scripts/build-site.ts [--dist dist] [--data dist/data]   after `vite build`: page parts, static pages, pictures
 *   tsx scripts/build-site.ts --data public/data                  the page parts only (the dev server's)
 *
 * The work is src/prerender/build-site.ts's; it runs through Vite's server-side
 * module loader, which reads the components' templates (and the style sheets
 * they import) as the browser build does.
 */
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import {createServer} from "vite";

const {values} = parseArgs({options: {dist: {type: "string"}, data: {type: "string"}}});
const dist = values.dist ? resolve(values.dist) : undefined;
const data = resolve(values.data ?? (dist ? `${dist}/data` : "public/data"));
const vite = await createServer({server: {middlewareMode: true, hmr: false, ws: false}, appType: "custom", logLevel: "warn", optimizeDeps: {noDiscovery: true, include: []}});
try {
  const {buildSite} = (await vite.ssrLoadModule("/src/prerender/build-site.ts")) as typeof import("../src/prerender/build-site.ts");
  await buildSite({data, dist, log: console.log});
} finally {
  await vite.close();
}
