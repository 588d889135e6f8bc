import {availableParallelism} from "node:os";
import {relative} from "node:path";
import {fileURLToPath} from "node:url";
import {defineConfig, type Plugin} from "vitest/config";
import {DEFAULT_LANG, isLang} from "./src/i18n/locale.ts";
import {CONTENT_SECURITY_POLICY} from "./src/security/csp.ts";
import {hostingHeaders} from "./src/security/preview-headers.ts";
import {thirdPartyNotices} from "./src/build/third-party-notices.ts";
import {minifyCssLiterals} from "./src/build/minify-css.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The browsers the site is built for and tested against (README, "Browsers"): Safari and iOS from
 * 16.4 (the last Safari of the iPhones that stop at iOS 16), Chrome, Edge and Samsung Internet (22 is
 * Chromium 111) from 111, Firefox from 115 (the ESR of systems that get no newer Firefox): everything
 * released in the last two years and well before. Syntax is lowered to them; newer APIs are used
 * only with a fallback (src/model/abort-signals.ts), and a browser test deletes them.
 */
export const BROWSER_TARGETS = ["chrome111", "edge111", "firefox115", "safari16.4", "ios16.4"];

/**
 * The page's entry (src/main.ts) imports the app only after the first frame; this makes the
 * browser fetch that chunk and what it imports at once, beside the HTML (modulepreload), so
 * the live page is not a round trip later. Relative to each page (index.html, en/index.html).
 */
export function preloadApp(): Plugin {
  return {
    name: "preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, {bundle, filename}) {
        if (!bundle || /embed\.html$/.test(filename)) return;
        const chunks = Object.values(bundle).filter((c) => c.type === "chunk");
        const facade = (path: string) => chunks.find((c) => c.facadeModuleId?.replace(/\\/g, "/").endsWith(path));
        const app = facade("/src/shells/bj-edu-app.ts");
        if (!app) return;
        // The page's language's text, a module of its own (src/i18n/locale.ts): en/index.html's is English.
        const folder = relative(fileURLToPath(new URL(".", import.meta.url)), filename).split(/[\\/]/)[0];
        const text = facade(`/src/i18n/${isLang(folder) ? folder : DEFAULT_LANG}.ts`);
        const files = new Set<string>();
        const visit = (name: string) => {
          if (files.has(name)) return;
          files.add(name);
          const chunk = chunks.find((c) => c.fileName === name);
          chunk?.imports.forEach(visit);
        };
        visit(app.fileName);
        if (text) visit(text.fileName);
        const up = "../".repeat(relative(fileURLToPath(new URL(".", import.meta.url)), filename).split(/[\\/]/).length - 1) || "./";
        return [...files].map((file) => ({tag: "link", attrs: {rel: "modulepreload", crossorigin: true, href: `${up}${file}`}, injectTo: "head" as const}));
      }
    }
  };
}

/** Lit's `css` literals, minified as Vite minifies style sheet files (it leaves the ones in templates as written). */
export function minifyLitCss(): Plugin {
  return {
    name: "minify-lit-css",
    apply: "build",
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return;
      const minified = minifyCssLiterals(code);
      return minified === code ? undefined : {code: minified, map: null};
    }
  };
}

export default defineConfig({
  base: "./",
  // Two pages, no single-page fallback: a missing file (data/x.json) is a 404, never index.html.
  appType: "mpa",
  plugins: [preloadApp(), minifyLitCss(), hostingHeaders(), thirdPartyNotices({root, outDir: `${root}dist`})],
  build: {
    target: BROWSER_TARGETS,
    // The explainer in Chinese and in English (en/), and embed.html, one chart (or a story) for iframes on other sites.
    rolldownOptions: {input: {index: fileURLToPath(new URL("./index.html", import.meta.url)), en: fileURLToPath(new URL("./en/index.html", import.meta.url)), embed: fileURLToPath(new URL("./embed.html", import.meta.url))}}
  },
  // `vite preview` sends, path by path, the headers a host sends (src/security/hosting.ts, through the plugin
  // above). The dev server sends the page's policy without Trusted Types and framing rules: Vite's own client
  // (error overlay, style updates) writes markup outside Lit's policy.
  server: {headers: {"Content-Security-Policy": CONTENT_SECURITY_POLICY}},
  // Not the dev server's (the default): the plugin's, path by path.
  preview: {headers: {}},
  test: {
    // Pinned so that date-dependent output never depends on the machine.
    env: {TZ: "UTC"},
    // Every language's text, as the build loads it (src/i18n/messages.ts).
    setupFiles: ["test/setup.ts"],
    // No test has a time limit of its own: a test waits for conditions, and a loaded machine only makes it slower.
    // These are nets for a hung run, far above what the slowest test takes on a busy 2-core machine.
    // At least two files at once, even on two cores: a browser test mostly waits on Chromium, which draws in
    // processes of its own, so a second file keeps the second core busy (vitest's default would be one).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 600_000,
    hookTimeout: 600_000,
    expect: {poll: {timeout: 180_000, interval: 100}},
    // Four layers (test/README.md): `unit` needs nothing but a clone and starts no program; `integration` opens
    // files in the programs readers use (LibreOffice, Python, unzip), runs the data build as a program, and runs the
    // researchers' clients (pandas, R, pandoc, pybtex, curl) against the built site, with the run's one Chromium to
    // copy the snippets from the pages; `built` reads what `npm run build` and `npm run build:single` write; `browser` drives the run's one
    // Chromium over them (test/browser/global-setup.ts).
    projects: [
      // One module graph for all unit files (isolate: false): importing d3, Plot and Arquero once, not per file, is
      // most of the saving. A unit test must leave modules and globals as it found them (stubs restored in afterEach).
      {extends: true, test: {name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/integration/**", "test/built/**", "test/browser/**"], isolate: false}},
      {extends: true, test: {name: "integration", include: ["test/integration/**/*.test.ts"], globalSetup: ["test/browser/global-setup.ts"]}},
      {extends: true, test: {name: "built", include: ["test/built/**/*.test.ts"], isolate: false}},
      // Shared modules too: the curated data is built once per worker (test/real-data.ts), not once per file.
      {extends: true, test: {name: "browser", include: ["test/browser/**/*.test.ts"], globalSetup: ["test/browser/global-setup.ts"], isolate: false}}
    ]
  }
});
