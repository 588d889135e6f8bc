/**
 * The researchers' files in the offline single file, from file:// with the
 * network off: the data view's full Data Package is the version's archive
 * (embedded in base64), byte for byte; an indicator's page offers no link to
 * files the copy does not hold, and its code loads from the site's address
 * (the build setting) or, built without one, says where the files are instead.
 * Run `npm run build` and `npm run build:single` before running this file alone.
 */
import {existsSync, readFileSync} from "node:fs";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {SINGLE_FILE_NAME} from "../../src/prerender/single-file.ts";
import {releaseOf} from "../../src/build/release.ts";
import {releaseArchivePath} from "../../src/schema/data-files.ts";
import {closeBuiltSite, openBuiltSite} from "./built-site.ts";
import {download, newPage} from "./page-helpers.ts";

const file = new URL(`../../dist-single/${SINGLE_FILE_NAME}`, import.meta.url);
const archive = new URL(`../../dist/data/${releaseArchivePath(releaseOf(readFileSync(new URL("../../CHANGELOG.md", import.meta.url), "utf8")).version)}`, import.meta.url);
// The site's address the single file was built with (SITE_URL), or null.
const {site} = JSON.parse(readFileSync(new URL("../../public/data/content.json", import.meta.url), "utf8")) as {site: {url: string | null}};
const LOCAL = /^(file|data|blob):/;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(file)) throw new Error(`dist-single/${SINGLE_FILE_NAME} is missing: run \`npm run build:single\` first`);
  ({browser} = await openBuiltSite({needs: []}));
});

afterAll(() => closeBuiltSite({browser}));

/** The single file at a query, with every request that is not local aborted and recorded. */
async function open(query: string, ready: string) {
  const opened = await newPage(browser, {reducedMotion: "reduce", acceptDownloads: true, offline: true});
  const network: string[] = [];
  opened.context.on("request", (request) => void (LOCAL.test(request.url()) || network.push(request.url())));
  await opened.context.route("**/*", (route) => (LOCAL.test(route.request().url()) ? route.continue() : route.abort("internetdisconnected")));
  await opened.page.goto(file.href + query);
  await opened.page.waitForSelector(ready);
  return {...opened, network};
}

describe("the offline single file's researchers' files", () => {
  it("saves the full Data Package as the version's archive, byte for byte, with nothing fetched", async () => {
    const {page, errors, network, close} = await open("?view=data", "bj-data-view .result-count");
    try {
      const zip = await download(page, () => page.locator("bj-data-view button[data-download=zip]").click());
      expect(zip.bytes.equals(readFileSync(archive))).toBe(true);
      const selection = await download(page, () => page.locator("bj-data-view button[data-download=selection]").click());
      expect(selection.bytes.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
      expect(network).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("offers an indicator's code, loading from the site's address (or says it has none), and no link to files it does not hold", async () => {
    const {page, errors, network, close} = await open("?indicator=school-places-added&lang=en", "bj-indicator-detail section.indicator-about");
    try {
      expect(await page.locator("bj-indicator-detail section.indicator-downloads").count()).toBe(0);
      expect(await page.locator("bj-indicator-detail section.indicator-about dd").count()).toBe(4);
      if (site.url) expect(await page.locator("bj-data-snippets textarea[data-snippet=js]").inputValue()).toContain(`const base = "${site.url}data/";`);
      // Without the site's address there is nowhere for code to load from: none is offered.
      else expect(await page.locator("bj-data-snippets textarea").count()).toBe(0);
      expect(network).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
