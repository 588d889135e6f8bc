/**
 * The version's archive (data/releases/…-<version>.zip): the Data Package and
 * every file it names, byte for byte as published, and a package a
 * Frictionless client reads with zero errors once unpacked.
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
  it("holds datapackage.json and every resource and source it names, byte for byte as published, and nothing else", () => {
    const expected = ["datapackage.json", ...pkg.resources.map((r) => r.path), ...pkg.sources.map((s) => s.path)];
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
});
