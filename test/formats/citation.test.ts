import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import type {SourceRecord} from "../../src/schema/records.ts";
import {bibtexKey, citeDataset, citeSource, dateParts, escapeBibtex, formatDate, issuersOf} from "../../src/formats/citation.ts";

const dongcheng: SourceRecord = {
  id: "dongcheng-2022",
  title_zh: "2022年东城区教育工作计划",
  title_en: "Dongcheng District Education Work Plan for 2022",
  issuer_zh: "中共北京市东城区委教育工作委员会、北京市东城区教育委员会",
  issuer_en: "Education Work Committee of the CPC Dongcheng District Committee; Dongcheng District Education Commission, Beijing",
  date: "2022-01-14",
  date_note: null,
  kind: "district-annual-plan",
  scope: "dongcheng",
  document_number: "东教工委发〔2022〕7号",
  period: "2022-2022",
  sha256: "0".repeat(64),
  file: "sources/raw/001.txt",
  format: "text"
};

const summary: SourceRecord = {
  ...dongcheng,
  id: "summary-2022",
  title_zh: "市教委2022年度工作总结",
  title_en: "Work Summary for 2022",
  issuer_zh: "北京市教育委员会",
  issuer_en: "Beijing Municipal Education Commission",
  date: "2022",
  date_note: "The summary covers 2022; its publication date is not in the source.",
  kind: "annual-work-summary",
  scope: "beijing",
  document_number: null
};

const plan: SourceRecord = {
  ...summary,
  id: "plan-2021",
  title_zh: "北京市“十四五”时期教育改革和发展规划（2021—2025年）",
  title_en: "Beijing 14th Five-Year Plan for Education Reform and Development (2021–2025)",
  date: "2021-10-08",
  date_note: "Date of the republication this copy comes from; the plan's own issue date is not in the source.",
  kind: "five-year-plan",
  period: "2021-2025"
};

const dataset = {
  name: "beijing-education-14th-fyp",
  title: "Beijing education indicators: 13th five-year plan results, 14th five-year plan targets and 2022 actuals",
  version: "0.1.0",
  date: "2026-11-23",
  url: "https://tracker.test/bj-edu/"
};

/** BibTeX counts every brace, escaped or not, so an entry is only valid if they balance. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === "{") depth++;
    if (c === "}" && --depth < 0) return false;
  }
  return depth === 0;
}

const COPY = "https://tracker.test/bj/data/sources/dongcheng-2022.txt";

describe("citeSource", () => {
  it("cites a document in Chinese: issuers，《title》，number，date。, then the copy read and when", () => {
    const {text, bibtex, csl} = citeSource(dongcheng, {lang: "zh", url: COPY, accessed: "2026-11-25"});
    expect(text).toBe(`中共北京市东城区委教育工作委员会、北京市东城区教育委员会，《2022年东城区教育工作计划》，东教工委发〔2022〕7号，2022年1月14日。清洗文本（2026年11月25日访问）：${COPY}`);
    expect(bibtex).toBe(
      "@techreport{dongcheng2022,\n" +
        "  author = {{中共北京市东城区委教育工作委员会} and {北京市东城区教育委员会}},\n" +
        "  institution = {中共北京市东城区委教育工作委员会、北京市东城区教育委员会},\n" +
        "  title = {{2022年东城区教育工作计划}},\n" +
        "  type = {区级年度工作计划},\n" +
        "  number = {东教工委发〔2022〕7号},\n" +
        "  year = {2022},\n" +
        "  month = jan,\n" +
        "  date = {2022-01-14},\n" +
        `  url = {${COPY}},\n` +
        "  urldate = {2026-11-25}\n" +
        "}\n"
    );
    expect(csl).toEqual({
      id: "dongcheng2022",
      type: "report",
      title: "2022年东城区教育工作计划",
      author: [{literal: "中共北京市东城区委教育工作委员会"}, {literal: "北京市东城区教育委员会"}],
      publisher: "中共北京市东城区委教育工作委员会、北京市东城区教育委员会",
      genre: "区级年度工作计划",
      issued: {"date-parts": [[2022, 1, 14]]},
      number: "东教工委发〔2022〕7号",
      URL: COPY,
      accessed: {"date-parts": [[2026, 11, 25]]},
      language: "zh-CN"
    });
  });

  it("cites a document in English, with the Chinese title in brackets after the English one and each issuer on its own", () => {
    const {text, bibtex, csl} = citeSource(dongcheng, {lang: "en", url: COPY, accessed: "2026-11-25"});
    expect(text).toBe(
      "Education Work Committee of the CPC Dongcheng District Committee; Dongcheng District Education Commission, Beijing. " +
        `Dongcheng District Education Work Plan for 2022 [2022年东城区教育工作计划], 东教工委发〔2022〕7号, 14 January 2022. Cleaned text, accessed 25 November 2026: ${COPY}`
    );
    expect(bibtex).toContain("  author = {{Education Work Committee of the CPC Dongcheng District Committee} and {Dongcheng District Education Commission, Beijing}},\n");
    expect(bibtex).toContain("  title = {{Dongcheng District Education Work Plan for 2022 [2022年东城区教育工作计划]}},\n");
    expect(bibtex).toContain("  type = {District annual work plan},\n");
    expect(csl.title).toBe("Dongcheng District Education Work Plan for 2022");
    expect(csl["original-title"]).toBe("2022年东城区教育工作计划");
    expect(csl.author).toEqual([{literal: "Education Work Committee of the CPC Dongcheng District Committee"}, {literal: "Dongcheng District Education Commission, Beijing"}]);
    expect(csl.publisher).toBe(dongcheng.issuer_en);
    // The language of the document, not the citation's.
    expect(csl.language).toBe("zh-CN");
  });

  it("defaults to Chinese, and gives no address or access date it was not given", () => {
    expect(citeSource(dongcheng)).toEqual(citeSource(dongcheng, {lang: "zh"}));
    const {text, bibtex, csl} = citeSource(dongcheng);
    expect(text.endsWith("2022年1月14日。")).toBe(true);
    expect(bibtex).not.toMatch(/url|urldate/);
    expect(csl).not.toHaveProperty("URL");
    expect(csl).not.toHaveProperty("accessed");
  });

  it("cites a year-only date as just the year, without a number it does not have", () => {
    const zh = citeSource(summary, {lang: "zh"});
    expect(zh.text).toBe("北京市教育委员会，《市教委2022年度工作总结》，2022年。");
    expect(zh.csl.issued).toEqual({"date-parts": [[2022]]});
    expect(zh.csl).not.toHaveProperty("number");
    expect(zh.csl.note).toBe(summary.date_note);
    expect(zh.bibtex).toBe(
      "@techreport{summary2022,\n" +
        "  author = {{北京市教育委员会}},\n" +
        "  institution = {北京市教育委员会},\n" +
        "  title = {{市教委2022年度工作总结}},\n" +
        "  type = {年度工作总结},\n" +
        "  year = {2022},\n" +
        "  date = {2022},\n" +
        "  note = {The summary covers 2022; its publication date is not in the source.}\n" +
        "}\n"
    );
    const en = citeSource(summary, {lang: "en"});
    expect(en.text).toBe("Beijing Municipal Education Commission. Work Summary for 2022 [市教委2022年度工作总结], 2022.");
    expect(en.bibtex).not.toContain("number =");
    expect(en.bibtex).not.toContain("month =");
  });

  it("says a republication date is one, rather than pass it off as the issue date", () => {
    expect(citeSource(plan, {lang: "zh"}).text).toBe("北京市教育委员会，《北京市“十四五”时期教育改革和发展规划（2021—2025年）》，2021年10月8日转载。");
    expect(citeSource(plan, {lang: "en"}).text).toBe(
      "Beijing Municipal Education Commission. Beijing 14th Five-Year Plan for Education Reform and Development (2021–2025) [北京市“十四五”时期教育改革和发展规划（2021—2025年）], republished 8 October 2021."
    );
    expect(citeSource(plan).csl.issued).toEqual({"date-parts": [[2021, 10, 8]]});
  });

  it("escapes BibTeX special characters in a title and keeps the entry's braces balanced", () => {
    const odd = {...dongcheng, title_zh: "预算{草案} 100% & 附件_1 #2 $3 ~4 ^5 \\6"};
    const {bibtex} = citeSource(odd, {lang: "zh"});
    expect(bibtex).toContain(
      "  title = {{预算\\textbraceleft{}草案\\textbraceright{} 100\\% \\& 附件\\_1 \\#2 \\$3 \\textasciitilde{}4 \\textasciicircum{}5 \\textbackslash{}6}},\n"
    );
    expect(bracesBalance(bibtex)).toBe(true);
    // A lone brace would leave a \{-escaped field unbalanced; this one stays valid.
    const lone = citeSource({...dongcheng, title_zh: "只有一个{"}, {lang: "zh"}).bibtex;
    expect(lone).toContain("  title = {{只有一个\\textbraceleft{}}},\n");
    expect(bracesBalance(lone)).toBe(true);
    // The CSL and plain text keep the title as written.
    expect(citeSource(odd).csl.title).toBe(odd.title_zh);
  });

  it("writes CSL-JSON that survives JSON", () => {
    for (const source of [dongcheng, summary, plan])
      for (const lang of ["zh", "en"] as const) {
        const {csl} = citeSource(source, {lang});
        expect(JSON.parse(JSON.stringify(csl))).toEqual(csl);
      }
  });

  it("cites every real source", () => {
    const raw = JSON.parse(readFileSync(new URL("../../data/sources.json", import.meta.url), "utf8"));
    const sources: SourceRecord[] = Array.isArray(raw) ? raw : raw.sources;
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources)
      for (const lang of ["zh", "en"] as const) {
        const {text, bibtex} = citeSource(source, {lang});
        expect(text).toContain(lang === "zh" ? source.title_zh : source.title_en);
        expect(bibtex.startsWith(`@techreport{${bibtexKey(source.id)},\n`)).toBe(true);
        // As many issuers in each language, one author each.
        expect(issuersOf(source, lang)).toHaveLength(issuersOf(source, "zh").length);
        expect(bracesBalance(bibtex)).toBe(true);
      }
  });
});

describe("citeDataset", () => {
  it("cites the dataset in English, the URL last so that no full stop joins it", () => {
    const {text, bibtex, csl} = citeDataset(dataset, {lang: "en"});
    expect(text).toBe(
      "Beijing education indicators: 13th five-year plan results, 14th five-year plan targets and 2022 actuals [dataset], version 0.1.0, 23 November 2026. https://tracker.test/bj-edu/"
    );
    // biblatex's @dataset, with one address field: pandoc, citation-js and Zotero read it as a dataset.
    expect(bibtex).toBe(
      "@dataset{bjedu14fyp2026,\n" +
        "  title = {{Beijing education indicators: 13th five-year plan results, 14th five-year plan targets and 2022 actuals}},\n" +
        "  version = {0.1.0},\n" +
        "  year = {2026},\n" +
        "  month = nov,\n" +
        "  date = {2026-11-23},\n" +
        "  url = {https://tracker.test/bj-edu/}\n" +
        "}\n"
    );
    expect(csl).toEqual({
      id: "bjedu14fyp2026",
      type: "dataset",
      title: dataset.title,
      issued: {"date-parts": [[2026, 11, 23]]},
      URL: "https://tracker.test/bj-edu/",
      version: "0.1.0"
    });
    expect(JSON.parse(JSON.stringify(csl))).toEqual(csl);
  });

  it("cites the dataset in Chinese, with authors when there are some", () => {
    const {text, bibtex, csl} = citeDataset({...dataset, authors: ["张三", "Jane Doe & Co"]}, {lang: "zh"});
    expect(text).toBe(
      "张三、Jane Doe & Co，《Beijing education indicators: 13th five-year plan results, 14th five-year plan targets and 2022 actuals》（数据集），版本 0.1.0，2026年11月23日。https://tracker.test/bj-edu/"
    );
    // Each author braced whole, so "and" inside a name never splits it; & escaped.
    expect(bibtex).toContain("  author = {{张三} and {Jane Doe \\& Co}},\n");
    expect(bibtex).toContain("  version = {0.1.0},\n");
    expect(csl.author).toEqual([{literal: "张三"}, {literal: "Jane Doe & Co"}]);
    expect(citeDataset({...dataset, authors: ["Jane Doe"]}, {lang: "en"}).text.startsWith("Jane Doe. Beijing education indicators")).toBe(true);
  });

  it("names a publisher once: after the date when it is not the author, not at all when it is", () => {
    const other = citeDataset({...dataset, authors: ["Jane Doe"], publisher: "Example Press"}, {lang: "en"});
    expect(other.text).toBe(`Jane Doe. ${dataset.title} [dataset], version 0.1.0, 23 November 2026. Example Press. https://tracker.test/bj-edu/`);
    expect(other.bibtex).toContain("  publisher = {Example Press},\n");
    expect(other.csl.publisher).toBe("Example Press");
    const same = citeDataset({...dataset, authors: ["Example Project"], publisher: "Example Project"}, {lang: "zh"});
    expect(same.text).toBe(`Example Project，《${dataset.title}》（数据集），版本 0.1.0，2026年11月23日。https://tracker.test/bj-edu/`);
    expect(same.bibtex).toContain("  publisher = {Example Project},\n");
  });

  it("keys other datasets by their name and keeps URLs unescaped but unbreakable", () => {
    const {bibtex} = citeDataset({...dataset, name: "my_data-set", url: "https://tracker.test/a_b%20c#x{y}"}, {lang: "en"});
    expect(bibtex.startsWith("@dataset{mydataset2026,\n")).toBe(true);
    expect(bibtex).toContain("  url = {https://tracker.test/a_b%20c#x%7By%7D}\n");
    expect(bracesBalance(bibtex)).toBe(true);
  });
});

describe("citeDataset without the site's address", () => {
  it("names no address at all: no url field, no URL, nothing after the date", () => {
    const en = citeDataset({...dataset, url: null}, {lang: "en"});
    expect(en.text).toBe(`${dataset.title} [dataset], version 0.1.0, 23 November 2026.`);
    expect(en.bibtex).not.toMatch(/url|https?:/);
    expect(en.csl).not.toHaveProperty("URL");
    expect(citeDataset({...dataset, url: null}, {lang: "zh"}).text).toBe(`《${dataset.title}》（数据集），版本 0.1.0，2026年11月23日。`);
  });
});

describe("dates", () => {
  it("keeps only the parts a date has", () => {
    expect(dateParts("2022")).toEqual([2022]);
    expect(dateParts("2022-03")).toEqual([2022, 3]);
    expect(dateParts("2022-01-14")).toEqual([2022, 1, 14]);
    expect(() => dateParts("14/01/2022")).toThrow();
    expect(() => dateParts("2022-13-01")).toThrow();
  });

  it("writes dates as each language reads them", () => {
    expect(formatDate("2022-01-14", "zh")).toBe("2022年1月14日");
    expect(formatDate("2022-03", "zh")).toBe("2022年3月");
    expect(formatDate("2022-01-14", "en")).toBe("14 January 2022");
    expect(formatDate("2022-03", "en")).toBe("March 2022");
    expect(formatDate("2022", "en")).toBe("2022");
  });

  it("escapes nothing that is not special", () => {
    expect(escapeBibtex("北京市“十四五”（2021—2025年）")).toBe("北京市“十四五”（2021—2025年）");
  });
});
