import {describe, expect, it} from "vitest";
import {documentCandidates, formatOf, sourceCandidates} from "../../../src/build/extract/candidates.ts";
import {readCuration} from "../../../src/build/read-curation.ts";

const root = new URL("../../../", import.meta.url).pathname;

describe("candidates: the mentions a curator accounts for", () => {
  it("cleans a new document by its file's ending unless told, and lists each number in its context", () => {
    expect([formatOf("plan.html"), formatOf("plan.md"), formatOf("plan.txt"), formatOf("plan.html", "text")]).toEqual(["html", "markdown", "text", "text"]);
    const lines = documentCandidates("<p>新增中小学学位3000个。</p>", {file: "plan.html", format: "html"});
    expect(lines[0]).toMatch(/^\s+\d+ {2}"3000个?"\s+\S+.*\[3000个?\]/);
    expect(lines.at(-1)).toBe(`\n${lines.length - 1} mentions in plan.html (cleaned as html). Add a record to data/sources.json, then observations and exclusions (see data/README.md).`);
  });

  it("lists a curated source's mentions with how each is accounted for, or only the open ones", () => {
    const input = readCuration(`${root}data`);
    const all = sourceCandidates(input, "dongcheng-2022");
    expect(all.some((line) => / used {5}dongcheng-2022\//.test(line))).toBe(true);
    expect(all.at(-1)).toMatch(/^\n\d+ mentions, 0 unaccounted; 0 errors for dongcheng-2022/);
    expect(sourceCandidates(input, "dongcheng-2022", {onlyOpen: true})).toHaveLength(1);
  });
});
