/**
 * What a browser test file starts with: the run's one Chromium and the built
 * site, both started once per run by ./global-setup.ts.
 *
 *   let site: BuiltSite;
 *   beforeAll(async () => (site = await openBuiltSite({needs: ["embed.html"]})));
 *   afterAll(() => closeBuiltSite(site));
 *
 * `site.browser` is this file's connection to the shared Chromium (closing it
 * closes only this file's contexts); `site.server.url` is dist/ as a host
 * serves it, `site.bare.url` without any header, `site.csp.url` with the CSP
 * on every response. Nothing here has a time limit of its own: a wait lasts
 * until its condition holds, bounded only by WAIT (a safety net for a hung
 * page, far above what a loaded machine needs).
 */
import {existsSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {chromium, type Browser, type BrowserContext} from "playwright-core";
import {afterAll, beforeAll, inject} from "vitest";
import {DIST} from "./global-setup.ts";

export {DIST};

/** The longest any single Playwright wait may take before it fails (not a per-test limit: a net for a hung page). */
export const WAIT = 180_000;

export interface Served {
  url: string;
}

export interface BuiltSite {
  browser: Browser;
  /** dist/ with the headers of its `_headers` file, as a static host serves it. */
  server: Served;
  /** dist/ with no headers: no CORS, no CSP. */
  bare: Served;
  /** dist/ with the Content-Security-Policy on every response. */
  csp: Served;
}

/** Connects to the shared Chromium; fails at once, naming the files, when the build has not run. */
export async function openBuiltSite({needs = ["index.html"]}: {needs?: string[]} = {}): Promise<BuiltSite> {
  const missing = needs.filter((file) => !existsSync(new URL(file, DIST)));
  if (missing.length) throw new Error(`dist/ is missing ${missing.join(", ")}: run \`npm run build\` first`);
  const browser = await chromium.connect(inject("chromium"));
  // Every context this file opens waits as long as WAIT for anything, whoever opens it.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser["newContext"]>): Promise<BrowserContext> => {
    const context = await newContext(...args);
    context.setDefaultTimeout(WAIT);
    context.setDefaultNavigationTimeout(WAIT);
    return context;
  };
  const {site, bare, csp} = inject("sites");
  return {browser, server: {url: site}, bare: {url: bare}, csp: {url: csp}};
}

/** Closes this file's connection (and with it every context it opened); the browser and servers stay for the other files. */
export async function closeBuiltSite(site: Partial<BuiltSite> | undefined): Promise<void> {
  await site?.browser?.close();
}

/**
 * For a file that writes files (downloads, PDFs): the built site as openBuiltSite gives it, and a
 * folder of its own under the system's temporary one (`dir`, named from `prefix`), both set up
 * before the file's tests and closed and removed after them.
 */
export function builtSiteWithFolder(prefix: string): BuiltSite & {dir: string} {
  const site = {} as BuiltSite & {dir: string};
  beforeAll(async () => {
    Object.assign(site, await openBuiltSite(), {dir: mkdtempSync(join(tmpdir(), prefix))});
  });
  afterAll(async () => {
    await closeBuiltSite(site);
    if (site.dir) rmSync(site.dir, {recursive: true, force: true});
  });
  return site;
}
