/**
 * The web component (`npm run build`, after `vite build`): <bj-edu-chart> as
 * ONE ES module, dist/bj-edu-chart.js, with Plot and everything it loads
 * lazily on the page inlined (no code splitting), next to the site's data/.
 */
import {fileURLToPath} from "node:url";
import {defineConfig} from "vite";
import app, {BROWSER_TARGETS, minifyLitCss} from "./vite.config.ts";
import {thirdPartyNotices} from "./src/build/third-party-notices.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  // The notices of the site's build are kept, with any package only the component bundles added.
  plugins: [minifyLitCss(), thirdPartyNotices({root, outDir: `${root}dist`, merge: true})],
  define: app.define,
  build: {
    target: BROWSER_TARGETS,
    outDir: "dist",
    // The site is already in dist/: add the module next to it.
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: fileURLToPath(new URL("./src/shells/bj-edu-chart.ts", import.meta.url)),
      formats: ["es"],
      fileName: () => "bj-edu-chart.js"
    },
    // One file; minified whitespace included (Vite leaves whitespace in a library's ES output).
    rolldownOptions: {output: {codeSplitting: false, minify: true}}
  }
});
