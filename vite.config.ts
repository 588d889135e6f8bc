import {fileURLToPath} from "node:url";
import {defineConfig, type Plugin} from "vitest/config";
import {CONTENT_SECURITY_POLICY} from "./src/security/csp.ts";

const noEval = fileURLToPath(new URL("./src/model/arquero-no-eval.ts", import.meta.url));
// The modules that compile code, and the two that reach the expression parser from the base Table.
const COMPILING = /arquero\/src\/(expression\/(compile|compare|row-object)|util\/unroll|table\/regroup)\.js$/;

/** The browser gets Arquero without the modules that call Function() or lead to them (see src/model/arquero-no-eval.ts). */
export function arqueroWithoutEval(): Plugin {
  return {
    name: "arquero-without-eval",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer || !/[\\/]arquero[\\/]src[\\/]/.test(importer)) return null;
      const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
      return resolved && COMPILING.test(resolved.id.replace(/\\/g, "/")) ? noEval : null;
    }
  };
}

export default defineConfig({
  base: "./",
  // Two pages, no single-page fallback: a missing file (data/x.json) is a 404, never index.html.
  appType: "mpa",
  plugins: [arqueroWithoutEval()],
  build: {
    target: "es2022",
    // Two pages: the explainer, and embed.html, one chart (or a story) for iframes on other sites.
    rolldownOptions: {input: {index: fileURLToPath(new URL("./index.html", import.meta.url)), embed: fileURLToPath(new URL("./embed.html", import.meta.url))}}
  },
  // The dev server and `vite preview` send the same policy a host should.
  server: {headers: {"Content-Security-Policy": CONTENT_SECURITY_POLICY}},
  preview: {headers: {"Content-Security-Policy": CONTENT_SECURITY_POLICY}},
  test: {
    // Pinned so that date-dependent output never depends on the machine.
    env: {TZ: "UTC"},
    testTimeout: 20000,
    // Two layers: `unit` needs nothing but a clone (`npx vitest run --project unit`); `built` reads
    // what `npm run build` and `npm run build:single` write, and drives Chromium over it.
    projects: [
      {extends: true, test: {name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/built/**", "test/browser/**"]}},
      {extends: true, test: {name: "built", include: ["test/built/**/*.test.ts", "test/browser/**/*.test.ts"]}}
    ]
  }
});
