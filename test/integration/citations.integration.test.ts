/**
 * The citations, imported by the tools researchers cite with: pandoc (its
 * BibTeX and biblatex readers, as CSL-JSON) and pybtex. The dataset reads as
 * a dataset with its version, release date and one address, never an address
 * filed as the publisher; each source as a report with its kind, number and
 * issuers. Both as the build published them (dist/data/, whatever the site's
 * address) and as a build with the site's address writes them.
 * `.ci/run` installs pandoc and python3-pybtex; run `npm run build` before running this file alone.
 */
import {BUILD_WORDS} from "../../src/i18n/build-words.ts";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {releaseOf} from "../../src/build/release.ts";
import {citeSource, issuersOf} from "../../src/formats/citation.ts";
import {datasetCitation} from "../../src/formats/dataset-citation.ts";
import type {SourceRecord} from "../../src/schema/records.ts";
import {program, pythonWith, run} from "../support/clients.ts";
import {readPublished} from "./support/published.ts";

const root = new URL("../../", import.meta.url);
const sources = JSON.parse(readFileSync(new URL("data/sources.json", root), "utf8")) as SourceRecord[];
const release = releaseOf(readFileSync(new URL("CHANGELOG.md", root), "utf8"));
const {project} = JSON.parse(readFileSync(new URL("content/explainer.json", root), "utf8")) as {project: {name: {zh: string; en: string}}};
// A site's address on a host reserved for tests (RFC 6761), as a build given SITE_URL writes it.
const site = {url: "https://tracker.test/bj/", contact: null};
const archive = `${site.url}data/releases/beijing-education-14th-fyp-${release.version}.zip`;
const dir = mkdtempSync(join(tmpdir(), "citations-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** Entries under keys of their own, so one file holds them all: key → BibTeX. */
const entries = new Map<string, {bibtex: string; kind: "dataset" | "source"; url: string | null; source?: SourceRecord; lang: "zh" | "en"}>();
const rekey = (bibtex: string, key: string) => bibtex.replace(/^@(\w+)\{[^,]+,/, `@$1{${key},`);
for (const lang of ["zh", "en"] as const) {
  entries.set(`dataset-${lang}`, {bibtex: datasetCitation({release, site, project: project.name, lang}).bibtex, kind: "dataset", url: archive, lang});
  for (const s of sources) entries.set(`${s.id}-${lang}`, {bibtex: citeSource(s, {lang, url: `${site.url}data/sources/${s.id}.txt`, accessed: release.date}).bibtex, kind: "source", url: `${site.url}data/sources/${s.id}.txt`, source: s, lang});
}
// As published: the dataset's and each source's entry in the metadata files (English), with or without the site's address.
const published = JSON.parse(readPublished("indicators/preschool-enrolment-rate.metadata.json"));
const publishedSite = (JSON.parse(readPublished("content.json")) as {site: {url: string | null}}).site;
entries.set("published-dataset", {bibtex: published.citation.bibtex, kind: "dataset", url: publishedSite.url ? published.files.archive : null, lang: "en"});
for (const s of published.sources) entries.set(`published-${s.id}`, {bibtex: s.citation.bibtex, kind: "source", url: publishedSite.url ? s.text : null, source: sources.find((r) => r.id === s.id)!, lang: "en"});

const bib = join(dir, "all.bib");
writeFileSync(bib, [...entries].map(([key, e]) => rekey(e.bibtex, key)).join("\n"));

interface CslItem {
  id: string;
  type: string;
  title?: string;
  publisher?: string;
  URL?: string;
  version?: string;
  genre?: string;
  number?: string;
  issued?: {"date-parts": number[][]};
  author?: Array<{literal?: string; family?: string}>;
}

describe("the citations in pandoc", () => {
  for (const format of ["biblatex", "bibtex"] as const) {
    it(`(${format} reader) read the dataset as a dataset and each source as a report, one address each, none as the publisher`, async () => {
      const {stdout} = await run(program("pandoc", "pandoc"), ["-f", format, "-t", "csljson", bib]);
      const items = new Map((JSON.parse(stdout) as CslItem[]).map((item) => [item.id, item]));
      expect([...items.keys()].sort()).toEqual([...entries.keys()].sort());
      for (const [key, entry] of entries) {
        const item = items.get(key)!;
        // No address anywhere but URL: not in publisher (where howpublished put it), not twice.
        const text = JSON.stringify(item);
        expect(text.match(/https?:\/\//g)?.length ?? 0, key).toBe(entry.url ? 1 : 0);
        if (entry.url) expect(item.URL, key).toBe(entry.url);
        else expect(item, key).not.toHaveProperty("URL");
        expect(item.publisher ?? "", key).not.toMatch(/https?:|\\url/);
        if (entry.kind === "dataset") {
          expect(item, key).toMatchObject({type: "dataset", version: release.version, publisher: project.name[entry.lang]});
          expect(item.issued?.["date-parts"][0], key).toEqual(release.date.split("-").map(Number));
        } else {
          const s = entry.source!;
          expect(item.type, key).toBe("report");
          expect(item.genre, key).toBe(BUILD_WORDS[entry.lang].sourceKinds[s.kind]);
          expect(item.publisher, key).toBe(entry.lang === "zh" ? s.issuer_zh : s.issuer_en);
          if (s.document_number) expect(item.number, key).toBe(s.document_number);
          expect(item.author?.map((a) => a.literal ?? a.family), key).toEqual(issuersOf(s, entry.lang));
        }
      }
    });
  }
});

describe("the citations in pybtex", () => {
  it("parse every entry, with its type, one url field, the version and the date", async () => {
    const python = pythonWith(["pybtex"], "python3-pybtex");
    const script = String.raw`
import json, sys
from pybtex.database import parse_file
data = parse_file(sys.argv[1], bib_format="bibtex")
print(json.dumps({key: {"type": e.type, "fields": dict(e.fields), "persons": {role: [str(p) for p in people] for role, people in e.persons.items()}} for key, e in data.entries.items()}, ensure_ascii=False))
`;
    const {stdout} = await run(python, ["-c", script, bib]);
    const parsed = JSON.parse(stdout) as Record<string, {type: string; fields: Record<string, string>; persons: Record<string, string[]>}>;
    expect(Object.keys(parsed).sort()).toEqual([...entries.keys()].sort());
    for (const [key, entry] of entries) {
      const {type, fields, persons} = parsed[key];
      expect(type, key).toBe(entry.kind === "dataset" ? "dataset" : "techreport");
      expect(Object.keys(fields).filter((f) => /^(url|howpublished)$/i.test(f)), key).toEqual(entry.url ? ["url"] : []);
      if (entry.url) expect(fields.url, key).toBe(entry.url);
      expect(fields.date, key).toBe(entry.kind === "dataset" ? release.date : entry.source!.date);
      if (entry.kind === "dataset") expect(fields.version, key).toBe(release.version);
      expect(persons.author.length, key).toBeGreaterThan(0);
    }
  });
});
