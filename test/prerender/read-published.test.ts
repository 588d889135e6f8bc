/** The site step reads the published tables back, checked against their fields: a damaged file is named with its problem, never an internal error. */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {pathToFileURL} from "node:url";
import {afterAll, describe, expect, it} from "vitest";
import {pageData} from "../../src/model/page-data.ts";
import {DataFileError} from "../../src/model/validate-data.ts";
import {readPublished} from "../../src/prerender/read-published.ts";
import {realData} from "../real-data.ts";

const {observations, indicators, relations, sources, places, status, content, texts} = realData().data;
const GOOD: Record<string, string> = {
  "observations.json": JSON.stringify(observations),
  "indicators.json": JSON.stringify([...indicators.values()]),
  "relations.json": JSON.stringify(relations),
  "sources.json": JSON.stringify([...sources.values()]),
  "status.json": JSON.stringify([...status.values()]),
  "scopes.json": JSON.stringify([...places.values()]),
  "content.json": JSON.stringify(content),
  ...Object.fromEntries([...sources.values()].map((s) => [s.text_path, texts.get(s.id)!]))
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, {recursive: true, force: true})));

/** A data folder with the published files, some changed. */
function folder(changes: Record<string, string> = {}): URL {
  const dir = mkdtempSync(join(tmpdir(), "bj-published-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries({...GOOD, ...changes})) {
    mkdirSync(dirname(join(dir, name)), {recursive: true});
    writeFileSync(join(dir, name), text);
  }
  return pathToFileURL(`${dir}/`);
}

describe("readPublished", () => {
  it("reads the tables, the content and the source texts as the build published them", () => {
    const data = pageData(readPublished(folder()));
    expect(data.observations).toEqual(observations);
    expect(data.summaries).toEqual(realData().data.summaries);
    expect(data.texts.get("summary-2022")).toContain("入园率达到 90%");
  });

  it.each([
    ["an empty list", {"sources.json": "[]"}, "sources.json", "it holds no records"],
    ["a value of the wrong type", {"observations.json": JSON.stringify([{...observations[0], value: "90"}])}, "observations.json", 'record 1: “value” is missing or of the wrong type'],
    ["a missing column", {"observations.json": JSON.stringify([{...observations[0], quote: undefined}])}, "observations.json", 'record 1: “quote” is missing or of the wrong type'],
    ["a code that is not one of its column's", {"observations.json": JSON.stringify([{...observations[0], comparator: "="}])}, "observations.json", 'record 1: “comparator” is missing or of the wrong type'],
    ["an unknown indicator", {"observations.json": JSON.stringify([{...observations[0], indicator_id: "nope"}])}, "observations.json", 'record 1: “indicator_id” names “nope”, which indicators.json lacks']
  ])("names the file and the problem for %s", (_name, changes, file, problem) => {
    let error: unknown;
    try {
      readPublished(folder(changes));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataFileError);
    expect({file: (error as DataFileError).file, problem: (error as DataFileError).problem}).toEqual({file, problem});
  });
});
