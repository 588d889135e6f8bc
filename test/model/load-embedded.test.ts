/**
 * loadDataset and loadText on the data the single file embeds (scripts/build-single.ts):
 * read from the page's `#bj-edu-data` element, never fetched, checked like fetched data.
 */
import {JSDOM} from "jsdom";
import {afterEach, describe, expect, it, vi} from "vitest";
import {EMBEDDED_DATA_ID, loadDataset, loadText} from "../../src/model/load-dataset.ts";
import {DataFileError} from "../../src/model/validate-data.ts";
import {embeddedDataText} from "../../src/build/single-file.ts";
import {pageData} from "../../src/model/page-data.ts";
import {tableRows} from "../../src/model/table-rows.ts";
import {realData} from "../real-data.ts";
import {withManifests} from "../support/data-server.ts";

const {observations, indicators, relations, sources, status, content, texts} = realData().data;
const DATAPACKAGE = JSON.stringify({name: "beijing-education-14th-fyp", note: "</script><!-- as published"}, null, 2);
/** A source text that would end a script element or open a comment if written raw. */
const HOSTILE = "前言</script><script>window.__pwned = 1</script><!-- <script> -->";
const FILES: Record<string, string> = {
  "observations.json": JSON.stringify(observations),
  "indicators.json": JSON.stringify([...indicators.values()]),
  "relations.json": JSON.stringify(relations),
  "sources.json": JSON.stringify([...sources.values()]),
  "status.json": JSON.stringify([...status.values()]),
  "content.json": JSON.stringify(content),
  "datapackage.json": DATAPACKAGE,
  ...Object.fromEntries([...sources.values()].map((s) => [s.text_path, s.id === "plan-2021" ? HOSTILE + texts.get(s.id)! : texts.get(s.id)!]))
};

/** A fetch that fails the test if called. */
const noFetch = vi.fn(async () => {
  throw new Error("fetch was called");
}) as unknown as typeof fetch;

/** A page as the single file is: the data in an application/json script, parsed by an HTML parser. */
function pageWith(files: Record<string, string>): Document {
  const html = `<!doctype html><html><body><bj-edu-app></bj-edu-app><script type="application/json" id="${EMBEDDED_DATA_ID}">${embeddedDataText(files)}</script><p id="after">after</p></body></html>`;
  return new JSDOM(html).window.document;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(noFetch).mockClear();
});

describe("loadDataset with embedded data", () => {
  it("reads the page's #bj-edu-data element and fetches nothing", async () => {
    const document = pageWith(FILES);
    expect(document.querySelectorAll("script")).toHaveLength(1);
    expect(document.getElementById("after")?.textContent, "the data ends where it should").toBe("after");
    vi.stubGlobal("document", document);
    vi.stubGlobal("fetch", noFetch);
    const dataset = await loadDataset();
    expect(noFetch).not.toHaveBeenCalled();
    expect(dataset.observations.numRows()).toBe(observations.length);
    expect(dataset.indicators.numRows()).toBe(indicators.size);
    expect(dataset.status.numRows()).toBe(status.size);
    expect(dataset.content).toEqual(content);
    expect(pageData(dataset).sources.get("plan-2021")?.title_zh).toContain("十四五");
    expect(dataset.texts.get("plan-2021")).toBe(HOSTILE + texts.get("plan-2021"));
    expect(dataset.texts.get("summary-2022")).toBe(texts.get("summary-2022"));
    expect(await loadText("datapackage.json"), "the data package as published, for the ZIP").toBe(DATAPACKAGE);
    expect(noFetch).not.toHaveBeenCalled();
  });

  it("gives the same dataset as fetching the same files", async () => {
    const served = withManifests(FILES);
    const fakeFetch = (async (url: URL) => new Response(served[url.pathname.replace(/^\/data\//, "")], {status: 200})) as unknown as typeof fetch;
    const fetched = await loadDataset({base: "http://test/data/", fetch: fakeFetch, embedded: null});
    const embedded = await loadDataset({embedded: embeddedDataText(FILES), fetch: noFetch});
    expect(noFetch).not.toHaveBeenCalled();
    const columns = (d: typeof fetched) => Object.fromEntries(d.observations.columnNames().map((c) => [c, Array.from(d.observations.array(c))]));
    expect(embedded.observations.columnNames()).toEqual(fetched.observations.columnNames());
    expect(columns(embedded)).toEqual(columns(fetched));
    for (const table of ["indicators", "relations", "sources", "status"] as const) expect(tableRows(embedded[table]), table).toEqual(tableRows(fetched[table]));
    expect(embedded.content).toEqual(fetched.content);
    expect(embedded.texts).toEqual(fetched.texts);
  });

  it("fetches when the page has no embedded data", async () => {
    vi.stubGlobal("document", new JSDOM("<!doctype html><bj-edu-app></bj-edu-app>", {url: "http://test/page/"}).window.document);
    const requested: string[] = [];
    const served = withManifests(FILES);
    const fakeFetch = (async (url: URL) => (requested.push(url.href), new Response(served[url.pathname.replace(/^\/page\/data\//, "")], {status: 200}))) as unknown as typeof fetch;
    expect(await loadText("datapackage.json", {fetch: fakeFetch})).toBe(DATAPACKAGE);
    // The file, and the manifest it is checked against.
    expect(requested.sort()).toEqual(["http://test/page/data/datapackage.json", "http://test/page/data/manifest.json"]);
  });

  const load = (changes: Record<string, string | null>) => {
    const files = {...FILES, ...changes};
    for (const [name, text] of Object.entries(changes)) if (text === null) delete files[name];
    return loadDataset({embedded: embeddedDataText(files as Record<string, string>), fetch: noFetch});
  };

  it.each([
    ["a missing file", {"indicators.json": null}, "indicators.json", "the server answered 404"],
    ["a truncated file", {"observations.json": FILES["observations.json"].slice(0, 500)}, "observations.json", "it is not valid JSON (truncated or damaged)"],
    ["an empty list", {"sources.json": "[]"}, "sources.json", "it holds no records"],
    ["a value of the wrong type", {"observations.json": JSON.stringify([{...observations[0], value: "90"}])}, "observations.json", "record 1: “value” is missing or of the wrong type"],
    ["a missing column", {"observations.json": JSON.stringify([{...observations[0], quote: undefined}])}, "observations.json", "record 1: “quote” is missing or of the wrong type"],
    ["an unknown indicator", {"observations.json": JSON.stringify([{...observations[0], indicator_id: "nope"}])}, "observations.json", "record 1: “indicator_id” names “nope”, which indicators.json lacks"],
    ["a missing source text", {"sources/summary-2022.txt": null}, "sources/summary-2022.txt", "the server answered 404"]
  ])("checks embedded data as it checks fetched data: %s", async (_name, changes, file, problem) => {
    const error = await load(changes).catch((e) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect({file: error.file, problem: error.problem}).toEqual({file, problem});
    expect(noFetch).not.toHaveBeenCalled();
  });

  it.each([
    ["damaged", '{"observations.json": "['],
    ["not an object", '["observations.json"]'],
    ["null", "null"]
  ])("names the embedded element when its JSON is %s", async (_name, text) => {
    for (const load of [() => loadDataset({embedded: text, fetch: noFetch}), () => loadText("datapackage.json", {embedded: text, fetch: noFetch})]) {
      const error = await load().catch((e) => e);
      expect(error).toBeInstanceOf(DataFileError);
      expect({file: error.file, problem: error.problem}).toEqual({file: `#${EMBEDDED_DATA_ID}`, problem: "it is not valid JSON (truncated or damaged)"});
    }
    expect(noFetch).not.toHaveBeenCalled();
  });
});
