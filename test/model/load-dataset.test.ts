import {describe, expect, it} from "vitest";
import {loadDataset} from "../../src/model/load-dataset.ts";
import {pageData} from "../../src/model/page-data.ts";
import {DataFileError} from "../../src/model/validate-data.ts";
import {realData} from "../real-data.ts";
import {withManifests} from "../support/data-server.ts";

const {observations, indicators, relations, sources, status, content, texts} = realData().data;
const GOOD: Record<string, string> = {
  "observations.json": JSON.stringify(observations),
  "indicators.json": JSON.stringify([...indicators.values()]),
  "relations.json": JSON.stringify(relations),
  "sources.json": JSON.stringify([...sources.values()]),
  "status.json": JSON.stringify([...status.values()]),
  "content.json": JSON.stringify(content),
  ...Object.fromEntries([...sources.values()].map((s) => [s.text_path, texts.get(s.id)!]))
};

/**
 * A server with these files and their data manifests (made from `published`: by default the files
 * served, so that a file damaged in the build is served with a manifest that agrees); `html`
 * answers every unknown path with a page, as a single-page fallback does.
 */
function fakeFetch(served: Record<string, string | null>, {html = false, published = served}: {html?: boolean; published?: Record<string, string | null>} = {}): typeof fetch {
  const files = withManifests(served, {published});
  return (async (url: URL) => {
    const name = url.pathname.replace(/^\/data\//, "");
    const body = files[name];
    if (body === undefined || body === null) {
      return html ? new Response("<!doctype html><title>x</title>", {status: 200, headers: {"content-type": "text/html; charset=utf-8"}}) : new Response("not found", {status: 404});
    }
    return new Response(body, {status: 200, headers: {"content-type": "application/json"}});
  }) as unknown as typeof fetch;
}

const load = (changes: Record<string, string | null>) => loadDataset({base: "http://test/data/", fetch: fakeFetch({...GOOD, ...changes})});
/** The files served with these changes, against the manifest of the files as published. */
const loadStale = (changes: Record<string, string | null>) => loadDataset({base: "http://test/data/", fetch: fakeFetch({...GOOD, ...changes}, {published: GOOD})});

describe("loadDataset", () => {
  it("loads the built files into Arquero tables, with the content and the source texts", async () => {
    const dataset = await load({});
    expect(dataset.observations.numRows()).toBe(observations.length);
    expect(dataset.indicators.numRows()).toBe(indicators.size);
    expect(dataset.status.numRows()).toBe(status.size);
    const data = pageData(dataset);
    expect(data.sources.get("plan-2021")?.title_zh).toContain("十四五");
    expect(data.observations).toEqual(observations);
    expect(data.summaries).toEqual(realData().data.summaries);
    expect(dataset.content).toEqual(content);
    expect(dataset.texts.get("summary-2022")).toContain("入园率达到 90%");
  });

  it.each([
    ["a missing file", {"indicators.json": null}, "indicators.json", "the server answered 404"],
    ["a missing status file", {"status.json": null}, "status.json", "the server answered 404"],
    ["missing content", {"content.json": null}, "content.json", "the server answered 404"],
    ["a truncated file", {"observations.json": GOOD["observations.json"].slice(0, 500)}, "observations.json", "it is not valid JSON (truncated or damaged)"],
    ["an empty list", {"sources.json": "[]"}, "sources.json", "it holds no records"],
    ["a value of the wrong type", {"observations.json": JSON.stringify([{...observations[0], value: "90"}])}, "observations.json", "record 1: “value” is missing or of the wrong type"],
    ["a missing column", {"observations.json": JSON.stringify([{...observations[0], quote: undefined}])}, "observations.json", "record 1: “quote” is missing or of the wrong type"],
    ["a code that is not one of its column's", {"observations.json": JSON.stringify([{...observations[0], comparator: "="}])}, "observations.json", "record 1: “comparator” is missing or of the wrong type"],
    ["an unknown indicator", {"observations.json": JSON.stringify([{...observations[0], indicator_id: "nope"}])}, "observations.json", "record 1: “indicator_id” names “nope”, which indicators.json lacks"],
    ["an unknown source", {"observations.json": JSON.stringify([observations[0], {...observations[1], source_id: "nope"}])}, "observations.json", "record 2: “source_id” names “nope”, which sources.json lacks"],
    ["a status of a target the observations lack", {"observations.json": JSON.stringify(observations.filter((o) => o.series !== "target"))}, "status.json", `record 1: “target_id” names “${[...status.values()][0].target_id}”, which observations.json lacks`],
    ["a relation to an unknown indicator", {"relations.json": JSON.stringify([{...relations[0], related_id: "nope"}])}, "relations.json", "record 1: “related_id” names “nope”, which indicators.json lacks"]
  ])("names the file and the problem for %s", async (_name, changes, file, problem) => {
    const error = await load(changes).catch((e) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect({file: error.file, problem: error.problem}).toEqual({file, problem});
  });

  it.each([
    ["half its rows", "observations.json", JSON.stringify(observations.slice(0, Math.ceil(observations.length / 2)))],
    ["a status table of another version", "status.json", JSON.stringify([...status.values()].map((s) => ({...s, status: "met"})))],
    ["the sources list cut short", "sources.json", JSON.stringify([...sources.values()].slice(0, 1))],
    ["a source text with CRLF line ends", "sources/plan-2021.txt", texts.get("plan-2021")!.replace(/\n/g, "\r\n")],
    ["a source text with text added", "sources/summary-2022.txt", `${texts.get("summary-2022")}\n补充说明。`],
    ["a source text cut short", "sources/dongcheng-2022.txt", texts.get("dongcheng-2022")!.slice(0, 200)]
  ])("names a file that is valid but not the one published (%s): it differs from the data manifest", async (_name, file, text) => {
    const error = await loadStale({[file]: text}).catch((e) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect({file: error.file, code: error.detail.code}).toEqual({file, code: "mismatch"});
  });

  it("names a file the data manifest does not list, and a manifest that is damaged", async () => {
    const unlisted: Record<string, string | null> = withManifests(GOOD);
    const manifest = JSON.parse(unlisted["manifest.json"]!) as {files: Record<string, unknown>};
    delete manifest.files["relations.json"];
    const files: Record<string, string | null> = {...unlisted, "manifest.json": JSON.stringify(manifest)};
    const serve = (async (url: URL) => new Response(files[url.pathname.replace(/^\/data\//, "")] ?? "x", {status: 200})) as unknown as typeof fetch;
    const error = await loadDataset({base: "http://test/data/", fetch: serve}).catch((e) => e);
    expect({file: error.file, code: error.detail.code}).toEqual({file: "relations.json", code: "mismatch"});
    const broken = (async (url: URL) => new Response(url.pathname.endsWith("manifest.json") ? "{" : files[url.pathname.replace(/^\/data\//, "")], {status: 200})) as unknown as typeof fetch;
    const damaged = await loadDataset({base: "http://test/data/", fetch: broken}).catch((e) => e);
    expect({file: damaged.file, code: damaged.detail.code}).toEqual({file: "manifest.json", code: "json"});
  });

  it("says so when the server answers a data file with a web page (a wrong data URL, or a dev server's fallback)", async () => {
    const error = await loadDataset({base: "http://test/data/", fetch: fakeFetch({...GOOD, "status.json": null}, {html: true})}).catch((e) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect({file: error.file, code: error.detail.code}).toEqual({file: "status.json", code: "html"});
    expect(error.problem).toMatch(/web page \(HTML\), not the data file/);
  });

  it("fails with a timeout the reader can retry when a file never answers, and a reader's own abort stays an abort", async () => {
    // A server that answers everything but observations.json, which hangs until the request is aborted.
    const hanging = (async (url: URL, init?: RequestInit) => {
      if (!url.pathname.endsWith("observations.json")) return fakeFetch(GOOD)(url);
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)));
    }) as unknown as typeof fetch;
    const error = await loadDataset({base: "http://test/data/", fetch: hanging, timeoutMs: 50}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).detail).toEqual({code: "timeout", seconds: 1});
    expect((error as DataFileError).file).toBe("observations.json");
    const controller = new AbortController();
    const aborted = loadDataset({base: "http://test/data/", fetch: hanging, signal: controller.signal}).catch((e: unknown) => e);
    controller.abort();
    expect(await aborted).not.toBeInstanceOf(DataFileError);
  });
});
