/**
 * The import rules of the project, read from the source (Node only): in src/,
 * every import runs down the flow of the data, schema → i18n → formats →
 * build → model → charts → app → components → prerender → views → shells (a
 * folder may import from itself and from the folders before it, never from
 * one after it; nothing outside src/build/ imports src/build/, which is Node
 * only). Around src/, scripts/ and test/ never import each other: what both
 * need (a browser, a static server, the text-fit measurement…) lives in
 * tools/, which imports neither. `scripts/check-layers.ts` prints both lists;
 * `test/layers.test.ts` keeps them empty.
 */
import {readdirSync, readFileSync} from "node:fs";
import {dirname, join, normalize, sep} from "node:path";

export const LAYERS = ["schema", "security", "i18n", "formats", "build", "model", "charts", "app", "components", "prerender", "views", "shells"] as const;

const IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"'?]+)/g;

/** Each relative import of the TypeScript files under a folder of the project, as [file, target] (paths relative to the project). */
function importsUnder(root: string, folder: string): Array<[string, string]> {
  const files = (readdirSync(join(root, folder), {recursive: true}) as string[]).filter((f) => /\.ts$/.test(f) && !f.split(sep).includes("node_modules")).map((f) => join(folder, f));
  return files.flatMap((file) => [...readFileSync(join(root, file), "utf8").matchAll(IMPORT)].map(([, spec]) => [file, normalize(join(dirname(file), spec))] as [string, string]));
}

/** The folder of src/ a path is in, or null for files at the top of src/ (the entry points). */
function layerOf(path: string): string | null {
  const parts = path.split(sep);
  return parts.length > 2 && parts[0] === "src" ? parts[1] : null;
}

/** Imports in src/ that run against the flow, as "from -> to" (paths relative to the project). */
export function layerViolations(root: string): string[] {
  const out: string[] = [];
  for (const [file, target] of importsUnder(root, "src")) {
    // Style sheets (src/styles/) are not code: any layer may use them.
    if (!target.endsWith(".ts")) continue;
    const [from, to] = [layerOf(file), layerOf(target)];
    if (!from || !to || from === to) continue;
    const ahead = LAYERS.indexOf(to as never) > LAYERS.indexOf(from as never);
    if (ahead || (to === "build" && from !== "prerender") || !LAYERS.includes(from as never) || !LAYERS.includes(to as never)) out.push(`${file} -> ${target}`);
  }
  return out;
}

/** What each folder around src/ must not import: scripts/ and test/ each other, tools/ either. */
export const APART: Readonly<Record<string, readonly string[]>> = {scripts: ["test"], test: ["scripts"], tools: ["scripts", "test"]};

/** Imports between scripts/, test/ and tools/ that APART forbids, as "from -> to". */
export function folderViolations(root: string): string[] {
  return Object.entries(APART).flatMap(([folder, never]) =>
    importsUnder(root, folder).filter(([, target]) => never.includes(target.split(sep)[0])).map(([file, target]) => `${file} -> ${target}`)
  );
}
