/**
 * Synthetic curation for the scale benchmark (npm run bench:scale): today's
 * data/ and content/ copied to a folder of the benchmark's own, with invented
 * district documents added as a curator would add them, so the real build
 * reads them. CLEARLY SYNTHETIC: every id starts with `syn-`, every title says
 * 合成 / SYNTHETIC, every number is generated; nothing of it is ever published
 * (it never goes near data/ or public/data).
 *
 * Shape: 16 districts (合成区甲…, scope `dongcheng`, the district scope the
 * schema has), each with one document a year (a district annual plan: a
 * target and an actual per indicator), one year at 10× and five years
 * (2021–2025) at 100×, about 100 indicators per district at 100×.
 */
import {createHash} from "node:crypto";
import {cpSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {DOMAINS} from "../../src/schema/records.ts";

const DISTRICTS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳".split("");
export const BASE_OBSERVATIONS = 123;

/** Letters only (no digit may appear in a source's text but the figures): 0 → "a", 25 → "z", 26 → "ba". */
function code(n: number): string {
  let out = "";
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
}

/** A small deterministic generator, so two runs build the same dataset. */
function numbers(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export interface Synthetic {
  data: string;
  content: string;
  /** Observations the generated documents add. */
  added: number;
}

/** Writes data/ and content/ under `dir` with about `factor` times today's observations. */
export function syntheticCuration(dir: string, factor: number): Synthetic {
  const root = new URL("../../", import.meta.url).pathname;
  const data = join(dir, "data");
  const content = join(dir, "content");
  cpSync(join(root, "data"), data, {recursive: true});
  cpSync(join(root, "content"), content, {recursive: true});
  const extra = Math.max(0, Math.round(BASE_OBSERVATIONS * (factor - 1)));
  if (extra === 0) return {data, content, added: 0};
  const years = factor >= 50 ? [2021, 2022, 2023, 2024, 2025] : [2022];
  const perDocument = Math.ceil(extra / (DISTRICTS.length * years.length * 2));
  const random = numbers(factor);
  const sources = JSON.parse(readFileSync(join(data, "sources.json"), "utf8"));
  const catalogue: object[] = [];
  let added = 0;
  for (const [d, district] of DISTRICTS.entries()) {
    const indicators = Array.from({length: perDocument}, (_, k) => ({id: `syn-${code(d)}-${String(k).padStart(4, "0")}`, tag: `${code(d)}${code(k + 26)}`, domain: DOMAINS[k % DOMAINS.length]}));
    for (const i of indicators) {
      catalogue.push({id: i.id, zh: `【合成】${district}区指标${i.tag}`, en: `SYNTHETIC district ${code(d)} indicator ${i.tag}`, definition_zh: "基准测试用的合成指标，不是真实数据。", definition_en: "A synthetic indicator for the benchmark; not real data.", domain: i.domain, unit: "%", better: "higher"});
    }
    for (const year of years) {
      const id = `syn-${code(d)}-${year}`;
      const lines = ["【基准测试用合成文本：不是真实文件。SYNTHETIC text for the benchmark, not a real document.】"];
      const observations: object[] = [];
      for (const i of indicators) {
        const target = Math.round((60 + random() * 35) * 10) / 10;
        const actual = Math.round((target - 8 + random() * 12) * 10) / 10;
        const targetQuote = `合成指标${i.tag}目标为${target}%以上`;
        const actualQuote = `合成指标${i.tag}实际为${actual}%`;
        lines.push(`${targetQuote}。${actualQuote}。`);
        observations.push(
          {id: `${id}/${i.id}-target`, indicator: i.id, series: "target", scope: "dongcheng", year, basis: "level", quote: targetQuote, expect: {value: target, unit: "%", comparator: "ge"}},
          {id: `${id}/${i.id}-actual`, indicator: i.id, series: "actual", scope: "dongcheng", year, basis: "level", quote: actualQuote, expect: {value: actual, unit: "%", comparator: "eq"}}
        );
      }
      const text = lines.join("\n\n") + "\n";
      mkdirSync(join(data, "sources/raw"), {recursive: true});
      writeFileSync(join(data, `sources/raw/${id}.txt`), text);
      writeFileSync(join(data, `observations/${id}.json`), JSON.stringify(observations, null, 1));
      writeFileSync(join(data, `exclusions/${id}.json`), "[]\n");
      sources.push({
        id, file: `sources/raw/${id}.txt`, format: "text",
        title_zh: `【合成】${district}区${year}年教育工作计划（基准测试用，不是真实文件）`, title_en: `SYNTHETIC district ${code(d)} plan for ${year} (benchmark only, not a real document)`,
        issuer_zh: "基准测试", issuer_en: "Benchmark", date: String(year), date_note: "Generated for the benchmark; never published.",
        kind: "district-annual-plan", scope: "dongcheng", document_number: null, period: `${year}-${year}`,
        sha256: createHash("sha256").update(text).digest("hex")
      });
      added += observations.length;
    }
  }
  writeFileSync(join(data, "catalogue/synthetic.json"), JSON.stringify(catalogue, null, 1));
  writeFileSync(join(data, "sources.json"), JSON.stringify(sources, null, 2));
  return {data, content, added};
}
