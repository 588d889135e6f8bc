/**
 * The licence notices of the third-party code the browser builds ship
 * (Lit, Plot, d3, Arquero…): each package's name, version, licence and the
 * text of its licence file, from node_modules, for every package a chunk
 * holds a module of. Written next to the site (`THIRD-PARTY-NOTICES.txt`)
 * and into the offline file. Node only.
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Plugin} from "vite";

export const NOTICES_FILE = "THIRD-PARTY-NOTICES.txt";

export interface PackageNotice {
  /** Its folder, relative to the project (`node_modules/d3-array`). */
  dir: string;
  name: string;
  version: string;
  license: string;
  /** The text of its licence file, or a line saying it has none. */
  text: string;
}

/** The package folder a bundled module belongs to (`node_modules/@scope/name`), or null for the project's own code. */
export function packageDirOf(moduleId: string): string | null {
  const path = moduleId.replace(/\\/g, "/").replace(/^\0/, "").split("?")[0];
  const [first, last] = [path.indexOf("/node_modules/"), path.lastIndexOf("/node_modules/")];
  if (first === -1) return null;
  const rest = path.slice(last + "/node_modules/".length).split("/");
  const name = rest[0].startsWith("@") ? rest.slice(0, 2).join("/") : rest[0];
  // Nested copies keep their whole path: node_modules/a/node_modules/b.
  return `${path.slice(first + 1, last + "/node_modules/".length)}${name}`;
}

/** A package's notice, read from its folder under `root`. */
export function packageNotice(root: string, dir: string): PackageNotice {
  const pkg = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as {name: string; version: string; license?: string | {type: string}};
  const file = readdirSync(join(root, dir)).find((f) => /^(licen[sc]e|copying)(\.(md|txt))?$/i.test(f));
  const license = typeof pkg.license === "object" ? pkg.license.type : (pkg.license ?? "unknown");
  return {dir, name: pkg.name, version: pkg.version, license, text: file ? readFileSync(join(root, dir, file), "utf8").trim() : `(${pkg.name} ships no licence file; its package.json names the licence: ${license})`};
}

const RULE = "=".repeat(72);

/** The notices as one text file, packages in name order; each header names its folder, so a later build can add to the file. */
export function noticesText(notices: readonly PackageNotice[]): string {
  const sorted = [...notices].sort((a, b) => a.name.localeCompare(b.name) || a.dir.localeCompare(b.dir));
  const head = `Third-party software in this site's scripts (${sorted.length} packages), with their licence notices.\n`;
  return `${head}${sorted.map((n) => `\n${RULE}\n${n.name} ${n.version} (${n.license}) [${n.dir}]\n${RULE}\n\n${n.text}\n`).join("")}`;
}

/** The package folders named in a notices file. */
export function noticeDirs(text: string): string[] {
  return [...text.matchAll(/^\S+ \S+ \(.*\) \[(node_modules\/[^\]]+)\]$/gm)].map((m) => m[1]);
}

/**
 * A build plugin that writes the notices of the packages in its bundle to
 * `fileName`; with `merge`, the packages of a notices file the out folder
 * already holds (an earlier build into the same folder) are kept.
 */
export function thirdPartyNotices({root, outDir, fileName = NOTICES_FILE, merge = false}: {root: string; outDir: string; fileName?: string; merge?: boolean}): Plugin {
  return {
    name: "third-party-notices",
    apply: "build",
    generateBundle(_options, bundle) {
      const dirs = new Set<string>();
      // Only modules that put code in the bundle: a barrel (d3's index) names many it does not ship.
      for (const chunk of Object.values(bundle)) if (chunk.type === "chunk") for (const [id, module] of Object.entries(chunk.modules)) {
        const dir = module.renderedLength > 0 ? packageDirOf(id) : null;
        if (dir) dirs.add(dir);
      }
      const existing = join(outDir, fileName);
      if (merge && existsSync(existing)) for (const dir of noticeDirs(readFileSync(existing, "utf8"))) dirs.add(dir);
      this.emitFile({type: "asset", fileName, source: noticesText([...dirs].map((dir) => packageNotice(root, dir)))});
    }
  };
}
