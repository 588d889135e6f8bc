/**
 * The benchmark's instrument (tools/bench/observer.ts): when does it count the
 * first chart as shown? A page whose chart sits in a declarative shadow root
 * is sent in two halves; the second is held back until the test releases it.
 * The parser fills a declarative shadow root without a mutation the document's
 * observer sees, so an observer that waits for the next node outside the root
 * would only count the chart once more bytes arrive, though a frame has
 * painted it already.
 */
import {createServer, type Server, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {OBSERVER_SCRIPT} from "../../tools/bench/observer.ts";
import {pollPage} from "../../tools/bench/measure.ts";
import {closeBuiltSite, openBuiltSite, WAIT, type BuiltSite} from "./built-site.ts";

// Three pieces, each sent once the page has parsed the one before: the host's start tag, its
// declarative shadow root (with the chart), and the rest of the page.
const PIECES = [
  `<!doctype html><html><head><meta charset="utf-8"><title>observer</title></head><body><p>Before the chart.</p><x-figure>`,
  `<template shadowrootmode="open"><figure><svg class="indicator-chart" width="200" height="100" viewBox="0 0 200 100"><rect width="120" height="40" fill="teal"/></svg></figure></template></x-figure>`,
  `<p>After the chart.</p></body></html>`
];

let site: BuiltSite;
let server: Server;
let response: ServerResponse | undefined;

beforeAll(async () => {
  site = await openBuiltSite({needs: []});
  server = createServer((_request, res) => {
    res.writeHead(200, {"content-type": "text/html; charset=utf-8", "cache-control": "no-store"});
    res.write(PIECES[0]);
    response = res;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  response?.end();
  await new Promise((resolve) => server.close(resolve));
  await closeBuiltSite(site);
});

describe("the benchmark's observer", () => {
  it("counts a chart in a declarative shadow root once a frame has painted it, before the parser adds anything after it", async () => {
    const context = await site.browser.newContext({viewport: {width: 360, height: 740}});
    try {
      const page = await context.newPage();
      await page.addInitScript({content: OBSERVER_SCRIPT});
      const {port} = server.address() as AddressInfo;
      // "commit": the response stays open until the chart has been counted.
      await page.goto(`http://127.0.0.1:${port}/`, {waitUntil: "commit"});
      expect(await pollPage(page, "document.querySelector('x-figure') !== null", WAIT)).toBe(true);
      response!.write(PIECES[1]);
      expect(await pollPage(page, "window.__bench && window.__bench.chartVisible !== null", WAIT)).toBe(true);
      const state = (await page.evaluate("({visible: __bench.chartVisible, chart: __bench.chart, after: document.body.textContent.includes('After the chart.')})")) as {
        visible: number;
        chart: {width: number; height: number; inShadowRoot: boolean};
        after: boolean;
      };
      expect(state.after).toBe(false);
      expect(state.chart).toEqual({width: 200, height: 100, inShadowRoot: true});
      response!.end(PIECES[2]);
      await page.waitForLoadState("load");
    } finally {
      await context.close();
    }
  });
});
