import {existsSync} from "node:fs";
import {chromium, type Browser, type BrowserServer} from "playwright-core";

/** Flags that keep Chromium from calling out on a machine without internet. */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/**
 * Debian's chromium-headless-shell: the same engine and renderer without the desktop browser around
 * it (Chromium's "old headless" mode, which Playwright also runs its headless tests in). The browser
 * tests take about 30% less time in it on two cores (axe-sweep and text-fit: 144 s → 102 s).
 */
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
const DESKTOP = "/usr/bin/chromium";

export interface ChromiumOptions {
  /**
   * Whether the headless shell may stand in for the desktop browser (the tests'), when installed.
   * The benchmark and the screenshots keep the desktop browser: a reader's browser, and the one their
   * recorded figures came from.
   */
  shell?: boolean;
}

/**
 * The browser: CHROME_PATH if set, else Debian's headless shell (when `shell` and installed), else
 * Debian's chromium, else Playwright's own download (on a machine where `npx playwright install` works).
 */
export function chromiumPath({shell = false}: ChromiumOptions = {}): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (shell && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  if (existsSync(DESKTOP)) return DESKTOP;
  return undefined;
}

export function launchChromium(options?: ChromiumOptions): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath(options), args: CHROMIUM_ARGS});
}

/** Chromium as a server that several processes drive (the browser tests' one per run: test/browser/global-setup.ts); connect with `chromium.connect(server.wsEndpoint())`. */
export function launchChromiumServer(options?: ChromiumOptions): Promise<BrowserServer> {
  return chromium.launchServer({executablePath: chromiumPath(options), args: CHROMIUM_ARGS});
}
