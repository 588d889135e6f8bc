/**
 * Embeds on another site, as a host pastes them (dist/ served with its
 * `_headers`, the host page on a second origin): the sandboxed iframe draws
 * its chart and is sized by the inline or the external script; the web
 * component loads with its integrity hash and shows its fallback link until
 * it draws, or when it cannot (a wrong hash, no CORS). Run `npm run build` first.
 */
import {readFileSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {componentSnippet, iframeSnippet} from "../../src/model/embed-snippet.ts";
import type {EmbedManifest} from "../../src/schema/embed-files.ts";
import {closeBuiltSite, DIST as dist, openBuiltSite, type Served} from "./built-site.ts";
import {newPage} from "./page-helpers.ts";

let browser: Browser;
let site: Served;
/** The same site without its headers: no CORS, as a careless host serves it. */
let bare: Served;
let host: {url: string; set(html: string): void; close(): Promise<void>};

/** A host page on its own origin, with a strict CSP of its own that allows the explainer's site. */
async function hostServer(): Promise<typeof host> {
  let body = "";
  const server: Server = createServer((_, res) => res.writeHead(200, {"content-type": "text/html; charset=utf-8"}).end(body));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as {port: number}).port;
  return {url: `http://127.0.0.1:${port}/`, set: (html) => (body = html), close: () => new Promise((done) => server.close(() => done()))};
}

const page = (snippet: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body><h1>A news story</h1>${snippet}</body></html>`;

beforeAll(async () => {
  ({browser, server: site, bare} = await openBuiltSite({needs: ["_headers", "embed.html", "embed.json", "bj-edu-chart.js"]}));
  host = await hostServer();
  // The host is on localhost, the site on 127.0.0.1: two origins.
  host.url = host.url.replace("127.0.0.1", "localhost");
});

afterAll(async () => {
  await closeBuiltSite({browser});
  await host?.close();
});

const frameInput = () => ({embedPage: `${site.url}embed.html`, lang: "en" as const, view: {chart: "school-places"}, title: "School places", uid: "t1"});

describe("the iframe snippet", () => {
  it.each([["inline", {}], ["external", {hostScriptUrl: ""}]] as const)("sandboxed, draws its chart and is sized by its %s script", async (_, variant) => {
    const {page: tab, close} = await newPage(browser);
    try {
      const script = (JSON.parse(readFileSync(new URL("embed.json", dist), "utf8")) as EmbedManifest).scripts.hostScript;
      host.set(page(iframeSnippet({...frameInput(), ...("hostScriptUrl" in variant ? {hostScriptUrl: `${site.url}${script.path}`, hostScriptIntegrity: script.integrity} : {})})));
      await tab.goto(host.url);
      const frame = tab.frameLocator("iframe");
      await frame.locator("bj-chart-figure svg.indicator-chart").first().waitFor();
      // The height script applied the embed's own height message.
      await expect.poll(() => tab.locator("iframe").evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
      // No top navigation without a click, no forms, no modals: what the sandbox leaves out.
      expect((await tab.locator("iframe").getAttribute("sandbox"))!.split(" ")).not.toEqual(expect.arrayContaining(["allow-top-navigation"]));
    } finally {
      await close();
    }
  });
});

describe("the web component snippet", () => {
  const pinned = () => (JSON.parse(readFileSync(new URL("embed.json", dist), "utf8")) as EmbedManifest).scripts.component;
  const fallback = (base: string) => ({title: "School places added in a year", href: `${base}?lang=en#chart-school-places`});

  it("loads this release's copy with its integrity hash and draws in place of its fallback, with the data next to the site", async () => {
    const {page: tab, close} = await newPage(browser);
    try {
      host.set(page(componentSnippet({moduleUrl: `${site.url}${pinned().path}`, chart: "school-places", lang: "en", integrity: pinned().integrity, fallback: fallback(site.url)})));
      await tab.goto(host.url);
      await tab.locator("bj-edu-chart bj-chart-figure svg.indicator-chart").first().waitFor();
      expect(await tab.locator("bj-edu-chart").evaluate((el) => el.shadowRoot!.querySelector("slot") === null)).toBe(true);
    } finally {
      await close();
    }
  });

  it.each([["a wrong integrity hash", "wrong"], ["a site that sends no CORS headers", "bare"]] as const)("shows its fallback link with %s", async (_, how) => {
    const {page: tab, close} = await newPage(browser);
    try {
      const base = how === "bare" ? bare.url : site.url;
      const hash = how === "wrong" ? "sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" : undefined;
      host.set(page(componentSnippet({moduleUrl: `${base}bj-edu-chart.js`, chart: "school-places", lang: "en", ...(hash ? {integrity: hash} : {}), fallback: fallback(base)})));
      await tab.goto(host.url);
      const link = tab.getByRole("link", {name: "School places added in a year"});
      await link.waitFor();
      expect(await link.getAttribute("href")).toBe(`${base}?lang=en#chart-school-places`);
      expect(await link.isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});
