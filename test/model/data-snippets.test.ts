import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {dataSnippets, SNIPPET_KINDS} from "../../src/model/data-snippets.ts";

const base = "https://tracker.test/bj/data/";
const one = dataSnippets({base, indicator: "school-places-added"});
const all = dataSnippets({base});

describe("dataSnippets", () => {
  it("loads one indicator's CSV and metadata from the data address, in every language", () => {
    expect(one.python).toContain('base = "https://tracker.test/bj/data/"\nindicator = "school-places-added"');
    expect(one.python).toContain('pd.read_csv(f"{base}indicators/{indicator}.csv", keep_default_na=False, na_values=[""])');
    expect(one.python).toContain('urlopen(f"{base}indicators/{indicator}.metadata.json")');
    expect(one.r).toContain('read_csv(paste0(base, "indicators/", indicator, ".csv"), na = "", show_col_types = FALSE)');
    expect(one.r).toContain('fromJSON(paste0(base, "indicators/", indicator, ".metadata.json"))');
    // A CSV is fetched whole, then parsed: aq.loadCSV mis-reads the rows that straddle a download's chunks.
    expect(one.js).toContain("aq.fromCSV(await (await fetch(`${base}indicators/${indicator}.csv`)).text())");
    expect(one.js).toContain("await fetch(`${base}indicators/${indicator}.metadata.json`)");
    expect(one.curl).toBe(
      "# Needs curl.\n" +
        "# The list of indicators and their files\n" +
        "curl -sSf 'https://tracker.test/bj/data/index.json' -o index.json\n" +
        "# Its figures and its metadata\n" +
        "curl -sSfO 'https://tracker.test/bj/data/indicators/school-places-added.csv'\n" +
        "curl -sSfO 'https://tracker.test/bj/data/indicators/school-places-added.metadata.json'\n"
    );
  });

  it("loads the whole dataset without an indicator: observations (Arrow for Arquero), the catalogue and the index", () => {
    expect(all.python).toContain('pd.read_csv(f"{base}observations.csv"');
    expect(all.js).toContain("await aq.loadArrow(`${base}observations.arrow`)");
    expect(all.js).toContain("aq.from(index.indicators)");
    expect(all.r).toContain('fromJSON(paste0(base, "index.json"))');
    expect(all.curl).toContain("curl -sSfO 'https://tracker.test/bj/data/datapackage.json'");
    for (const kind of SNIPPET_KINDS) expect(all[kind]).not.toContain("indicators/");
  });

  it("never streams a CSV through Arquero's loadCSV, and says first what each language needs", () => {
    for (const snippets of [one, all]) {
      expect(snippets.js).not.toMatch(/aq\.loadCSV\(/);
      expect(snippets.python.split("\n")[0]).toBe("# Needs pandas: pip install pandas (or Debian's python3-pandas).");
      expect(snippets.r.split("\n")[0]).toBe('# Needs readr and jsonlite: install.packages(c("readr", "jsonlite")) (or Debian\'s r-cran-readr and r-cran-jsonlite).');
      expect(snippets.js).toMatch(/^\/\/ Needs Node 20 or later and Arquero: npm install arquero@8\.0\.3\./);
      // The registry caveat: Arquero's Arrow library needs a package some registries lack.
      expect(snippets.js).toContain('"overrides": {"@uwdata/flechette": "2.6.0"}');
    }
  });

  it("quotes the address for each language, whatever it holds", () => {
    const odd = dataSnippets({base: "https://tracker.test/a'b\"c/data/", indicator: "x"});
    expect(odd.python).toContain('base = "https://tracker.test/a\'b\\"c/data/"');
    expect(odd.curl).toContain("curl -sSf 'https://tracker.test/a'\\''b\"c/data/index.json' -o index.json");
  });

  it("refuses an address that is not http(s) or does not end in /, and an id that is not one", () => {
    expect(() => dataSnippets({base: "file:///tmp/data/"})).toThrow(/http/);
    expect(() => dataSnippets({base: "https://tracker.test/bj/data"})).toThrow(/ending in/);
    expect(() => dataSnippets({base, indicator: "x\"; import os"})).toThrow(/indicator id/);
  });

  // The Python compiles: test/integration/snippets-compile.test.ts.
  it("writes JavaScript that parses as a module", async () => {
    // Compiled, never run: run against the built site in test/built/snippets.test.ts.
    const {parseAst} = await import("vite");
    for (const code of [one.js, all.js]) expect(() => parseAst(code)).not.toThrow();
  });

  it("are the code the researchers' guide (docs/dataset.md) shows, for the site `npm run preview` serves", () => {
    const readme = readFileSync(new URL("../../docs/dataset.md", import.meta.url), "utf8");
    const shown = dataSnippets({base: "http://localhost:4173/data/", indicator: "school-places-added"});
    for (const [fence, code] of [["python", shown.python], ["r", shown.r], ["js", shown.js]]) expect(readme, fence).toContain("```" + fence + "\n" + code + "```");
  });
});
