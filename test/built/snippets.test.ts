/**
 * The "Use this data" JavaScript, run as a reader would run it: dist/ served
 * on loopback (as a host serves it), the snippet written to a module file and
 * run by Node with Arquero, loading the published files over HTTP.
 * Run `npm run build` before running this file alone.
 */
import {execFile} from "node:child_process";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {dataSnippets} from "../../src/model/data-snippets.ts";
import {serveStatic, type StaticServer} from "../../tools/static-server.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(root, "dist");
let server: StaticServer;
// Inside the project (test-results/ is not committed), so that `import * as aq from "arquero"` resolves as in a reader's project.
mkdirSync(join(root, "test-results"), {recursive: true});
const scratch = mkdtempSync(join(root, "test-results", "snippets-"));

beforeAll(async () => {
  server = await serveStatic(dist);
});
afterAll(async () => {
  await server?.close();
  rmSync(scratch, {recursive: true, force: true});
});

/** Runs a snippet as an ES module in Node; its standard output. */
async function run(name: string, code: string): Promise<string> {
  const file = join(scratch, `${name}.mjs`);
  writeFileSync(file, code);
  const {stdout} = await promisify(execFile)(process.execPath, [file], {cwd: root});
  return stdout;
}

describe("the JavaScript snippet against the served site", () => {
  it("loads one indicator's figures and metadata: its row count, a known value, its definition", async () => {
    const base = `${server.url}data/`;
    const out = await run("indicator", dataSnippets({base, indicator: "school-places-added"}).js);
    const rows = JSON.parse(readFileSync(join(dist, "data/observations.json"), "utf8")).filter((o: {indicator_id: string}) => o.indicator_id === "school-places-added");
    const meta = JSON.parse(readFileSync(join(dist, "data/indicators/school-places-added.metadata.json"), "utf8"));
    expect(out).toContain(`${meta.name.en}: ${meta.definition.en}`);
    expect(out).toContain(`${rows.length} figures`);
    // The table Arquero prints (console.table in Node) holds the 2022 figure in its base unit, and the target's own status.
    expect(out).toMatch(/'summary-2022\/school-places-added'\s*│\s*'actual'\s*│\s*2022\s*│\s*36000\s*│\s*'个'\s*│\s*null/);
    expect(out).toMatch(/'summary-2022\/school-places-added-target'\s*│\s*'target'\s*│\s*2022\s*│\s*20000\s*│\s*'个'\s*│\s*'met'/);
  });

  it("loads the whole dataset: every figure and every indicator, with the version", async () => {
    const out = await run("dataset", dataSnippets({base: `${server.url}data/`}).js);
    const observations = JSON.parse(readFileSync(join(dist, "data/observations.json"), "utf8"));
    const index = JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8"));
    expect(out).toContain(`version ${index.version}, released ${index.released}`);
    expect(out).toContain(`${observations.length} figures of ${index.indicators.length} indicators`);
  });
});
