/**
 * The last step of `npm run build:single`, after `npm run data` and
 * `vite build --config vite.single.config.ts`: the offline single file
 * (src/prerender/build-single.ts), through Vite's server-side module loader
 * as the site step is (scripts/build-site.ts).
 *
 *   tsx scripts/build-single.ts [--data public/data] [--out dist-single]
 */
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import {createServer} from "vite";

const {values} = parseArgs({options: {data: {type: "string"}, out: {type: "string"}}});
const vite = await createServer({server: {middlewareMode: true, hmr: false, ws: false}, appType: "custom", logLevel: "warn", optimizeDeps: {noDiscovery: true, include: []}});
try {
  const {buildSingle} = (await vite.ssrLoadModule("/src/prerender/build-single.ts")) as typeof import("../src/prerender/build-single.ts");
  await buildSingle({data: resolve(values.data ?? "public/data"), out: resolve(values.out ?? "dist-single"), log: console.log});
} finally {
  await vite.close();
}
