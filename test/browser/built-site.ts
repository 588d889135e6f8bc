/** Chromium and the built site, served as a host would (its headers): what a browser test file starts with. */
import {existsSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {Browser} from "playwright-core";
import {launchChromium} from "./launch.ts";
import {serveStatic, type StaticServer} from "./static-server.ts";

export const DIST = new URL("../../dist/", import.meta.url);

export interface BuiltSite {
  browser: Browser;
  server: StaticServer;
}

/** Starts both; fails at once, naming the files, when the build has not run. */
export async function openBuiltSite({needs = ["index.html"]}: {needs?: string[]} = {}): Promise<BuiltSite> {
  const missing = needs.filter((file) => !existsSync(new URL(file, DIST)));
  if (missing.length) throw new Error(`dist/ is missing ${missing.join(", ")}: run \`npm run build\` first`);
  const [browser, server] = await Promise.all([launchChromium(), serveStatic(fileURLToPath(DIST))]);
  return {browser, server};
}

export async function closeBuiltSite(site: Partial<BuiltSite>): Promise<void> {
  await site.browser?.close();
  await site.server?.close();
}
