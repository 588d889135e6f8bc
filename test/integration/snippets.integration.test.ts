/**
 * "Use this data", run by the researchers' real clients: every snippet copied
 * from the built pages (the data view and indicator pages, Chinese and
 * English), run unmodified against the built site on loopback by pandas, R
 * (readr and jsonlite), Node with Arquero, and curl; what each prints, and
 * the table each loads, compared value by value with the published table.
 * One process per client runs every snippet. `.ci/run` installs the clients
 * from Debian; run `npm run build` before running this file alone.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import * as aq from "arquero";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {SNIPPET_KINDS, type DataSnippets} from "../../src/model/data-snippets.ts";
import {closeBuiltSite, openBuiltSite, type BuiltSite} from "../browser/built-site.ts";
import {newPage} from "../browser/page-helpers.ts";
import {program, pythonWith, rscriptWith, run} from "../support/clients.ts";
import {after, printedCounts, printedRows, type Client} from "./support/printed-table.ts";
import {disagreements, DIST_DATA, publishedRows, readPublished} from "./support/published.ts";
import {runSnippets, type SnippetRun} from "./support/run-snippets.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
/** The page types that offer snippets, in both languages (an indicator of counts, and one of rates with three figures). */
const PAGES = [
  {name: "zh data view", path: "?view=data", indicator: null},
  {name: "en data view", path: "en/?view=data", indicator: null},
  {name: "zh indicator page", path: "?indicator=school-places-added", indicator: "school-places-added"},
  {name: "en indicator page", path: "en/?indicator=school-places-added", indicator: "school-places-added"},
  {name: "en indicator page (rates)", path: "en/?indicator=preschool-enrolment-rate", indicator: "preschool-enrolment-rate"}
] as const;
type PageSpec = (typeof PAGES)[number];
const COLUMNS = ["observation_id", "series", "year", "value_base", "unit_base", "status"];

let site: BuiltSite;
let scratch: string;
const copied = new Map<PageSpec, DataSnippets>();
const links = new Map<PageSpec, string[]>();

beforeAll(async () => {
  site = await openBuiltSite({needs: ["index.html", "en/index.html", "data/index.json"]});
  // Inside the project (test-results/ is not committed), so the JavaScript's `import "arquero"` resolves as in a reader's project.
  mkdirSync(join(root, "test-results"), {recursive: true});
  scratch = mkdtempSync(join(root, "test-results", "snippets-"));
  for (const spec of PAGES) {
    const {page, errors, close} = await newPage(site.browser);
    try {
      await page.goto(site.server.url + spec.path);
      const field = (kind: string) => page.locator(`bj-data-snippets textarea[data-snippet=${kind}]`);
      await field("curl").waitFor();
      copied.set(spec, Object.fromEntries(await Promise.all(SNIPPET_KINDS.map(async (kind) => [kind, await field(kind).inputValue()]))) as DataSnippets);
      // Every link to the data on the page, as an address.
      const hrefs = await page.locator('a[href*="data/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      links.set(spec, hrefs);
      expect(errors, spec.name).toEqual([]);
    } finally {
      await close();
    }
  }
});

afterAll(async () => {
  await closeBuiltSite(site ?? {});
  if (scratch) rmSync(scratch, {recursive: true, force: true});
});

const snippetsOf = (kind: "python" | "r" | "js") => PAGES.map((spec) => ({name: spec.name, code: copied.get(spec)![kind]}));
const firstLines = (text: string) => text.split("\n").map((l) => l.trim());

/** What a client printed and loaded for one page, against the published tables. */
function check(client: Client, spec: PageSpec, result: SnippetRun) {
  const out = result.stdout;
  const lines = firstLines(out);
  if (spec.indicator) {
    const meta = JSON.parse(readPublished(`indicators/${spec.indicator}.metadata.json`));
    const published = publishedRows(`indicators/${spec.indicator}.csv`);
    expect(lines[0], spec.name).toBe(`${meta.name.en} - ${meta.definition.en}`);
    expect(lines[1], spec.name).toBe(`${published.length} figures`);
    // The table it prints: each cell as published (printed numbers rounded as the client shows them).
    expect(disagreements(printedRows(client, after(out, /figures$/)), published, {columns: COLUMNS, tolerance: 1e-6}), spec.name).toEqual([]);
    // The table it loaded: every column of every row, exactly.
    expect(disagreements(result.loaded, published, {tolerance: 1e-12}), spec.name).toEqual([]);
  } else {
    const index = JSON.parse(readPublished("index.json"));
    const published = publishedRows("observations.csv");
    expect(lines[0], spec.name).toBe(`version ${index.version} released ${index.released}`);
    expect(lines[1], spec.name).toBe(`${published.length} figures of ${index.indicators.length} indicators`);
    const counts: Record<string, number> = {};
    for (const row of published) if (row.series === "target") counts[String(row.status)] = (counts[String(row.status)] ?? 0) + 1;
    expect(printedCounts(client, after(out, /^Targets by status:$/)), spec.name).toEqual(counts);
    expect(disagreements(result.loaded, published, {tolerance: 1e-12}), spec.name).toEqual([]);
  }
}

describe("the snippets as copied from the built pages", () => {
  it("load from the site's data/ from every page, the English ones included (never en/data/)", () => {
    for (const spec of PAGES) {
      for (const kind of SNIPPET_KINDS) {
        const code = copied.get(spec)![kind];
        expect(code, `${spec.name} ${kind}`).toContain(`${site.server.url}data/`);
        expect(code, `${spec.name} ${kind}`).not.toContain("/en/data/");
      }
    }
  });

  it("sit on pages whose every link to the data answers", async () => {
    const all = [...new Set([...links.values()].flat())];
    expect(all.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const href of all) {
      const response = await fetch(href);
      if (!response.ok) broken.push(`${href}: ${response.status}`);
    }
    expect(broken).toEqual([]);
  });

  it("run in pandas and print what the published table holds", async () => {
    const python = pythonWith(["pandas"], "python3-pandas");
    const results = await runSnippets("python", python, scratch, snippetsOf("python"));
    PAGES.forEach((spec, i) => check("python", spec, results[i]));
  });

  it("run in R (readr, jsonlite) and print what the published table holds", async () => {
    const rscript = rscriptWith(["readr", "jsonlite"]);
    const results = await runSnippets("r", rscript, scratch, snippetsOf("r"));
    PAGES.forEach((spec, i) => check("r", spec, results[i]));
  });

  it("run in Node with Arquero and print what the published table holds", async () => {
    const results = await runSnippets("js", process.execPath, scratch, snippetsOf("js"));
    PAGES.forEach((spec, i) => check("js", spec, results[i]));
  });

  it("run in the shell with curl and save the published files byte for byte", async () => {
    const bash = program("bash", "bash");
    program("curl", "curl");
    for (const spec of PAGES) {
      const dir = mkdtempSync(join(scratch, "curl-"));
      await run(bash, ["-eu", "-c", copied.get(spec)!.curl], {cwd: dir});
      const saved = readdirSync(dir);
      expect(saved.length, spec.name).toBeGreaterThanOrEqual(3);
      for (const name of saved) {
        const path = name === "index.json" || !spec.indicator ? name : `indicators/${name}`;
        expect(readFileSync(join(dir, name)).equals(readFileSync(new URL(path, DIST_DATA))), `${spec.name}: ${name}`).toBe(true);
      }
    }
  });

  it("read a table whole, where Arquero's streamed CSV parser (loadCSV's) mis-reads rows split across a download's pieces", async () => {
    // observations.csv as a network delivers it, in 16 KiB pieces: what aq.loadCSV parses.
    const bytes = readFileSync(new URL("observations.csv", DIST_DATA));
    const pieces = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 16384) controller.enqueue(bytes.subarray(i, i + 16384));
        controller.close();
      }
    }).pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>);
    const published = publishedRows("observations.csv");
    const streamed = (await aq.fromCSVStream(pieces)).objects() as Array<Record<string, unknown>>;
    const whole = aq.fromCSV(bytes.toString("utf8")).objects() as Array<Record<string, unknown>>;
    expect(disagreements(streamed, published, {tolerance: 1e-12}).length).toBeGreaterThan(0);
    expect(disagreements(whole, published, {tolerance: 1e-12})).toEqual([]);
  });
});
