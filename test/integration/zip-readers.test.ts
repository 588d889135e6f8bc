/**
 * The ZIP writer's archives opened by the readers researchers use: Python's
 * zipfile and Info-ZIP unzip (each where installed). The writer's own layout
 * is pinned, without any program, in test/formats/zip.test.ts.
 */
import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {zipFiles} from "../../src/formats/zip.ts";

const csv = "\ufeffindicator_id,value\r\npreschool-enrolment,90\r\n";
const chinese = "东城区：学前教育三年毛入园率达到90%以上。\n";

describe("zipFiles, read by other programs", () => {
  const files = [
    {name: "indicators.csv", data: csv},
    {name: "数据/东城区.txt", data: chinese, date: new Date("2026-11-23T13:45:30Z")}
  ];

  it.skipIf(!existsSync("/usr/bin/python3"))("is read and verified by Python's zipfile", () => {
    const dir = mkdtempSync(join(tmpdir(), "zip-test-"));
    try {
      const path = join(dir, "bundle.zip");
      writeFileSync(path, zipFiles(files));
      const script = "import zipfile,sys,json; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps([z.namelist(), z.read(z.namelist()[1]).decode('utf-8'), z.getinfo(z.namelist()[1]).date_time]))";
      const output = execFileSync("/usr/bin/python3", ["-c", script, path], {encoding: "utf8"});
      expect(JSON.parse(output)).toEqual([["indicators.csv", "数据/东城区.txt"], chinese, [2026, 11, 23, 13, 45, 30]]);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  // Info-ZIP reads a name as a DOS code page when the maker is MS-DOS, UTF-8 flag or not.
  it.skipIf(!existsSync("/usr/bin/unzip"))("is tested by Info-ZIP unzip, which keeps the Chinese name", () => {
    const dir = mkdtempSync(join(tmpdir(), "zip-test-"));
    try {
      const path = join(dir, "bundle.zip");
      writeFileSync(path, zipFiles(files));
      const env = {...process.env, LC_ALL: "C.UTF-8"};
      expect(execFileSync("/usr/bin/unzip", ["-tq", path], {encoding: "utf8", env})).toMatch(/^No errors detected/);
      expect(execFileSync("/usr/bin/unzip", ["-Z1", path], {encoding: "utf8", env})).toBe("indicators.csv\n数据/东城区.txt\n");
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
