/**
 * The citations read back by a real reference parser (citation-js, the
 * library behind many reference tools): every source's and the dataset's
 * BibTeX parses to one item that keeps its authors, publisher, document
 * number, dates and address; the CSL-JSON reads as CSL and survives a round
 * trip; and APA, rendered by citeproc, starts with the author, not the title.
 */
import {readFileSync} from "node:fs";
import {Cite} from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import {describe, expect, it} from "vitest";
import {releaseOf} from "../../src/build/release.ts";
import {citeSource, dateParts, issuersOf} from "../../src/formats/citation.ts";
import {datasetCitation} from "../../src/formats/dataset-citation.ts";
import type {SourceRecord} from "../../src/schema/records.ts";

const root = new URL("../../", import.meta.url);
const sources: SourceRecord[] = JSON.parse(readFileSync(new URL("data/sources.json", root), "utf8"));
const {project: explainerProject} = JSON.parse(readFileSync(new URL("content/explainer.json", root), "utf8")) as {project: {name: {zh: string; en: string}}};
// The site's address is a build setting; a test address on a host reserved for tests (RFC 6761).
const site = {url: "https://tracker.test/bj/", contact: null};
const project = {...explainerProject, homepage: site.url};
const release = releaseOf(readFileSync(new URL("CHANGELOG.md", root), "utf8"));
const LANGS = ["zh", "en"] as const;

/** The one item a BibTeX entry parses to. */
function parseBibtex(bibtex: string): Record<string, unknown> {
  const items = new Cite(bibtex).data;
  expect(items, bibtex).toHaveLength(1);
  return items[0];
}

const names = (item: Record<string, unknown>) => (item.author as Array<{literal?: string; family?: string}>).map((a) => a.literal ?? a.family);

describe("each source's BibTeX, read by citation-js", () => {
  for (const source of sources)
    for (const lang of LANGS)
      it(`${source.id} (${lang}): a report with each issuer, the publisher, the number, the dates and the address`, () => {
        const url = `${project.homepage}data/sources/${source.id}.txt`;
        const item = parseBibtex(citeSource(source, {lang, url, accessed: release.date}).bibtex);
        expect(item.type).toBe("report");
        expect(names(item)).toEqual(issuersOf(source, lang));
        expect(item.publisher).toBe(lang === "zh" ? source.issuer_zh : source.issuer_en);
        expect(item.title).toBe(lang === "zh" ? source.title_zh : `${source.title_en} [${source.title_zh}]`);
        // The document number survives (an @misc entry lost it).
        if (source.document_number) expect(item.number).toBe(source.document_number);
        else expect(item).not.toHaveProperty("number");
        expect((item.issued as {"date-parts": number[][]})["date-parts"][0]).toEqual(dateParts(source.date));
        expect(item.URL).toBe(url);
        expect(item.accessed).toEqual({"date-parts": [dateParts(release.date)]});
      });

  it("keeps Dongcheng's document number and both its issuers", () => {
    const dongcheng = sources.find((s) => s.id === "dongcheng-2022")!;
    const item = parseBibtex(citeSource(dongcheng, {lang: "zh"}).bibtex);
    expect(item.number).toBe("东教工委发〔2022〕7号");
    expect(names(item)).toEqual(["中共北京市东城区委教育工作委员会", "北京市东城区教育委员会"]);
  });
});

describe("the dataset's BibTeX, read by citation-js", () => {
  for (const lang of LANGS)
    it(`(${lang}) has the project as author and publisher, the release date and the version's address`, () => {
      const citation = datasetCitation({release, site, project: project.name, lang});
      const item = parseBibtex(citation.bibtex);
      expect(item.type).toBe("dataset");
      expect(names(item)).toEqual([project.name[lang]]);
      expect(item.publisher).toBe(project.name[lang]);
      expect(item.version).toBe(release.version);
      expect((item.issued as {"date-parts": number[][]})["date-parts"][0]).toEqual(dateParts(release.date));
      expect(item.URL).toBe(`${project.homepage}data/releases/beijing-education-14th-fyp-${release.version}.zip`);
    });
});

describe("CSL-JSON", () => {
  const items = [
    datasetCitation({release, site, project: project.name, lang: "en"}).csl,
    ...sources.map((s) => citeSource(s, {lang: "en", url: `${project.homepage}data/sources/${s.id}.txt`, accessed: release.date}).csl)
  ];

  it("reads as CSL and comes back unchanged", () => {
    for (const csl of items) {
      const [read] = new Cite(JSON.parse(JSON.stringify(csl)), {forceType: "@csl/object"}).data;
      const {_graph: _, ...kept} = read as Record<string, unknown> & {_graph?: unknown};
      expect(kept, csl.id).toEqual(csl);
    }
  });

  it("agrees with what the BibTeX says", () => {
    for (const source of sources) {
      const options = {lang: "en" as const, url: `${project.homepage}data/sources/${source.id}.txt`, accessed: release.date};
      const {bibtex, csl} = citeSource(source, options);
      const item = parseBibtex(bibtex);
      expect({number: item.number, issued: item.issued, URL: item.URL, accessed: item.accessed, authors: names(item)}, source.id).toEqual({number: csl.number, issued: csl.issued, URL: csl.URL, accessed: csl.accessed, authors: csl.author!.map((a) => a.literal)});
    }
  });

  it("renders in APA as author, date, title: never the title first", () => {
    const apa = new Cite(items).format("bibliography", {template: "apa", lang: "en-US", format: "text"});
    const lines = apa.trim().split("\n");
    expect(lines).toHaveLength(items.length);
    const dataset = lines.find((l) => l.includes("[Dataset]"))!;
    expect(dataset.startsWith(`${project.name.en}. (${dateParts(release.date)[0]}). ${items[0].title} (Version ${release.version}) [Dataset].`), dataset).toBe(true);
    // Two issuers, two authors; the number printed after the kind of document.
    const dongcheng = lines.find((l) => l.includes("东教工委发〔2022〕7号"))!;
    expect(dongcheng.startsWith("Education Work Committee of the CPC Dongcheng District Committee & Dongcheng District Education Commission, Beijing. (2022)."), dongcheng).toBe(true);
    expect(dongcheng).toContain("(District annual work plan 东教工委发〔2022〕7号)");
  });
});
