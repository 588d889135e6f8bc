import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";

/**
 * The site a bench measures: `npm run build` first unless told not to, then
 * dist/index.html must be there. Throws with what to do when it is not.
 */
export function siteToMeasure({root, build, log, name}: {root: string; build: boolean; log: (...parts: unknown[]) => void; name: string}): string {
  const dist = join(root, "dist");
  if (build) {
    log(`${name}: npm run build`);
    const result = spawnSync("npm", ["run", "build"], {cwd: root, stdio: ["ignore", process.stderr, process.stderr], shell: process.platform === "win32"});
    if (result.status !== 0) throw new Error(`${name}: the build failed; nothing to measure`);
  }
  if (!existsSync(join(dist, "index.html"))) throw new Error(`${name}: dist/index.html is missing; run without --no-build`);
  return dist;
}
