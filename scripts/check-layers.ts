/**
 * `npm run check:layers`: every import in src/ runs down the flow of the data,
 * schema → security → i18n → formats → build → model → charts → app → components →
 * prerender → views → shells. A folder may import from itself and from the
 * folders before it, never from one after it; nothing but src/build/ and the
 * site step, src/prerender/ (both Node only), may import src/build/. Exits 1, listing each import that breaks this.
 */
import {readdirSync, readFileSync} from "node:fs";
import {dirname, join, normalize, relative, sep} from "node:path";
import {fileURLToPath} from "node:url";

export const LAYERS = ["schema", "security", "i18n", "formats", "build", "model", "charts", "app", "components", "prerender", "views", "shells"] as const;

const IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"'?]+)/g;

/** The folder of src/ a path is in, or null for files at the top of src/ (the entry points). */
function layerOf(path: string): string | null {
  const parts = path.split(sep);
  return parts.length > 2 && parts[0] === "src" ? parts[1] : null;
}

/** Imports that run against the flow, as "from -> to" (paths relative to the project). */
export function layerViolations(root: string): string[] {
  const files = (readdirSync(join(root, "src"), {recursive: true}) as string[]).filter((f) => /\.ts$/.test(f)).map((f) => join("src", f));
  const out: string[] = [];
  for (const file of files) {
    for (const [, spec] of readFileSync(join(root, file), "utf8").matchAll(IMPORT)) {
      // Style sheets (src/styles/) are not code: any layer may use them.
      if (!spec.endsWith(".ts")) continue;
      const target = normalize(join(dirname(file), spec));
      const [from, to] = [layerOf(file), layerOf(target)];
      if (!from || !to || from === to) continue;
      const ahead = LAYERS.indexOf(to as never) > LAYERS.indexOf(from as never);
      if (ahead || (to === "build" && from !== "prerender") || !LAYERS.includes(from as never) || !LAYERS.includes(to as never)) out.push(`${file} -> ${target}`);
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = relative(process.cwd(), join(dirname(fileURLToPath(import.meta.url)), "..")) || ".";
  const violations = layerViolations(root);
  for (const v of violations) console.error(`  ${v}`);
  console.log(violations.length ? `${violations.length} imports run against the flow (${LAYERS.join(" → ")})` : `every import in src/ runs down the flow: ${LAYERS.join(" → ")}`);
  process.exit(violations.length ? 1 : 0);
}
