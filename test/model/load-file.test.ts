/**
 * loadJson and loadText: a built file, fetched next to the page or read from the
 * data the single file embeds (its `#bj-edu-data` element), each failure named.
 */
import {JSDOM} from "jsdom";
import {afterEach, describe, expect, it, vi} from "vitest";
import {EMBEDDED_DATA_ID, loadJson, loadText} from "../../src/model/load-file.ts";
import {DataFileError} from "../../src/model/data-file-error.ts";
import {embeddedDataText} from "../../src/prerender/single-file.ts";

const PART = JSON.stringify({lang: "zh", chart: {id: "scoreboard", title: "记分牌"}, quoteFiles: 6});
const DATAPACKAGE = JSON.stringify({name: "beijing-education-14th-fyp", note: "</script><!-- as published"}, null, 2);
/** A part whose text would end a script element or open a comment if written raw. */
const HOSTILE = JSON.stringify({text: "前言</script><script>window.__pwned = 1</script><!-- <script> -->"});
const FILES: Record<string, string> = {"page/zh/charts/scoreboard.json": PART, "page/zh/hostile.json": HOSTILE, "datapackage.json": DATAPACKAGE};

/** A server with these files; `html` answers every unknown path with a page, as a single-page fallback does. */
function fakeFetch(files: Record<string, string>, {html = false} = {}): typeof fetch {
  return (async (url: URL) => {
    const body = files[url.pathname.replace(/^\/data\//, "")];
    if (body === undefined) return html ? new Response("<!doctype html><title>x</title>", {status: 200, headers: {"content-type": "text/html; charset=utf-8"}}) : new Response("not found", {status: 404});
    return new Response(body, {status: 200, headers: {"content-type": "application/json"}});
  }) as unknown as typeof fetch;
}

const noFetch = vi.fn(async () => {
  throw new Error("fetch was called");
}) as unknown as typeof fetch;

// The bytes against the manifest are checked in file-manifest.test.ts; here, the fetch and the parse.
const fetched = (file: string, files: Record<string, string> = FILES, options = {}) => loadJson(file, {base: "http://test/data/", fetch: fakeFetch(files, options), embedded: null, verify: false});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(noFetch).mockClear();
});

describe("loadJson over the network", () => {
  it("reads a part as the build wrote it", async () => {
    expect(await fetched("page/zh/charts/scoreboard.json")).toEqual(JSON.parse(PART));
  });

  it.each([
    ["a missing file", "page/zh/charts/nope.json", FILES, "the server answered 404"],
    ["a truncated file", "page/zh/charts/scoreboard.json", {"page/zh/charts/scoreboard.json": PART.slice(0, 20)}, "it is not valid JSON (truncated or damaged)"]
  ])("names the file and the problem for %s", async (_name, file, files, problem) => {
    const error = await fetched(file, files).catch((e) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect({file: error.file, problem: error.problem}).toEqual({file, problem});
  });

  it("says so when the server answers a data file with a web page (a wrong data URL, or a dev server's fallback)", async () => {
    const error = await fetched("page/zh/first-screen.json", FILES, {html: true}).catch((e) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect({file: error.file, code: error.detail.code}).toEqual({file: "page/zh/first-screen.json", code: "html"});
    expect(error.problem).toMatch(/web page \(HTML\), not the data file/);
  });

  it("fails with a timeout the reader can retry when a file never answers, and a reader's own abort stays an abort", async () => {
    const hanging = (async (_url: URL, init?: RequestInit) => new Promise<Response>((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)))) as unknown as typeof fetch;
    const error = await loadJson("page/zh/first-screen.json", {base: "http://test/data/", fetch: hanging, timeoutMs: 50, embedded: null}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).detail).toEqual({code: "timeout", seconds: 1});
    const controller = new AbortController();
    const aborted = loadJson("page/zh/first-screen.json", {base: "http://test/data/", fetch: hanging, signal: controller.signal, embedded: null}).catch((e: unknown) => e);
    controller.abort();
    expect(await aborted).not.toBeInstanceOf(DataFileError);
  });
});

/** A page as the single file is: the data in an application/json script, parsed by an HTML parser. */
function pageWith(files: Record<string, string>): Document {
  const html = `<!doctype html><html><body><bj-edu-app></bj-edu-app><script type="application/json" id="${EMBEDDED_DATA_ID}">${embeddedDataText(files)}</script><p id="after">after</p></body></html>`;
  return new JSDOM(html).window.document;
}

describe("loadJson and loadText with embedded data (the single file)", () => {
  it("reads the page's #bj-edu-data element, fetches nothing, and keeps hostile text as text", async () => {
    const document = pageWith(FILES);
    expect(document.querySelectorAll("script")).toHaveLength(1);
    expect(document.getElementById("after")?.textContent, "the data ends where it should").toBe("after");
    vi.stubGlobal("document", document);
    vi.stubGlobal("fetch", noFetch);
    expect(await loadJson("page/zh/charts/scoreboard.json")).toEqual(JSON.parse(PART));
    expect(await loadJson("page/zh/hostile.json")).toEqual(JSON.parse(HOSTILE));
    expect(await loadText("datapackage.json"), "the data package as published, for the ZIP").toBe(DATAPACKAGE);
    expect(noFetch).not.toHaveBeenCalled();
  });

  it("gives the same part as fetching the same file", async () => {
    expect(await loadJson("page/zh/charts/scoreboard.json", {embedded: embeddedDataText(FILES), fetch: noFetch})).toEqual(await fetched("page/zh/charts/scoreboard.json"));
  });

  it("fetches when the page has no embedded data", async () => {
    vi.stubGlobal("document", new JSDOM("<!doctype html><bj-edu-app></bj-edu-app>", {url: "http://test/page/"}).window.document);
    const requested: string[] = [];
    const fake = (async (url: URL) => (requested.push(url.href), new Response(DATAPACKAGE, {status: 200}))) as unknown as typeof fetch;
    expect(await loadText("datapackage.json", {fetch: fake, verify: false})).toBe(DATAPACKAGE);
    expect(requested).toEqual(["http://test/page/data/datapackage.json"]);
  });

  it("answers a part the page did not embed as a server would: not found", async () => {
    const error = await loadJson("page/zh/charts/nope.json", {embedded: embeddedDataText(FILES), fetch: noFetch}).catch((e) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect({file: error.file, problem: error.problem}).toEqual({file: "page/zh/charts/nope.json", problem: "the server answered 404"});
  });

  it.each([
    ["damaged", '{"page/zh/first-screen.json": "['],
    ["not an object", '["page/zh/first-screen.json"]'],
    ["null", "null"]
  ])("names the embedded element when its JSON is %s", async (_name, text) => {
    for (const load of [() => loadJson("page/zh/first-screen.json", {embedded: text, fetch: noFetch}), () => loadText("datapackage.json", {embedded: text, fetch: noFetch})]) {
      const error = await load().catch((e) => e);
      expect(error).toBeInstanceOf(DataFileError);
      expect({file: error.file, problem: error.problem}).toEqual({file: `#${EMBEDDED_DATA_ID}`, problem: "it is not valid JSON (truncated or damaged)"});
    }
    expect(noFetch).not.toHaveBeenCalled();
  });
});
