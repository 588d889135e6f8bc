/**
 * The browser tests' shared harness (vitest globalSetup of the `browser` and
 * `integration` projects): ONE Chromium and ONE set of static servers per run,
 * started here before any test file that needs them and shared by all of them.
 *
 * - Chromium runs as a Playwright browser server; each file connects to it
 *   (`chromium.connect`), and every test opens contexts of its own in it.
 * - dist/ is served three ways, each on its own origin: as a static host
 *   serves it (the headers of its `_headers` file), bare (no headers at all:
 *   no CORS, as a careless host), and with the Content-Security-Policy on
 *   every response (the strictest host).
 *
 * - The component harness (./components/): the elements component tests
 *   mount alone, built once here into a tiny page of their own, served with
 *   the site's Content-Security-Policy (./components/mount.ts opens it).
 *
 * The addresses reach the files through vitest's provide/inject. A test file
 * never launches a browser or serves dist/ itself: it calls openBuiltSite()
 * from ./built-site.ts (see test/README.md). A host page of another origin
 * that a test writes itself (an embed's host) may still be served by the file.
 */
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {build} from "vite";
import type {TestProject} from "vitest/node";
import {CONTENT_SECURITY_POLICY} from "../../src/security/csp.ts";
import {launchChromiumServer} from "../../tools/chromium.ts";
import {serveStatic} from "../../tools/static-server.ts";

export const DIST = new URL("../../dist/", import.meta.url);

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared Chromium's address, for `chromium.connect`. */
    chromium: string;
    /** dist/ with its `_headers`, dist/ with no headers, dist/ with the CSP on every response. */
    sites: {site: string; bare: string; csp: string};
    /** The component harness's page. */
    components: string;
  }
}

/** Builds the component harness (./components/index.html and its module) into a folder of its own. */
async function buildHarness(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), "bj-components-"));
  await build({
    configFile: false,
    root: fileURLToPath(new URL("./components/", import.meta.url)),
    base: "./",
    logLevel: "warn",
    build: {outDir, emptyOutDir: true, target: "es2022"}
  });
  return outDir;
}

interface Harness {
  provided: {chromium: string; sites: {site: string; bare: string; csp: string}; components: string};
  close(): Promise<void>;
}

async function startHarness(): Promise<Harness> {
  const root = fileURLToPath(DIST);
  const policy = {headers: {"Content-Security-Policy": CONTENT_SECURITY_POLICY}};
  const [browser, site, bare, csp, harness] = await Promise.all([
    launchChromiumServer({shell: true}),
    serveStatic(root),
    serveStatic(root, {hostHeaders: false}),
    serveStatic(root, policy),
    buildHarness()
  ]);
  const components = await serveStatic(harness, policy);
  return {
    provided: {chromium: browser.wsEndpoint(), sites: {site: site.url, bare: bare.url, csp: csp.url}, components: components.url},
    close: async () => {
      await browser.close();
      await Promise.all([site.close(), bare.close(), csp.close(), components.close()]);
      await rm(harness, {recursive: true, force: true});
    }
  };
}

/**
 * The run's one harness, whichever projects use it (`browser`, and `integration`, whose snippet test
 * copies the snippets from the built pages): vitest runs a project's globalSetup once per project, in
 * one process, so the first project starts it here and the last one to finish closes it.
 */
const SHARED = Symbol.for("bj-edu.test-harness");
type Shared = {harness: Promise<Harness>; users: number};
const registry = globalThis as typeof globalThis & {[SHARED]?: Shared};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry[SHARED] ??= {harness: startHarness(), users: 0});
  shared.users++;
  const {provided, close} = await shared.harness;
  project.provide("chromium", provided.chromium);
  project.provide("sites", provided.sites);
  project.provide("components", provided.components);
  return async () => {
    if (--shared.users > 0) return;
    delete registry[SHARED];
    await close();
  };
}
