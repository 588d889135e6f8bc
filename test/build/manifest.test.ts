import {mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {addToManifest, csvRows, manifestEntry, manifestFiles, rowsOf} from "../../src/build/manifest.ts";
import {manifestPathFor, type DataManifest} from "../../src/schema/data-manifest.ts";

const bytes = (text: string) => Buffer.from(text, "utf8");

describe("the data manifests", () => {
  it("count a table's rows: a JSON list's length, a CSV's records (a quoted line break is not a record)", () => {
    expect(csvRows('"a","b"\r\n"1","x"\r\n"2","y\r\nz"\r\n')).toBe(2);
    expect(csvRows('"a"\n"1"')).toBe(1);
    expect(csvRows('"a"\r\n')).toBe(0);
    expect(rowsOf("t.json", bytes("[1,2,3]"))).toBe(3);
    expect(rowsOf("t.json", bytes('{"a":1}'))).toBeUndefined();
    expect(rowsOf("t.txt", bytes("a\nb"))).toBeUndefined();
    expect(manifestEntry("t.csv", bytes('"a"\r\n"1"\r\n'))).toEqual({bytes: 10, sha256: "5c8073d9d0b1e2d5d648d9765ec8da0f7b308d47fae792feb2d4ad83ec57d42f", rows: 1});
  });

  it("list every file at the top and each folder's own files in its folder, each manifest listed with its hash", () => {
    const entries = Object.fromEntries(["observations.json", "page/zh/first-screen.json", "page/zh/quotes/0.json", "indicators/a.csv"].map((p) => [p, manifestEntry(p, bytes(`[${p.length}]`))]));
    const files = manifestFiles("1.2.3", entries);
    expect(Object.keys(files).sort()).toEqual(["indicators/manifest.json", "manifest.json", "page/zh/manifest.json", "page/zh/quotes/manifest.json"]);
    const top = JSON.parse(files["manifest.json"]) as DataManifest;
    expect(top.version).toBe("1.2.3");
    expect(Object.keys(top.files)).toEqual(["indicators/a.csv", "indicators/manifest.json", "observations.json", "page/zh/first-screen.json", "page/zh/manifest.json", "page/zh/quotes/0.json", "page/zh/quotes/manifest.json"]);
    expect(top.files["page/zh/manifest.json"]).toEqual(manifestEntry("page/zh/manifest.json", bytes(files["page/zh/manifest.json"])));
    expect(Object.keys((JSON.parse(files["page/zh/manifest.json"]) as DataManifest).files)).toEqual(["page/zh/first-screen.json"]);
    // The page finds a file's entry in the manifest of its folder.
    for (const path of Object.keys(entries)) expect((JSON.parse(files[manifestPathFor(path)]) as DataManifest).files[path], path).toEqual(entries[path]);
  });

  it("take the files a later build step adds", () => {
    const dir = mkdtempSync(join(tmpdir(), "bj-manifest-"));
    try {
      writeFileSync(join(dir, "a.json"), "[1]");
      for (const [path, text] of Object.entries(manifestFiles("0.1.0", {"a.json": manifestEntry("a.json", bytes("[1]"))}))) writeFileSync(join(dir, path), text);
      mkdirSync(join(dir, "page/en"), {recursive: true});
      writeFileSync(join(dir, "page/en/view.json"), "[1,2]");
      writeFileSync(join(dir, "a.json"), "[1,2,3]");
      addToManifest(dir, ["page/en/view.json", "a.json"]);
      const top = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as DataManifest;
      expect(top.version).toBe("0.1.0");
      expect(top.files["a.json"].rows).toBe(3);
      expect(top.files["page/en/view.json"]).toEqual(manifestEntry("page/en/view.json", bytes("[1,2]")));
      expect((JSON.parse(readFileSync(join(dir, "page/en/manifest.json"), "utf8")) as DataManifest).files["page/en/view.json"].rows).toBe(2);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
