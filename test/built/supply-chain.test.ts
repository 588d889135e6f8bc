/**
 * What a publisher pins, as the build wrote it: each script a snippet loads
 * has a release's own copy at embed/v<version>/, the same bytes as the latest,
 * with the integrity hash embed.json gives; the third-party licence notices
 * ship beside the site and inside the offline file. Run `npm run build` and
 * `npm run build:single` first.
 */
import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {EMBED_SCRIPTS, readEmbedManifest} from "../../src/schema/embed-files.ts";
import {NOTICES_FILE} from "../../src/build/third-party-notices.ts";

const dist = new URL("../../dist/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dist));

describe("the scripts a snippet loads", () => {
  it("each have a release's copy, the latest's bytes, pinned by the hash embed.json gives", () => {
    const manifest = readEmbedManifest(JSON.parse(read("embed.json").toString("utf8")))!;
    const {version} = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {version: string};
    expect(manifest.version).toBe(version);
    for (const [key, file] of Object.entries(EMBED_SCRIPTS) as Array<[keyof typeof EMBED_SCRIPTS, string]>) {
      const {path, integrity} = manifest.scripts[key];
      expect(path).toBe(`embed/v${version}/${file}`);
      expect(read(path).equals(read(file)), path).toBe(true);
      expect(integrity).toBe(`sha384-${createHash("sha384").update(read(path)).digest("base64")}`);
    }
  });
});

describe("the third-party licence notices", () => {
  it("ship beside the site and inside the offline file, naming every package the scripts carry", () => {
    const notices = read(NOTICES_FILE).toString("utf8");
    for (const name of ["lit-html", "@observablehq/plot", "d3-array", "arquero", "fflate", "@lit/task"]) expect(notices, name).toMatch(new RegExp(`^${name.replace("/", "\\/")} \\S+ \\(`, "m"));
    const single = new URL("../../dist-single/beijing-education-14th-fyp.html", import.meta.url);
    if (!existsSync(single)) throw new Error("dist-single/ is missing: run `npm run build:single` first");
    expect(readFileSync(single, "utf8")).toMatch(/<template id="third-party-notices"><pre>Third-party software[^<]*@observablehq\/plot/);
  });
});
