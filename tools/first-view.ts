import {existsSync, readFileSync} from "node:fs";
import {join, posix} from "node:path";
import {gzipSync} from "node:zlib";
import {PAGE_FILES} from "../src/model/page-parts.ts";

/**
 * The budget of the first view, gzip (kB = 1000 bytes, as the benchmark reports). What only a
 * later step needs (the quote panel, story mode's channel and moving marks) loads with it; the
 * next saving is the UI strings, whose two languages (11 kB) both ship. 61 kB since the line-break
 * rules (src/i18n/line-breaks.ts, 1.2 kB: no label breaks inside a word or a figure) came in with
 * the first screen's text and the scoreboard's labels.
 */
export const FIRST_VIEW_BUDGET = 61_000;

/**
 * Every file a page loads before its first screen is interactive, by path
 * under the built site: the page, the style sheets, scripts and modulepreloads
 * it names and what those import statically, and the first screen's data part.
 * Dynamic imports (`import("./x.js")`) load later, when something needs them.
 */
export function firstViewFiles(dist: string, page: string, lang: "zh" | "en"): string[] {
  const read = (path: string) => readFileSync(join(dist, path), "utf8");
  if (!existsSync(join(dist, page))) throw new Error(`${join(dist, page)} is missing: run \`npm run build\` first`);
  const dir = posix.dirname(page) === "." ? "" : `${posix.dirname(page)}/`;
  const named = [...read(page).matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => posix.normalize(`${dir}${m[1]}`));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith(".js")) return;
    for (const m of read(file).matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(`assets/${m[1]}`);
  };
  named.forEach(visit);
  return [page, ...seen, `data/${PAGE_FILES.first(lang)}`];
}

/** Each of those files with its gzip size (the default level, as a host serves it), and the total. */
export function firstViewBytes(dist: string, page: string, lang: "zh" | "en"): {total: number; files: Array<{path: string; gzipBytes: number}>} {
  const files = firstViewFiles(dist, page, lang).map((path) => ({path, gzipBytes: gzipSync(readFileSync(join(dist, path))).length}));
  return {total: files.reduce((sum, f) => sum + f.gzipBytes, 0), files};
}
