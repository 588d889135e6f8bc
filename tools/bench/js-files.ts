import {readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {gzipSync} from "node:zlib";

export interface JsFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * Every .js file of the site (dist/assets and anything else the build puts
 * beside index.html) with its size and gzip size (the server's gzip, default level).
 */
export function jsFiles(root: string): JsFile[] {
  const files: JsFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.m?js$/.test(name)) {
        const content = readFileSync(path);
        files.push({path: relative(root, path).replace(/\\/g, "/"), bytes: content.length, gzipBytes: gzipSync(content).length});
      }
    }
  };
  walk(root);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
