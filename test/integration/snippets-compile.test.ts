/** The data snippets' Python, compiled by Python (where installed); what they say is pinned in test/model/data-snippets.test.ts. */
import {execFileSync, spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, it} from "vitest";
import {dataSnippets} from "../../src/model/data-snippets.ts";

/** A reserved address (RFC 2606): the code is compiled, never run. */
const base = "https://bj-edu.invalid/data/";
const one = dataSnippets({base, indicator: "school-places-added"});
const all = dataSnippets({base});
const hasPython = spawnSync("python3", ["--version"]).status === 0;

describe("dataSnippets", () => {
  it.runIf(hasPython)("writes Python that compiles", () => {
    const dir = mkdtempSync(join(tmpdir(), "snippets-"));
    try {
      for (const [name, code] of [["one.py", one.python], ["all.py", all.python]]) {
        writeFileSync(join(dir, name), code);
        execFileSync("python3", ["-m", "py_compile", join(dir, name)]);
      }
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
