import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {dataSnippets, SNIPPET_KINDS} from "../../src/model/data-snippets.ts";

const base = "https://example.org/bj/data/";
const one = dataSnippets({base, indicator: "school-places-added"});
const all = dataSnippets({base});

describe("dataSnippets", () => {
  it("loads one indicator's CSV and metadata from the data address, in every language", () => {
    expect(one.python).toContain('base = "https://example.org/bj/data/"\nindicator = "school-places-added"');
    expect(one.python).toContain('pd.read_csv(f"{base}indicators/{indicator}.csv", keep_default_na=False, na_values=[""])');
    expect(one.python).toContain('urlopen(f"{base}indicators/{indicator}.metadata.json")');
    expect(one.r).toContain('read_csv(paste0(base, "indicators/", indicator, ".csv"), na = "", show_col_types = FALSE)');
    expect(one.r).toContain('fromJSON(paste0(base, "indicators/", indicator, ".metadata.json"))');
    expect(one.js).toContain("await aq.loadCSV(`${base}indicators/${indicator}.csv`)");
    expect(one.js).toContain("await fetch(`${base}indicators/${indicator}.metadata.json`)");
    expect(one.curl).toBe(
      "# The list of indicators and their files\n" +
        "curl -sSf 'https://example.org/bj/data/index.json' -o index.json\n" +
        "# Its figures and its metadata\n" +
        "curl -sSfO 'https://example.org/bj/data/indicators/school-places-added.csv'\n" +
        "curl -sSfO 'https://example.org/bj/data/indicators/school-places-added.metadata.json'\n"
    );
  });

  it("loads the whole dataset without an indicator: observations, the catalogue (Arquero's loadJSON) and the index", () => {
    expect(all.python).toContain('pd.read_csv(f"{base}observations.csv"');
    expect(all.js).toContain("await aq.loadCSV(`${base}observations.csv`)");
    expect(all.js).toContain("await aq.loadJSON(`${base}indicators.json`)");
    expect(all.r).toContain('fromJSON(paste0(base, "index.json"))');
    expect(all.curl).toContain("curl -sSfO 'https://example.org/bj/data/datapackage.json'");
    for (const kind of SNIPPET_KINDS) expect(all[kind]).not.toContain("indicators/");
  });

  it("quotes the address for each language, whatever it holds", () => {
    const odd = dataSnippets({base: "https://example.org/a'b\"c/data/", indicator: "x"});
    expect(odd.python).toContain('base = "https://example.org/a\'b\\"c/data/"');
    expect(odd.curl).toContain("curl -sSf 'https://example.org/a'\\''b\"c/data/index.json' -o index.json");
  });

  it("refuses an address that is not http(s) or does not end in /, and an id that is not one", () => {
    expect(() => dataSnippets({base: "file:///tmp/data/"})).toThrow(/http/);
    expect(() => dataSnippets({base: "https://example.org/bj/data"})).toThrow(/ending in/);
    expect(() => dataSnippets({base, indicator: "x\"; import os"})).toThrow(/indicator id/);
  });

  // The Python compiles: test/integration/snippets-compile.test.ts.
  it("writes JavaScript that parses as a module", async () => {
    // Compiled, never run: run against the built site in test/built/snippets.test.ts.
    const {parseAst} = await import("vite");
    for (const code of [one.js, all.js]) expect(() => parseAst(code)).not.toThrow();
  });

  it("are the code the README's researcher section shows, for the project's address", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const {project} = JSON.parse(readFileSync(new URL("../../content/explainer.json", import.meta.url), "utf8"));
    const shown = dataSnippets({base: `${project.homepage}data/`, indicator: "school-places-added"});
    for (const [fence, code] of [["python", shown.python], ["r", shown.r], ["js", shown.js]]) expect(readme, fence).toContain("```" + fence + "\n" + code + "```");
  });
});
