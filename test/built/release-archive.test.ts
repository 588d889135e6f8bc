/**
 * The version's archive (data/releases/…-<version>.zip): the Data Package and
 * every file it names, byte for byte as published, with the README, the
 * licence and the changelog that explain it, and a package a Frictionless
 * client reads with zero errors once unpacked.
 * Run `npm run build` before running this file alone.
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {unzipSync} from "fflate";
import {afterAll, describe, expect, it} from "vitest";
import {releaseOf} from "../../src/build/release.ts";
import {releaseArchivePath} from "../../src/schema/data-files.ts";
import {checkDataPackage} from "../support/frictionless.ts";

const dir = new URL("../../dist/data/", import.meta.url);
const release = releaseOf(readFileSync(new URL("../../CHANGELOG.md", import.meta.url), "utf8"));
const archive = unzipSync(new Uint8Array(readFileSync(new URL(releaseArchivePath(release.version), dir))));
const pkg = JSON.parse(readFileSync(new URL("datapackage.json", dir), "utf8")) as {resources: Array<{path: string}>; sources: Array<{path: string}>};
const unpacked = mkdtempSync(join(tmpdir(), "release-"));
afterAll(() => rmSync(unpacked, {recursive: true, force: true}));

describe(`the archive of version ${release.version}`, () => {
  it("holds datapackage.json, every resource and source it names, the README, licence and changelog, byte for byte as published, and nothing else", () => {
    const expected = [...new Set(["datapackage.json", "README.md", "LICENSE.txt", "CHANGELOG.md", ...pkg.resources.map((r) => r.path), ...pkg.sources.map((s) => s.path)])];
    expect(Object.keys(archive).sort()).toEqual([...expected].sort());
    for (const name of expected) expect(Buffer.from(archive[name]).equals(readFileSync(new URL(name, dir))), name).toBe(true);
  });

  it("unpacks to a Data Package a Frictionless client reads with zero errors", async () => {
    for (const [name, bytes] of Object.entries(archive)) {
      mkdirSync(dirname(join(unpacked, name)), {recursive: true});
      writeFileSync(join(unpacked, name), bytes);
    }
    const {errors, rows} = await checkDataPackage(unpacked);
    expect(errors).toEqual([]);
    expect(rows.observations).toBeGreaterThan(100);
  });

  it("explains itself: the README names every file, the status method and the citation; the licence is CC BY 4.0 in full; the changelog is the project's", () => {
    const text = (name: string) => Buffer.from(archive[name]).toString("utf8");
    const readme = text("README.md");
    for (const path of ["observations.csv", "status.csv", "mentions.csv", "sources.csv", "observations.arrow", "index.json", "LICENSE.txt", "CHANGELOG.md"]) expect(readme, path).toContain(`\`${path}\``);
    expect(readme).toContain("## How a target's status is decided");
    expect(readme).toMatch(/- `pace`: /);
    expect(readme).toContain("```bibtex\n@dataset{");
    expect(text("LICENSE.txt")).toMatch(/^Attribution 4\.0 International\n[\s\S]*Section 1 -- Definitions\.[\s\S]*Creative Commons may be contacted at creativecommons\.org\.\n$/);
    expect(text("CHANGELOG.md")).toBe(readFileSync(new URL("../../CHANGELOG.md", import.meta.url), "utf8"));
    expect(text("CHANGELOG.md")).toContain(`## [${release.version}] - ${release.date}`);
  });
});
