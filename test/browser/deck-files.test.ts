/**
 * Damaged and hostile briefings (dist/, real Chromium): 20 files opened in the
 * deck editor and 6 links each get a clear message, and nothing else: no
 * markup from their text, no script run, no request, no dialog, no change to
 * the deck being made. Run `npm run build` before running this file alone.
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {deflateSync} from "fflate";
import {closeBuiltSite, openBuiltSite, type Served} from "./built-site.ts";
import {openPage} from "./page-helpers.ts";

let browser: Browser;
let server: Served;

beforeAll(async () => ({browser, server} = await openBuiltSite()));
afterAll(() => closeBuiltSite({browser, server}));

const deck = (extra: Record<string, unknown> = {}, slide: Record<string, unknown> = {chart: null, text: {en: {title: "A title", caption: "", notes: ""}}}) => JSON.stringify({format: "bj-edu-briefing", version: 1, data: "0.3.0", title: {en: "Mine"}, slides: [slide], ...extra});
/** A payload that would run if any of it became markup: it sets window.pwned. */
const RUN = "<img src=x onerror=\"window.pwned=1\">";

/** Each file, and what its message must say (English page). */
const FILES: Array<[string, string | Uint8Array, RegExp]> = [
  ["empty.json", "", /the file is empty/],
  ["spaces.json", "  \n\t ", /the file is empty/],
  ["prose.json", "This is my briefing, honestly.", /not JSON text/],
  ["cut-short.json", deck().slice(0, 40), /not JSON text/],
  ["image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x01]), /not JSON text/],
  ["utf16.json", new Uint8Array([0xff, 0xfe, ...[...deck()].flatMap((c) => [c.charCodeAt(0), 0])]), /not JSON text/],
  ["a-list.json", "[1, 2, 3]", /not a briefing made on this site/],
  ["reveal.json", JSON.stringify({title: "x", slides: []}), /not a briefing made on this site/],
  ["newer.json", deck({version: 3}), /newer version of this site, in a format \(version 3\) this page cannot read/],
  ["version-text.json", deck({version: "1"}), /format version is missing/],
  ["proto.json", deck().replace("{", '{"__proto__": {"pwned": 1}, '), /does not know: “__proto__”/],
  ["script-title.json", deck({title: {en: `<script>window.pwned=1</script>`}}), /“title\.en” holds markup/],
  ["img-caption.json", deck({}, {chart: null, text: {en: {title: "t", caption: RUN, notes: ""}}}), /“slides\[0\]\.text\.en\.caption” holds markup/],
  ["bidi.json", deck({}, {chart: null, text: {en: {title: "safe\u202egnp.exe", caption: "", notes: ""}}}), /direction of writing/],
  ["path.json", deck({}, {chart: "../../../etc/passwd", text: {}}), /“slides\[0\]\.chart” is not the name of a chart/],
  ["javascript.json", deck({}, {chart: "javascript:window.pwned=1", text: {}}), /“slides\[0\]\.chart” is not the name of a chart/],
  ["series.json", deck({}, {chart: "school-places", reveal: ["actual", RUN], text: {}}), /“slides\[0\]\.reveal\[1\]” names a series/],
  ["many.json", deck({slides: Array.from({length: 500}, () => ({chart: null, text: {}}))}), /“slides” holds more than 40 items/],
  ["huge.json", deck({title: {en: "x".repeat(300_000)}}), /too large \(at most 262144 bytes\)/],
  ["deep.json", `${"[".repeat(50_000)}${"]".repeat(50_000)}`, /not a briefing made on this site|not JSON text/]
];

describe("briefing files that cannot be opened", () => {
  it(`says why for each of ${FILES.length} damaged or hostile files, and does nothing else`, async () => {
    const {page, errors, close} = await openPage(browser, `${server.url}?view=deck&lang=en`, {viewport: {width: 1280, height: 900}});
    try {
      const editor = page.locator("bj-deck-editor");
      await editor.waitFor();
      await page.evaluate(() => (window.alert = window.confirm = window.prompt = () => ((window as unknown as {pwned: number}).pwned = 2) as never));
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      let dialogs = 0;
      page.on("dialog", (dialog) => (dialogs++, void dialog.dismiss()));
      const address = page.url();
      for (const [name, content, message] of FILES) {
        const buffer = Buffer.from(typeof content === "string" ? new TextEncoder().encode(content) : content);
        await editor.locator("input[type=file]").setInputFiles({name, mimeType: "application/json", buffer});
        const notice = editor.locator(".notice.alert[role=alert]");
        await expect.poll(() => notice.textContent()).toMatch(new RegExp(`^“${name.replace(".", "\\.")}” cannot be opened: `));
        expect(await notice.textContent(), name).toMatch(message);
        // No markup was made from the file: the notice is text only.
        expect(await notice.evaluate((el) => el.querySelectorAll("img, script, iframe, a").length), name).toBe(0);
        expect(page.url(), `${name}: the deck being made is unchanged`).toBe(address);
      }
      expect(await page.evaluate(() => (window as unknown as {pwned?: number}).pwned ?? null)).toBeNull();
      expect(await page.evaluate(() => ({} as Record<string, unknown>).pwned ?? null)).toBeNull();
      expect(requests, "requests made while opening the files").toEqual([]);
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("says why a link's briefing cannot be opened, and shows nothing of it", async () => {
    const b64 = (text: string) => Buffer.from(deflateSync(new TextEncoder().encode(text))).toString("base64url");
    const links: Array<[string, RegExp]> = [
      ["1AAAA", /damaged or cut short/],
      ["2abc", /damaged or cut short/],
      [`1${b64("not json")}`, /damaged or cut short/],
      [`1${b64(deck({title: {en: RUN}}))}`, /“title\.en” holds markup/],
      [`1${b64(deck({version: 9}))}`, /newer version of this site/],
      [`1${b64(`{"a":"${" ".repeat(2_000_000)}"}`)}`, /too large/]
    ];
    const {page, errors, close} = await openPage(browser, `${server.url}?lang=en`, {viewport: {width: 1280, height: 900}});
    try {
      for (const [payload, message] of links) {
        for (const present of ["", "&present=1"]) {
          await page.goto(`${server.url}?view=deck${present}&lang=en&deck=${payload}`);
          const alert = page.locator(".deck-refused [role=alert]");
          await expect.poll(() => alert.textContent()).toMatch(/^This briefing cannot be opened: /);
          expect(await alert.textContent()).toMatch(message);
          expect(await page.locator("bj-story, bj-deck-editor").count()).toBe(0);
        }
      }
      expect(await page.evaluate(() => (window as unknown as {pwned?: number}).pwned ?? null)).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
