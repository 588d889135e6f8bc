/**
 * No placeholder address ships: the site's address and the corrections
 * contact are build settings, and a build without them publishes relative
 * links and no absolute address of its own, never a made-up one. Reads every
 * text file of dist/ and dist-single/, and every file inside their ZIPs.
 * Run `npm run build` (and `npm run build:single`) before running this file alone.
 */
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {unzipSync} from "fflate";
import {describe, expect, it} from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const TEXT = /\.(html|js|css|json|csv|txt|svg|md|xml|webmanifest)$|(^|\/)_headers$/;
const PLACEHOLDER = /\bexample\.(org|com|net)\b|\.invalid\b/i;
// An address made from a setting that was not there: "null/data/…", "undefined#…", href="null".
const UNSET = /(?:href|src|content|action)=["'](?:null|undefined)\b|\b(?:null|undefined)\/(?:data|en|index\.html|\?)|:\/\/(?:null|undefined)\b|"(?:url|URL|homepage|base|id|archive|path|canonical)":\s*"(?:null|undefined)?"/;

/** Every published text, by its path (a file inside a ZIP as `archive.zip!/path`). */
function texts(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = join(root, folder);
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir, {recursive: true}) as string[]) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    if (name.endsWith(".zip")) {
      for (const [inner, bytes] of Object.entries(unzipSync(readFileSync(path)))) if (TEXT.test(inner)) out.set(`${folder}/${name}!/${inner}`, Buffer.from(bytes).toString("utf8"));
    } else if (TEXT.test(name)) out.set(`${folder}/${name}`, readFileSync(path, "utf8"));
  }
  return out;
}

const lines = (files: Map<string, string>, pattern: RegExp) =>
  [...files].flatMap(([path, text]) => {
    const at = text.search(pattern);
    return at < 0 ? [] : [`${path}: …${text.slice(Math.max(0, at - 60), at + 60)}…`];
  });

describe("no placeholder address ships", () => {
  const dist = texts("dist");
  const single = texts("dist-single");

  it("finds the build's files", () => {
    expect(dist.size, "run `npm run build` first").toBeGreaterThan(100);
    expect([...dist.keys()].some((p) => p.includes(".zip!/datapackage.json")), "the release archive is read inside").toBe(true);
  });

  it("has no example.org (or any reserved host) in dist/, its archives, or the single file", () => {
    expect(lines(dist, PLACEHOLDER)).toEqual([]);
    expect(lines(single, PLACEHOLDER)).toEqual([]);
  });

  it("has no address made from an unset setting", () => {
    expect(lines(dist, UNSET)).toEqual([]);
    expect(lines(single, UNSET)).toEqual([]);
  });

  it("names the site's address everywhere it is published when set, and no address of the site's own when not", () => {
    const {site} = JSON.parse(dist.get("dist/data/content.json")!) as {site: {url: string | null; contact: string | null}};
    const pkg = JSON.parse(dist.get("dist/data/datapackage.json")!);
    const index = JSON.parse(dist.get("dist/data/index.json")!);
    if (site.url) {
      expect(pkg).toMatchObject({homepage: site.url, id: new URL("data/datapackage.json", site.url).href});
      expect(index.base).toBe(new URL("data/", site.url).href);
    } else {
      for (const key of ["homepage", "id"]) expect(pkg, key).not.toHaveProperty(key);
      expect(index).not.toHaveProperty("base");
      // The only absolute addresses in the machine-readable files are other sites' (the licence's); none is the site's own.
      const own = [...dist].filter(([path]) => path.startsWith("dist/data/") && path.endsWith(".json")).flatMap(([path, text]) => [...text.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => `${path}: ${m[0]}`));
      expect(own.filter((a) => !/https:\/\/creativecommons\.org\//.test(a))).toEqual([]);
    }
  });
});
