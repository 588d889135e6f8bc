/**
 * The offline single-file build (`npm run build:single`): the same entry as
 * vite.config.ts (index.html, src/main.ts) with code splitting off, so every
 * lazily loaded module (Plot, the views, the downloads…) is in one JS file and
 * every style in one CSS file. scripts/build-single.ts then inlines them, the
 * data and the pre-rendered page into dist-single/beijing-education-14th-fyp.html.
 */
import {fileURLToPath} from "node:url";
import {defineConfig, type Plugin} from "vite";
import app, {BROWSER_TARGETS, minifyLitCss} from "./vite.config.ts";
import {thirdPartyNotices} from "./src/build/third-party-notices.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Adds src/app/single-data-links.ts, which serves the page's links to data/ files from the embedded copies. */
function embeddedDataLinks(): Plugin {
  return {
    name: "single-file-data-links",
    // "pre": before Vite bundles the page's module scripts, so that this one is bundled with them.
    transformIndexHtml: {order: "pre", handler: () => [{tag: "script", attrs: {type: "module", src: "/src/app/single-data-links.ts"}, injectTo: "body"}]}
  };
}

export default defineConfig({
  base: "./",
  // The notices go into the single file (scripts/build-single.ts).
  plugins: [minifyLitCss(), embeddedDataLinks(), thirdPartyNotices({root, outDir: `${root}dist-single`})],
  define: app.define,
  build: {
    target: BROWSER_TARGETS,
    outDir: "dist-single",
    emptyOutDir: true,
    // lang.js and the data are inlined by scripts/build-single.ts, not copied.
    copyPublicDir: false,
    cssCodeSplit: false,
    // One chunk: nothing to preload; any asset a module imports becomes a data: URL.
    modulePreload: false,
    assetsInlineLimit: () => true,
    rolldownOptions: {output: {codeSplitting: false}}
  }
});
