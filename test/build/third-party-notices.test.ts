import {describe, expect, it} from "vitest";
import {noticeDirs, noticesText, packageDirOf, packageNotice} from "../../src/build/third-party-notices.ts";

const root = new URL("../../", import.meta.url).pathname;

describe("the third-party notices", () => {
  it("find the package a bundled module belongs to, nested and scoped ones included; the project's own code is none", () => {
    expect(packageDirOf("/p/node_modules/d3-array/src/ticks.js")).toBe("node_modules/d3-array");
    expect(packageDirOf("/p/node_modules/@observablehq/plot/src/plot.js")).toBe("node_modules/@observablehq/plot");
    expect(packageDirOf("/p/node_modules/a/node_modules/b/index.js")).toBe("node_modules/a/node_modules/b");
    expect(packageDirOf("\0/p/node_modules/lit-html/lit-html.js?commonjs")).toBe("node_modules/lit-html");
    expect(packageDirOf("/p/src/main.ts")).toBeNull();
  });

  it("hold each package's name, version, licence and licence text, and read back the folders they name", () => {
    const lit = packageNotice(root, "node_modules/lit-html");
    expect(lit).toMatchObject({name: "lit-html", license: "BSD-3-Clause"});
    expect(lit.text).toMatch(/Copyright/);
    const text = noticesText([packageNotice(root, "node_modules/fflate"), lit]);
    expect(text.indexOf("fflate")).toBeLessThan(text.indexOf("lit-html "));
    expect(noticeDirs(text)).toEqual(["node_modules/fflate", "node_modules/lit-html"]);
  });
});
