import {existsSync} from "node:fs";
import {chromium, type Browser, type BrowserServer} from "playwright-core";

/** Flags that keep Chromium from calling out on a machine without internet. */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/**
 * The browser for tests: CHROME_PATH if set, else Debian's chromium, else
 * Playwright's own download (on a machine where `npx playwright install` works).
 */
export function chromiumPath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return undefined;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
}

/** Chromium as a server that several processes drive (the browser tests' one per run: test/browser/global-setup.ts); connect with `chromium.connect(server.wsEndpoint())`. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
}
