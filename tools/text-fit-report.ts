import {existsSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {pageData} from "../src/model/page-data.ts";
import {pageModel} from "../src/model/page-model.ts";
import {readPublished} from "../src/prerender/read-published.ts";
import {launchChromium} from "./chromium.ts";
import {serveStatic} from "./static-server.ts";
import {componentCases, embedCases, measureCase, pageCases, type TextFitCase} from "./text-fit-cases.ts";
import type {TextFitFinding, TextFitResult} from "./text-fit.ts";

const TOP_KINDS = 30;
const EXAMPLES = 5;

export type MeasuredCase = {c: TextFitCase; result: TextFitResult};

/**
 * Every case of the built site in `dist` (each chart of the explainer, as the
 * build published it: in the page, in an embed, in the component) whose label
 * contains `filter`, measured in Chromium for text that does not fit.
 */
export async function measureTextFit(dist: string, {filter = "", log = (line: string) => process.stderr.write(`${line}\n`)}: {filter?: string; log?: (line: string) => void} = {}): Promise<MeasuredCase[]> {
  if (!existsSync(join(dist, "index.html")) || !existsSync(join(dist, "embed.html"))) throw new Error(`${dist}/ is missing: run \`npm run build\` first`);
  const charts = [...pageModel(pageData(readPublished(pathToFileURL(join(dist, "data/")))), "zh").charts.keys()];
  const cases = [...pageCases(charts), ...embedCases(charts), ...componentCases(charts)].filter((c) => c.label.includes(filter));
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const results: MeasuredCase[] = [];
  try {
    for (const c of cases) {
      results.push({c, result: await measureCase(browser, server.url, c)});
      log(`measured ${c.label}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

// A collision's kind names both texts in a fixed order, so "tick label vs axis title" is one kind, not two.
const ORDER = ["tick label", "axis title", "row label", "note", "mark label"];
const rank = (kind: string) => {
  const i = ORDER.findIndex((k) => kind.startsWith(k));
  return i < 0 ? ORDER.length : i;
};
const ordered = (f: Extract<TextFitFinding, {type: "overlap"}>) => [...f.texts].sort((x, y) => rank(x.kind) - rank(y.kind) || x.kind.localeCompare(y.kind));
function collisionKind(f: TextFitFinding): string {
  if (f.type === "broken") return "line broken against the rules";
  if (f.type === "outside") return `${f.text.kind} outside ${f.sides.join("+")} edge`;
  const [a, b] = ordered(f);
  return `${a.kind} vs ${b.kind}`;
}
/** The texts involved and the chart, the same whether the chart is in the page (chart-…) or alone (plot-…). */
function collisionKey(f: TextFitFinding): string {
  if (f.type === "broken") return `${f.chart}|${f.text}`;
  const chart = f.chart.replace(/^(chart|plot)-/, "");
  return f.type === "outside" ? `${chart}|${f.text.text}` : `${chart}|${ordered(f).map((t) => t.text).join("|")}`;
}
function example(f: TextFitFinding): string {
  if (f.type === "broken") return `${f.chart}: "${f.text}"`;
  if (f.type === "outside") return `${f.chart}: "${f.text.text}" by ${f.by}px`;
  const [a, b] = ordered(f);
  return `${f.chart}: "${a.text}" × "${b.text}" (${f.overlap.x}×${f.overlap.y}px)`;
}

/**
 * The findings per page, language and width, then the most frequent kinds of
 * collision with examples, so the worst kind can be fixed first.
 */
export function textFitReport(results: readonly MeasuredCase[]): string {
  const lines: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const counts = (r: TextFitResult) => {
    const outside = r.findings.filter((f) => f.type === "outside").length;
    const broken = r.findings.filter((f) => f.type === "broken").length;
    return {outside, broken, overlaps: r.findings.length - outside - broken};
  };
  lines.push(`${"case".padEnd(26)}${pad("charts", 7)}${pad("texts", 7)}${pad("outside", 9)}${pad("overlaps", 10)}${pad("broken", 8)}`);
  for (const {c, result} of results) {
    const {outside, overlaps, broken} = counts(result);
    lines.push(`${c.label.padEnd(26)}${pad(result.charts, 7)}${pad(result.texts, 7)}${pad(outside, 9)}${pad(overlaps, 10)}${pad(broken, 8)}`);
  }
  const sum = (rows: readonly MeasuredCase[]) => rows.reduce((t, {result}) => {
    const {outside, overlaps, broken} = counts(result);
    return {outside: t.outside + outside, overlaps: t.overlaps + overlaps, broken: t.broken + broken};
  }, {outside: 0, overlaps: 0, broken: 0});
  const total = sum(results);
  lines.push(`${"total".padEnd(40)}${pad(total.outside, 9)}${pad(total.overlaps, 10)}${pad(total.broken, 8)}`);
  const reviewed = sum(results.filter(({c}) => c.kind === "page" && c.width <= 1280));
  lines.push(`${"page 320–1280px, zh+en".padEnd(40)}${pad(reviewed.outside, 9)}${pad(reviewed.overlaps, 10)}${pad(reviewed.broken, 8)}`);

  // One example per distinct collision (the same texts in the same chart recur at every width and page).
  const kinds = new Map<string, {count: number; examples: Map<string, {text: string; cases: Set<string>}>}>();
  for (const {c, result} of results) {
    for (const f of result.findings) {
      const kind = collisionKind(f);
      const entry = kinds.get(kind) ?? {count: 0, examples: new Map()};
      kinds.set(kind, entry);
      entry.count++;
      const key = collisionKey(f);
      const seen = entry.examples.get(key) ?? {text: example(f), cases: new Set<string>()};
      entry.examples.set(key, seen);
      seen.cases.add(c.label);
    }
  }
  const top = [...kinds].sort((a, b) => b[1].count - a[1].count).slice(0, TOP_KINDS);
  lines.push(`\n${top.length} most frequent kinds of collision (of ${kinds.size}), with up to ${EXAMPLES} distinct examples each:`);
  for (const [kind, {count, examples}] of top) {
    lines.push(`\n${pad(count, 5)}  ${kind}  (${examples.size} distinct)`);
    const byReach = [...examples.values()].sort((a, b) => b.cases.size - a.cases.size).slice(0, EXAMPLES);
    for (const e of byReach) lines.push(`       - ${e.text}  [in ${e.cases.size} of ${results.length} cases, e.g. ${[...e.cases][0]}]`);
  }
  return lines.join("\n");
}
